// File > Compare sessions in the window: the picker, the comparison screen
// (ranking, heatmap, contested mark), a card's detail, and the way back
// and on to a regional board.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/number_text.h"
#include "ui/compare_parts.h"
#include "ui/marks.h"
#include "ui_harness.h"

using namespace prio;
using namespace prio::test;

namespace {

Board board_of(const Deck& deck, const std::vector<Ids>& lanes, const Ids& pile)
{
    Board board = make_board(deck);
    board.pile.clear();
    for (std::size_t l = 0; l < lanes.size(); ++l)
        for (const std::string& id : lanes[l])
            board.lanes[l].cards.push_back(find_card(deck, id));
    for (const std::string& id : pile)
        board.pile.push_back(find_card(deck, id));
    return board;
}

CouncilBoard council(const Deck& deck, std::string name, const Board& board, std::vector<std::string> notes = {})
{
    CouncilBoard c;
    c.name = std::move(name);
    c.file = "/sessions/" + c.name + ".yaml";
    c.board = rank_board(deck, deck, board, {});
    c.notes = notes.empty() ? std::vector<std::string>(deck.cards.size()) : std::move(notes);
    return c;
}

// Four councils that agree on C0..C4 and split over C5: two put it first,
// two last. C5 is the one contested card.
Comparison four_councils(const Deck& deck)
{
    std::vector<std::string> a_notes(deck.cards.size()), b_notes(deck.cards.size());
    a_notes[5] = "Essential for us";
    b_notes[5] = "Not our concern";
    std::vector<CouncilBoard> councils;
    councils.push_back(council(deck, "Aalst", board_of(deck, {{"C5", "C0"}, {"C1", "C2", "C3", "C4"}, {}}, {}), a_notes));
    councils.push_back(council(deck, "Brugge", board_of(deck, {{"C0", "C1"}, {"C2", "C3", "C4", "C5"}, {}}, {}), b_notes));
    councils.push_back(council(deck, "Cadzand", board_of(deck, {{"C5", "C0"}, {"C1", "C2", "C3"}, {}}, {"C4"})));
    councils.push_back(council(deck, "Diest", board_of(deck, {{"C0", "C1"}, {"C2", "C3", "C4"}, {"C5"}}, {})));
    return compare(deck, std::move(councils));
}

std::vector<SessionRow> three_listed()
{
    std::vector<SessionRow> rows;
    for (const char* name : {"a", "b", "c"}) {
        SessionRow row;
        row.path = std::string("/sessions/") + name + ".yaml";
        row.name = name;
        row.progress = "6/6";
        rows.push_back(row);
    }
    return rows;
}

const Mark* find_mark(const std::string& name)
{
    for (const Mark& m : marks())
        if (m.name == name)
            return &m;
    return nullptr;
}

int count_marks(const std::string& name)
{
    return static_cast<int>(std::count_if(marks().begin(), marks().end(), [&](const Mark& m) { return m.name == name; }));
}

ImVec2 centre(ImVec2 min, ImVec2 max) { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }

constexpr const char* kPicker = "###session_dialog_12";

// Clicks `label` in the window whose name ends with `tail`: not in the
// child windows its tables make, whose names contain the window's.
bool click_in(Ui& ui, const std::string& tail, const std::string& label)
{
    ImGuiWindow* found = nullptr;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        std::string name = w->Name;
        if (w->Active && name.size() >= tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0)
            found = w;
    }
    return found && ui.click_id(found->GetID(label.c_str()));
}

struct MarksOn {
    MarksOn() { enable_marks(true); }
    ~MarksOn() { enable_marks(false); }
};

}  // namespace

TEST_CASE("File > Compare sessions lists the folder with tick boxes; Space ticks, arrows move, Compare from two")
{
    MarksOn on;
    Ui ui(make_deck(6));
    REQUIRE(ui.click_menu(t(ui, "menu.file")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.compare_sessions")));
    ui.frame();
    // The app lists the folder, then shows the picker over the fresh list.
    const ListRequest* list = ui.last<ListRequest>();
    REQUIRE(list);
    CHECK(list->to_compare);
    CHECK(ui.view.files.dialog == SessionDialog::None);
    ui.view.files.listed = three_listed();
    show_dialog(ui.view.files, SessionDialog::Councils);
    ui.frame();
    REQUIRE(ui.drawn_window(kPicker));

    // Nothing ticked: Compare is greyed out and does nothing.
    click_in(ui, kPicker, t(ui, "compare.picker.compare"));
    CHECK(ui.count<CompareSessionsRequest>() == 0);

    // The first row has the keys: Space ticks it, Down and Space the next.
    ui.key(GLFW_KEY_SPACE);
    CHECK(ui.view.files.councils_picked == Ids{"/sessions/a.yaml"});
    click_in(ui, kPicker, t(ui, "compare.picker.compare"));
    CHECK(ui.count<CompareSessionsRequest>() == 0);  // one is not a comparison
    ui.key(GLFW_KEY_DOWN);
    ui.key(GLFW_KEY_SPACE);
    CHECK(ui.view.files.councils_picked == Ids{"/sessions/a.yaml", "/sessions/b.yaml"});
    // The mouse ticks the third and unticks the first.
    const Mark* third = find_mark("council /sessions/c.yaml");
    REQUIRE(third);
    ui.click(centre(third->min, third->max));
    const Mark* first = find_mark("council /sessions/a.yaml");
    REQUIRE(first);
    ui.click(centre(first->min, first->max));
    CHECK(ui.view.files.councils_picked == Ids{"/sessions/b.yaml", "/sessions/c.yaml"});

    REQUIRE(click_in(ui, kPicker, t(ui, "compare.picker.compare")));
    const CompareSessionsRequest* asked = ui.last<CompareSessionsRequest>();
    REQUIRE(asked);
    CHECK(asked->paths == Ids{"/sessions/b.yaml", "/sessions/c.yaml"});
    CHECK(ui.view.files.dialog == SessionDialog::None);
    CHECK(ui.view.screen == Screen::Board);  // until the app has loaded them
}

TEST_CASE("A session added by its path is ticked; the app's refusal shows in the picker, naming the files")
{
    MarksOn on;
    Ui ui(make_deck(6));
    ui.view.files.listed = three_listed();
    file_compare_sessions(ui.view.files);
    show_dialog(ui.view.files, SessionDialog::Councils);  // as the app does once it has listed the folder
    ui.frame();
    ui.frame();
    const Mark* field = find_mark("council_path");
    REQUIRE(field);
    ui.click(centre(field->min, field->max));
    ui.type("/elders/d.yaml");
    REQUIRE(click_in(ui, kPicker, t(ui, "compare.picker.add")));
    CHECK(ui.view.files.councils_added == Ids{"/elders/d.yaml"});
    CHECK(ui.view.files.councils_picked == Ids{"/elders/d.yaml"});
    CHECK(find_mark("council /elders/d.yaml"));

    // What the app does with a refusal: the reasons, the dialog again, the choice kept.
    ui.view.files.councils_picked.push_back("/sessions/a.yaml");
    REQUIRE(click_in(ui, kPicker, t(ui, "compare.picker.compare")));
    REQUIRE(ui.view.files.dialog == SessionDialog::None);
    ui.view.files.councils_errors = {"/elders/d.yaml: error: it does not exist"};
    show_dialog(ui.view.files, SessionDialog::Councils);
    ui.frame();
    ui.frame();
    CHECK(ui.view.files.dialog == SessionDialog::Councils);
    CHECK(count_marks("refusal") == 1);
    CHECK(ui.view.files.councils_picked == Ids{"/elders/d.yaml", "/sessions/a.yaml"});
    CHECK(ui.view.screen == Screen::Board);
}

TEST_CASE("The comparison screen: rows in consensus order, a cell per council in cluster order, the contested card marked")
{
    Ui ui(make_deck(6));
    Session before = ui.session;
    ui.comparison = four_councils(ui.session.deck);
    ui.view.screen = Screen::Compare;
    ui.frame();
    ui.frame();
    const Comparison& c = *ui.comparison;
    const CouncilsView& cv = ui.view.councils;

    REQUIRE(cv.rows.size() == 6);
    for (std::size_t r = 0; r < cv.rows.size(); ++r)
        CHECK(cv.rows[r].card == c.all.borda_order[r]);
    CHECK(cv.rows[0].code == "C0");  // every council puts C0 in its first lane

    const std::vector<LaneKey> legend = lane_legend(c);
    const std::size_t m = c.councils.size();
    REQUIRE(cv.cells.size() == 6 * m);
    for (std::size_t r = 0; r < 6; ++r)
        for (std::size_t i = 0; i < m; ++i) {
            const CouncilCell& cell = cv.cells[r * m + i];
            CHECK(cell.card == c.all.borda_order[r]);
            CHECK(cell.council == c.all.board_order[i]);
            // The colour is the report's for that lane (core/comparison_lanes).
            std::size_t key = lane_of(legend, c, static_cast<std::size_t>(cell.council), static_cast<std::size_t>(cell.card));
            REQUIRE(key < legend.size());
            CHECK(cell.fill == lane_fill(legend[key]));
        }
    // The lanes used look different, the pile too: colour carries the lane, and so does the key.
    REQUIRE(legend.size() == 4);  // now, later, no, the pile
    CHECK(legend[0].id == "now");
    CHECK(legend[3].id.empty());
    for (std::size_t a = 0; a < legend.size(); ++a)
        for (std::size_t b = a + 1; b < legend.size(); ++b)
            CHECK(lane_fill(legend[a]) != lane_fill(legend[b]));
    CHECK(heatmap_text(legend, c, 0, 5) == "A1");  // Aalst put C5 first in "now"

    REQUIRE(c.all.cards[5].contested);
    CHECK(cv.contested_shown == Ids{"C5"});
    CHECK(ui.session.board == before.board);  // the board's session is untouched
}

TEST_CASE("Arrows move the selected row, Enter opens its detail: the lanes counted and every council's note")
{
    Ui ui(make_deck(6));
    ui.comparison = four_councils(ui.session.deck);
    ui.view.screen = Screen::Compare;
    ui.frame();
    const Comparison& c = *ui.comparison;
    int row_of_c5 = static_cast<int>(std::find(c.all.borda_order.begin(), c.all.borda_order.end(), 5) - c.all.borda_order.begin());
    for (int i = 0; i < row_of_c5; ++i)
        ui.key(GLFW_KEY_DOWN);
    CHECK(ui.view.councils.row == row_of_c5);
    ui.key(GLFW_KEY_ENTER);
    CHECK(ui.view.councils.detail == 5);
    CHECK(ui.drawn_window("council_card"));

    const std::vector<LaneKey> legend = lane_legend(c);
    std::vector<LaneCount> counts = lane_counts(legend, c.all.cards[5]);
    REQUIRE(counts.size() == 4);  // now, later, no, the pile
    CHECK((legend[counts[0].key].id == "now" && counts[0].councils == 2));
    CHECK((legend[counts[1].key].id == "later" && counts[1].councils == 1));
    CHECK((legend[counts[2].key].id == "no" && counts[2].councils == 1));
    CHECK((legend[counts[3].key].id.empty() && counts[3].councils == 0));
    std::vector<CouncilNote> notes = council_notes(c, legend, 5);
    REQUIRE(notes.size() == 4);
    for (std::size_t i = 0; i < notes.size(); ++i)
        CHECK(notes[i].council == c.councils[static_cast<std::size_t>(c.all.board_order[i])].name);
    auto aalst = std::find_if(notes.begin(), notes.end(), [](const CouncilNote& n) { return n.council == "Aalst"; });
    auto diest = std::find_if(notes.begin(), notes.end(), [](const CouncilNote& n) { return n.council == "Diest"; });
    CHECK(aalst->note == "Essential for us");
    CHECK(legend[aalst->key].id == "now");
    CHECK(aalst->cell == "A1");
    CHECK(diest->note.empty());
    CHECK(legend[diest->key].id == "no");
    CHECK(diest->cell == legend[diest->key].key);  // an unranked lane: its key alone

    // Esc closes the detail, the next Esc goes back to the board.
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.view.councils.detail == -1);
    CHECK(ui.view.screen == Screen::Compare);
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.view.screen == Screen::Board);
}

TEST_CASE("the comparison's head says Kemeny beside Borda and each segment's W and first principles")
{
    Ui ui(make_deck(6));
    std::vector<CouncilBoard> councils;
    councils.push_back(council(ui.session.deck, "Aalst", board_of(ui.session.deck, {{"C5", "C0"}, {"C1", "C2", "C3", "C4"}, {}}, {})));
    councils.push_back(council(ui.session.deck, "Brugge", board_of(ui.session.deck, {{"C0", "C1"}, {"C2", "C3", "C4", "C5"}, {}}, {})));
    councils.push_back(council(ui.session.deck, "Cadzand", board_of(ui.session.deck, {{"C5", "C0"}, {"C1", "C2", "C3"}, {}}, {"C4"})));
    councils.push_back(council(ui.session.deck, "Diest", board_of(ui.session.deck, {{"C0", "C1"}, {"C2", "C3", "C4"}, {"C5"}}, {})));
    for (std::size_t k = 0; k < councils.size(); ++k)
        councils[k].board.segment = k % 2 == 0 ? "klein" : "groot";
    ui.comparison = compare(ui.session.deck, std::move(councils));
    const Comparison& c = *ui.comparison;
    REQUIRE(c.segments.size() == 2);

    std::vector<std::string> lines = segment_lines(c, "nl");
    REQUIRE(lines.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const std::string& name = c.segments[i].first;
        const Consensus& segment = c.segments[i].second;
        CAPTURE(lines[i]);
        CHECK(lines[i].rfind(name + " (2 besturen): W = " + decimal(segment.concordance.w, 2, "nl") + ", ", 0) == 0);
        std::string first = "Eerst: ";
        for (std::size_t k = 0; k < 3; ++k)
            first += (k ? " " : "") + c.deck.cards[static_cast<std::size_t>(segment.borda_order[k])].id;
        CHECK(lines[i].find(first + ".") != std::string::npos);
    }
    // Aalst and Cadzand (klein) both put C5 first.
    const auto klein = std::find_if(c.segments.begin(), c.segments.end(), [](const auto& s) { return s.first == "klein"; });
    REQUIRE(klein != c.segments.end());
    CHECK(c.deck.cards[static_cast<std::size_t>(klein->second.borda_order[0])].id == "C5");

    std::string kemeny = kemeny_line(c, "nl");
    if (c.all.kemeny_vs_borda.empty())
        CHECK(kemeny == "Kemeny (exact) geeft dezelfde volgorde als Borda.");
    else
        CHECK(kemeny.rfind("Kemeny (exact) ordent anders dan Borda: ", 0) == 0);

    MarksOn on;
    ui.view.screen = Screen::Compare;
    ui.frame();
    ui.frame();
    CHECK(find_mark("kemeny") != nullptr);
    CHECK(find_mark("segment") != nullptr);
}

TEST_CASE("Kemeny's pairs that differ from Borda are named in the head")
{
    Ui ui(make_deck(6));
    Comparison c = four_councils(ui.session.deck);
    c.all.kemeny_vs_borda = {{1, 2}, {3, 4}};
    CHECK(kemeny_line(c, "nl") == "Kemeny (exact) ordent anders dan Borda: C2 v\u00F3\u00F3r C1; C4 v\u00F3\u00F3r C3.");
    c.all.kemeny_exact = false;
    c.all.kemeny_vs_borda.clear();
    CHECK(kemeny_line(c, "en") == "Kemeny (approximate) gives the same order as Borda.");
}

TEST_CASE("Esc that closes a menu over the comparison closes the menu alone; the next goes back to the board")
{
    Ui ui(make_deck(6));
    ui.comparison = four_councils(ui.session.deck);
    ui.view.screen = Screen::Compare;
    ui.frame();
    REQUIRE(ui.click_menu(t(ui, "menu.view")));
    ui.frame();
    REQUIRE(any_popup_open());
    ui.key(GLFW_KEY_ESCAPE);
    CHECK_FALSE(any_popup_open());
    CHECK(ui.view.screen == Screen::Compare);
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.view.screen == Screen::Board);
}

TEST_CASE("A click on a row opens its card's detail")
{
    Ui ui(make_deck(6));
    ui.comparison = four_councils(ui.session.deck);
    ui.view.screen = Screen::Compare;
    ui.frame();
    REQUIRE(ui.view.councils.rows.size() == 6);
    CouncilRow third = ui.view.councils.rows[2];
    ui.click(centre(third.min, third.max));
    ui.frame();
    CHECK(ui.view.councils.row == 2);
    CHECK(ui.view.councils.detail == third.card);
}

TEST_CASE("Open as new board asks the app for the regional board, after the unsaved question when there is work to lose")
{
    Ui ui(make_deck(6));
    ui.comparison = four_councils(ui.session.deck);
    ui.view.screen = Screen::Compare;
    ui.frame();
    std::string label = t(ui, "menu.regional_board") + "  (Ctrl+Shift+N)";
    REQUIRE(click_in(ui, "##board", label));
    CHECK(ui.count<RegionalBoardRequest>() == 1);

    ui.view.files.unsaved = true;
    REQUIRE(click_in(ui, "##board", label));
    CHECK(ui.count<RegionalBoardRequest>() == 1);
    CHECK(ui.view.files.dialog == SessionDialog::Unsaved);
    CHECK(ui.view.files.then == Then::Regional);
}

TEST_CASE("Without a comparison the window shows the board")
{
    Ui ui(make_deck(6));
    ui.view.screen = Screen::Compare;
    ui.frame();
    CHECK(ui.view.screen == Screen::Board);
    CHECK(!ui.view.card_rects.empty());
}

TEST_CASE("More councils than a Dear ImGui table has columns: 70 councils draw a cell each, the far ones scrolled out of sight")
{
    Ui ui(make_deck(6));
    std::vector<CouncilBoard> councils;
    for (int k = 0; k < 70; ++k) {
        std::vector<Ids> lanes = k % 2 ? std::vector<Ids>{{"C0", "C1"}, {"C2", "C3"}, {"C4"}} : std::vector<Ids>{{"C1", "C0"}, {"C3"}, {"C2"}};
        councils.push_back(council(ui.session.deck, "Gemeente " + std::to_string(k + 1), board_of(ui.session.deck, lanes, k % 2 ? Ids{"C5"} : Ids{"C4", "C5"})));
    }
    ui.comparison = compare(ui.session.deck, std::move(councils));
    ui.view.screen = Screen::Compare;
    ui.frame();
    ui.frame();
    CHECK(ui.view.councils.rows.size() == 6);
    CHECK(ui.view.councils.cells.size() == 6 * 70);
    CHECK(ui.view.councils.cells.back().council == ui.comparison->all.board_order.back());
}
