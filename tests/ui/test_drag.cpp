// Dragging cards with the mouse through the real board view.
#include <doctest/doctest.h>

#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::Ids;
using prio::test::make_deck;

TEST_CASE("a card dragged from the pile onto the top of a lane lands at position 0")
{
    Ui ui(make_deck(6));
    REQUIRE(perform(ui.session, Move{"C0", "later", 0}, "t") == Refusal::None);
    ui.frame();
    ui.drag(ui.card_centre("C3"), ui.card_top("C0"));
    CHECK(ui.ids("later") == Ids{"C3", "C0"});
    CHECK(ui.ids("") == Ids{"C1", "C2", "C4", "C5"});
    CHECK(ui.view.selected == "C3");
    CHECK(ui.session.log.size() == 2);
}

TEST_CASE("a card dragged into an empty lane lands there")
{
    Ui ui(make_deck(6));
    ui.drag(ui.card_centre("C2"), ui.lane_bottom("later"));
    CHECK(ui.ids("later") == Ids{"C2"});
}

TEST_CASE("dropping in the same lane reorders it")
{
    Ui ui(make_deck(6));
    for (int i = 0; i < 3; ++i)
        REQUIRE(perform(ui.session, Move{"C" + std::to_string(i), "later", i}, "t") == Refusal::None);
    ui.frame();
    // C0 to below C2: the end of the lane.
    ui.drag(ui.card_centre("C0"), ui.card_bottom("C2"));
    CHECK(ui.ids("later") == Ids{"C1", "C2", "C0"});
    // C0 back between C1 and C2: on the top half of C2.
    ui.drag(ui.card_centre("C0"), ui.card_top("C2"));
    CHECK(ui.ids("later") == Ids{"C1", "C0", "C2"});
    // Onto its own place: nothing changes and nothing is logged.
    std::size_t log = ui.session.log.size();
    ui.drag(ui.card_centre("C0"), ui.card_top("C0"));
    CHECK(ui.ids("later") == Ids{"C1", "C0", "C2"});
    CHECK(ui.session.log.size() == log);
}

TEST_CASE("a card goes back to the pile at the place it is dropped")
{
    Ui ui(make_deck(6));
    REQUIRE(perform(ui.session, Move{"C5", "later", 0}, "t") == Refusal::None);
    ui.frame();
    ui.drag(ui.card_centre("C5"), ui.card_centre("C0"));  // left half of C0: in front of it
    CHECK(ui.ids("") == Ids{"C5", "C0", "C1", "C2", "C3", "C4"});
}

TEST_CASE("a full lane refuses the drop and says so near the lane")
{
    Ui ui(make_deck(6));
    REQUIRE(perform(ui.session, Move{"C0", "now", 0}, "t") == Refusal::None);
    REQUIRE(perform(ui.session, Move{"C1", "now", 1}, "t") == Refusal::None);
    ui.frame();
    Board before = ui.session.board;
    ui.drag(ui.card_centre("C2"), ui.card_top("C0"));
    CHECK(ui.session.board == before);
    CHECK(ui.session.log.size() == 2);
    CHECK(ui.view.notice.lane == "now");
    CHECK(ui.view.notice.text.find("full (2/2)") != std::string::npos);
    // The message is drawn, inside the lane's rectangle.
    const ImGuiWindow* notice = ui.drawn_window("##notice");
    REQUIRE(notice != nullptr);
    const LaneRect* lane = ui.lane_rect("now");
    CHECK(notice->Pos.x >= lane->min.x);
    CHECK(notice->Pos.y >= lane->min.y);
    CHECK(notice->Pos.x + notice->Size.x <= lane->max.x + 1.0f);
}

TEST_CASE("Esc during a drag cancels it and the card is back where it was")
{
    Ui ui(make_deck(6));
    ImVec2 from = ui.card_centre("C3");
    ui.move(from);
    ui.press();
    ui.move(ImVec2(from.x + 15, from.y + 15));
    ui.move(ui.lane_bottom("later"));
    CHECK(dragged_card_for_tests() == "C3");
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(dragged_card_for_tests().empty());
    ui.move(ui.lane_bottom("now"));
    ui.release();
    ui.frame();
    CHECK(ui.ids("later").empty());
    CHECK(ui.ids("now").empty());
    CHECK(ui.ids("") == Ids{"C0", "C1", "C2", "C3", "C4", "C5"});
    // Drawn as a card again, not as the outline of one being dragged.
    CHECK(ui.card_rect("C3") != nullptr);
}

TEST_CASE("dropping outside every lane changes nothing")
{
    Ui ui(make_deck(6));
    Board before = ui.session.board;
    ui.drag(ui.card_centre("C1"), ImVec2(5, 5));
    CHECK(ui.session.board == before);
    CHECK(ui.session.log.empty());
}

TEST_CASE("undo after a drag puts the card back; redo moves it again")
{
    Ui ui(make_deck(6));
    Board start = ui.session.board;
    ui.drag(ui.card_centre("C4"), ui.lane_bottom("later"));
    Board moved = ui.session.board;
    REQUIRE(ui.ids("later") == Ids{"C4"});
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board == start);
    ui.key(GLFW_KEY_Z, true, true);
    CHECK(ui.session.board == moved);
    ui.key(GLFW_KEY_Z, true);
    ui.key(GLFW_KEY_Y, true);
    CHECK(ui.session.board == moved);
    CHECK(ui.session.log.size() == 5);
}

TEST_CASE("many cards: a drop into a long scrolled lane still lands where aimed")
{
    Ui ui(make_deck(200), ImVec2(1280, 720));
    for (int i = 0; i < 150; ++i)
        REQUIRE(perform(ui.session, Move{"C" + std::to_string(i), "later", i}, "t") == Refusal::None);
    ui.frame();
    ui.frame();
    // Only what is visible is drawn.
    CHECK(ui.view.card_rects.size() < 80);
    ui.drag(ui.card_centre("C150"), ui.card_top("C2"));
    Ids later = ui.ids("later");
    REQUIRE(later.size() == 151);
    CHECK(later[2] == "C150");
}

TEST_CASE("the full-lane refusal shows just below the drop point, not at the lane's foot")
{
    Ui ui(make_deck(6));
    REQUIRE(perform(ui.session, Move{"C0", "now", 0}, "t") == Refusal::None);
    REQUIRE(perform(ui.session, Move{"C1", "now", 1}, "t") == Refusal::None);
    ui.frame();
    ImVec2 drop = ui.card_top("C0");
    ui.drag(ui.card_centre("C2"), drop);
    ui.frame();
    CHECK(ui.view.notice.near_y == doctest::Approx(drop.y));
    const ImGuiWindow* notice = ui.drawn_window("##notice");
    REQUIRE(notice != nullptr);
    const LaneRect* lane = ui.lane_rect("now");
    // Near the drop (within two lines below it), far above the lane's foot of a 1080-high board.
    CHECK(notice->Pos.y >= drop.y);
    CHECK(notice->Pos.y <= drop.y + 3.0f * ImGui::GetFontSize());
    CHECK(notice->Pos.y + notice->Size.y < lane->max.y - 100.0f);
}
