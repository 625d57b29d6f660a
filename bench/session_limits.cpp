// A session at the limits (2,000 cards, 50 lanes, a note on every card, a
// long decision log, close to the 16 MiB file limit): how long writing,
// reading and checking it take. Prints figures (medians); passes or fails
// nothing. With a path argument it also leaves the session there, for
// bench/session_limits.py, which times `check` and the window's first frame.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include "core/edit.h"
#include "core/session.h"
#include "io/files/atomic_file.h"
#include "io/session/session_check.h"
#include "io/session/session_yaml.h"

using namespace prio;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

std::string words(std::size_t bytes, std::mt19937& rng)
{
    static const char* const kWords[] = {"gemeente", "dienst", "gegevens", "burger", "beleid", "informatie", "veilig", "samen"};
    std::string out;
    while (out.size() < bytes)
        out += std::string(kWords[rng() % 8]) + " ";
    return out;
}

Session at_the_limits()
{
    std::mt19937 rng(11);
    Deck deck;
    deck.id = "limieten";
    deck.title = "Limieten";
    deck.language = "nl";
    for (int t = 0; t < 12; ++t)
        deck.themes.push_back({"t" + std::to_string(t), "Thema " + std::to_string(t), {40, 80, static_cast<std::uint8_t>(t * 20)}});
    deck.lanes = {{"nu", "Nu", 0, true}};
    for (std::size_t i = 0; i < kMaxCards; ++i)
        deck.cards.push_back({"K" + std::to_string(i), "Kaart " + std::to_string(i) + " " + words(40, rng), "t" + std::to_string(i % 12),
                              words(120, rng), words(2500, rng), "bron-" + std::to_string(i) + ".txt"});
    Session s = make_session(std::move(deck));
    for (std::size_t l = 1; l < kMaxLanes; ++l)
        perform(s, AddLane{"baan" + std::to_string(l), "Baan " + std::to_string(l), static_cast<int>(l), 0, l % 7 != 6, {}}, "2024-05-02T09:00:00Z");
    for (std::size_t i = 0; i < kMaxCards; ++i)
        perform(s, SetNote{s.deck.cards[i].id, words(1200, rng)}, "2024-05-02T09:00:00Z");
    // Moves until the log is long: every card ends up in some lane.
    for (int n = 0; n < 40000; ++n) {
        const Card& card = s.deck.cards[static_cast<std::size_t>(n) % kMaxCards];
        const Lane& lane = s.board.lanes[rng() % s.board.lanes.size()];
        perform(s, Move{card.id, lane.id, static_cast<int>(rng() % (lane.cards.size() + 1))}, "2024-05-02T10:00:00Z");
    }
    return s;
}

}  // namespace

int main(int argc, char** argv)
{
    auto t = Clock::now();
    Session s = at_the_limits();
    const double build_ms = ms_since(t);
    std::string yaml = session_to_yaml(s);
    std::printf("session at the limits: %zu cards, %zu lanes, %zu notes, %zu log entries, %zu bytes (%.1f MiB of 16), built in %.0f ms\n",
                s.deck.cards.size(), s.board.lanes.size(), s.deck.cards.size(), s.log.size(), yaml.size(),
                static_cast<double>(yaml.size()) / (1 << 20), build_ms);

    char pattern[] = "/tmp/prio-bench-XXXXXX";
    if (!::mkdtemp(pattern))
        return 1;
    const std::string path = argc > 1 ? argv[1] : std::string(pattern) + "/limits.yaml";
    if (WriteResult w = write_file_atomic(path, yaml, {false}); !w.ok) {
        std::fprintf(stderr, "%s\n", failure_text(w.failure, "en").c_str());
        return 1;
    }
    std::vector<double> to_yaml, parse, check;
    for (int run = 0; run < 5; ++run) {
        t = Clock::now();
        std::string again = session_to_yaml(s);
        to_yaml.push_back(ms_since(t));
        t = Clock::now();
        SessionLoad load = parse_session(again, "limits.yaml");
        parse.push_back(ms_since(t));
        if (!load.session) {
            std::fprintf(stderr, "the session at the limits does not read back: %s\n",
                         load.diagnostics.empty() ? "?" : format(load.diagnostics[0], "en").c_str());
            return 1;
        }
        t = Clock::now();
        FileCheck c = check_file(path);
        check.push_back(ms_since(t));
        if (!c.ok)
            return 1;
    }
    std::printf("medians over 5 runs: to YAML %.0f ms, parse_session %.0f ms, check_file (read + parse + summary) %.0f ms\n",
                median(to_yaml), median(parse), median(check));
    if (argc <= 1)
        ::unlink(path.c_str());
    ::rmdir(pattern);
    return 0;
}
