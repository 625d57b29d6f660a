// prio_bench_frame: the CPU time to build one frame of the board in a headless
// Dear ImGui context, for 18, 200 and 2,000 cards, beside Dear ImGui's own
// demo window measured in the same run; then the comparison screen of 60
// councils over 18 cards beside the 18-card board. Prints figures; passes or
// fails nothing. Run: build/prio_bench_frame [--board] [frames [cards...]]
// --board leaves the demo out, for a profiler: every call of one_frame() is
// then one frame of the board, e.g.
//   valgrind --tool=callgrind --toggle-collect='*one_frame*' build/prio_bench_frame --board 20 18
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <functional>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/comparison.h"
#include "core/session.h"
#include "ui/window_view.h"
#include "ui/fonts.h"
#include "ui/main_window.h"
#include "ui/style.h"

using namespace prio;

namespace {

double thread_cpu_us()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
}

Deck make_deck(int cards)
{
    Deck deck;
    deck.id = "bench";
    deck.title = "Benchmark";
    deck.language = "nl";
    deck.themes = {{"a", "De klant centraal", {242, 177, 52}}, {"b", "Gegevens", {60, 90, 160}},
                   {"c", "Organisatie", {120, 180, 120}}, {"d", "Technologie", {192, 80, 77}}};
    deck.lanes = {{"nu", "Nu — jaar 1", 0, true}, {"straks", "Komende 2–3 jaar", 0, true},
                  {"later", "Later", 0, true}, {"niet", "Niet prioritair", 0, false}};
    for (int i = 0; i < cards; ++i) {
        std::string n = std::to_string(i + 1);
        deck.cards.push_back({"K" + n, "Strategisch beleidsprincipe nummer " + n, std::string(1, static_cast<char>('a' + i % 4)),
                              "Samenvatting " + n, "Tekst " + n, "bron.txt"});
    }
    return deck;
}

// A board in the middle of a workshop: a bit more than half of the cards in
// the lanes, the rest still on the pile.
Session make_session_with(int cards)
{
    Session session = make_session(make_deck(cards));
    int placed = cards * 11 / 18;
    for (int i = 0; i < placed; ++i) {
        const Lane& lane = session.board.lanes[static_cast<std::size_t>(i % 4)];
        perform(session, Move{"K" + std::to_string(i + 1), lane.id, static_cast<int>(lane.cards.size())}, "t");
    }
    return session;
}

struct Context {
    ImGuiContext* context = nullptr;
    Fonts fonts;
};

Context make_context()
{
    Context c;
    c.context = ImGui::CreateContext();
    ImGui::SetCurrentContext(c.context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1920, 1080);
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = ImVec2(900, 500);
    c.fonts = build_fonts(*io.Fonts, 18.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    apply_style(false, 1.0f);
    return c;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Not inlined: a profiler collects exactly the frames by this name.
[[gnu::noinline]] void one_frame(const std::function<void()>& draw)
{
    ImGui::NewFrame();
    draw();
    ImGui::Render();
}

double timed_frame(Context& c, const std::function<void()>& draw)
{
    ImGui::SetCurrentContext(c.context);
    double start = thread_cpu_us();
    one_frame(draw);
    return thread_cpu_us() - start;
}

// Frames of `a` and `b` taken in turn, so both see the same machine load.
// Without `draw_b`, only `a` is measured.
std::pair<double, double> measure_pair(Context& a, const std::function<void()>& draw_a, Context& b, const std::function<void()>& draw_b, int frames)
{
    std::vector<double> ta, tb;
    for (int i = 0; i < 30; ++i) {
        timed_frame(a, draw_a);
        if (draw_b)
            timed_frame(b, draw_b);
    }
    for (int i = 0; i < frames; ++i) {
        ta.push_back(timed_frame(a, draw_a));
        if (draw_b)
            tb.push_back(timed_frame(b, draw_b));
    }
    return {median(ta), tb.empty() ? 0.0 : median(tb)};
}

// `count` councils over `deck`, each with a shuffled board: six cards in the
// first lane, most of the rest over the other lanes, two on the pile.
Comparison make_comparison(const Deck& deck, int count)
{
    std::mt19937 rng(60);
    std::vector<CouncilBoard> councils;
    for (int k = 0; k < count; ++k) {
        Board board = make_board(deck);
        std::vector<int> cards = board.pile;
        std::shuffle(cards.begin(), cards.end(), rng);
        board.pile.clear();
        for (std::size_t i = 0; i < cards.size(); ++i) {
            std::size_t lane = i < 6 ? 0 : i + 2 >= cards.size() ? board.lanes.size() : 1 + i % (board.lanes.size() - 1);
            (lane < board.lanes.size() ? board.lanes[lane].cards : board.pile).push_back(cards[i]);
        }
        CouncilBoard council;
        council.name = "Gemeente " + std::to_string(k + 1);
        council.file = council.name + ".yaml";
        council.board = rank_board(deck, deck, board, {});
        council.notes.assign(deck.cards.size(), "");
        councils.push_back(std::move(council));
    }
    return compare(deck, std::move(councils));
}

// The comparison screen (Screen::Compare) of `councils` councils, paired
// with the board of the same 18 cards.
void compare_frame(int frames, int councils)
{
    Context board = make_context();
    Context screen = make_context();
    Session session = make_session_with(18);
    Comparison comparison = make_comparison(session.deck, councils);
    WindowView board_view, compare_view;
    board_view.fonts = board.fonts;
    compare_view.fonts = screen.fonts;
    compare_view.screen = Screen::Compare;
    auto draw_board_frame = [&] {
        draw_main_window(session, board_view);
        board_view.commands.clear();
    };
    auto draw_compare_frame = [&] {
        draw_main_window(session, compare_view, &comparison);
        compare_view.requests.clear();
    };
    auto [compare_us, board_us] = measure_pair(screen, draw_compare_frame, board, draw_board_frame, frames);
    std::printf("%-28s %12.1f %12.1f %8.2f   (beside: the 18-card board; %zu cells drawn)\n",
                (std::to_string(councils) + " councils compared").c_str(), compare_us, board_us, compare_us / board_us,
                compare_view.councils.cells.size());
    ImGui::DestroyContext(board.context);
    ImGui::DestroyContext(screen.context);
}

}  // namespace

int main(int argc, char** argv)
{
    bool with_demo = !(argc > 1 && std::string(argv[1]) == "--board");
    if (!with_demo) {
        --argc;
        ++argv;
    }
    int frames = argc > 1 ? std::max(10, std::atoi(argv[1])) : 400;
    std::vector<int> sizes;
    for (int i = 2; i < argc; ++i)
        sizes.push_back(std::max(1, std::atoi(argv[i])));
    if (sizes.empty())
        sizes = {18, 200, 2000};
    Context demo = make_context();
    std::printf("Median CPU time to build one frame (NewFrame + draw + Render), headless, 1920x1080, %d frames each\n", frames);
    std::printf("%-28s %12s %12s %8s\n", "", "board (us)", "demo (us)", "ratio");
    for (int cards : sizes) {
        Context board = make_context();
        Session session = make_session_with(cards);
        WindowView view;
        view.fonts = board.fonts;
        auto draw_board_frame = [&] {
            draw_main_window(session, view);
            view.commands.clear();
        };
        std::function<void()> draw_demo_frame;
        if (with_demo)
            draw_demo_frame = [] { ImGui::ShowDemoWindow(); };
        auto [board_us, demo_us] = measure_pair(board, draw_board_frame, demo, draw_demo_frame, frames);
        std::string label = std::to_string(cards) + " cards";
        if (with_demo)
            std::printf("%-28s %12.1f %12.1f %8.2f\n", label.c_str(), board_us, demo_us, board_us / demo_us);
        else
            std::printf("%-28s %12.1f %12s %8s\n", label.c_str(), board_us, "-", "-");
        ImGui::DestroyContext(board.context);
    }
    ImGui::DestroyContext(demo.context);
    if (with_demo) {
        std::printf("%-28s %12s %12s %8s\n", "", "compare (us)", "board (us)", "ratio");
        compare_frame(frames, 60);
    }
    return 0;
}
