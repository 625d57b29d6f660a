// Drafts: typing reaches the session (and so the autosave) while it is typed,
// and becomes one undoable edit when the field closes.
#include <doctest/doctest.h>

#include "ui/board_parts.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;

TEST_CASE("a note being typed is the session's draft at each keystroke, one edit when the card closes")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C2"));
    ui.key(GLFW_KEY_ENTER);
    REQUIRE(ui.view.open_card == "C2");
    std::uint64_t before = ui.session.revision;
    ui.type("ee");
    CHECK(ui.session.draft == Draft{"note", "C2", "ee"});
    ui.type("n");
    CHECK(ui.session.draft == Draft{"note", "C2", "een"});
    CHECK(ui.session.revision > before);
    CHECK(ui.session.board.notes[2].empty());
    CHECK(ui.session.history.done.empty());  // a draft is no edit
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.view.open_card.empty());
    CHECK(ui.session.board.notes[2] == "een");
    CHECK(ui.session.draft == Draft{});
    CHECK(ui.session.history.done.size() == 1);
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.notes[2].empty());
}

TEST_CASE("typing back to the note as it was drops the draft")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C1"));
    ui.key(GLFW_KEY_ENTER);
    ui.type("x");
    CHECK(ui.session.draft.text == "x");
    ui.key(GLFW_KEY_BACKSPACE);
    CHECK(ui.session.draft == Draft{});
}

TEST_CASE("a session opened with a draft shows it in its field again; closing makes it the note")
{
    Ui ui(make_deck(6));
    ui.session.draft = Draft{"note", "C4", "half a thought"};
    ui.frame();
    ui.frame();
    CHECK(ui.view.open_card == "C4");
    CHECK(ui.view.note_draft == "half a thought");
    ui.type(" and more");
    CHECK(ui.session.draft.text == "half a thought and more");
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.session.board.notes[4] == "half a thought and more");
    CHECK(ui.session.draft == Draft{});
}

TEST_CASE("a lane's new name is a draft while it is typed, and comes back after a crash")
{
    Ui ui(make_deck(6));
    open_lane_popup(ui.session, ui.view, 0, LanePopup::Rename);
    ui.frame();
    ui.frame();
    ui.type("X");
    REQUIRE(ui.session.draft.field == "lane");
    CHECK(ui.session.draft.target == "now");
    std::string typed = ui.session.draft.text;
    CHECK(typed.find('X') != std::string::npos);

    Ui after(make_deck(6));
    after.session.draft = Draft{"lane", "now", "Nu meteen"};
    after.frame();
    after.frame();
    CHECK(after.view.lane_popup == LanePopup::Rename);
    CHECK(after.view.lane_title_draft == "Nu meteen");
    after.key(GLFW_KEY_ENTER);
    CHECK(after.session.board.lanes[0].title == "Nu meteen");
    CHECK(after.session.draft == Draft{});
}
