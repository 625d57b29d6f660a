// The board without a mouse: selection, moving cards, undo, the lane menu.
#include <doctest/doctest.h>

#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::Ids;
using prio::test::make_deck;

TEST_CASE("click selects; Tab and arrows move the selection")
{
    Ui ui(make_deck(6));
    CHECK(ui.view.selected.empty());
    ui.key(GLFW_KEY_TAB);
    CHECK(ui.view.selected == "C0");
    ui.key(GLFW_KEY_TAB);
    CHECK(ui.view.selected == "C1");
    ui.key(GLFW_KEY_TAB, false, true);
    CHECK(ui.view.selected == "C0");
    ui.key(GLFW_KEY_RIGHT);
    CHECK(ui.view.selected == "C1");
    ui.click(ui.card_centre("C4"));
    CHECK(ui.view.selected == "C4");
    CHECK(ui.view.open_card.empty());
    ui.key(GLFW_KEY_LEFT);
    CHECK(ui.view.selected == "C3");
}

TEST_CASE("Left and Up from the first pile card with every lane empty keep the selection (found by the kill -9 test: it crashed)")
{
    Ui ui(make_deck(6));
    ui.key(GLFW_KEY_TAB);
    REQUIRE(ui.view.selected == "C0");
    ui.key(GLFW_KEY_LEFT);
    CHECK(ui.view.selected == "C0");
    ui.key(GLFW_KEY_UP);
    CHECK(ui.view.selected == "C0");
}

TEST_CASE("1-9 move the selected card to lane N, 0 back to the pile; the selection stays on it")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C3"));
    ui.key(GLFW_KEY_2);
    CHECK(ui.ids("later") == Ids{"C3"});
    CHECK(ui.view.selected == "C3");
    ui.key(GLFW_KEY_1);
    CHECK(ui.ids("now") == Ids{"C3"});
    CHECK(ui.ids("later").empty());
    ui.key(GLFW_KEY_0);
    CHECK(ui.ids("now").empty());
    CHECK(ui.ids("") == Ids{"C0", "C1", "C2", "C4", "C5", "C3"});
    CHECK(ui.view.selected == "C3");
    // The keypad's digits do the same.
    ui.key(GLFW_KEY_KP_3);
    CHECK(ui.ids("no") == Ids{"C3"});
    // A lane that does not exist is refused with a message, not silently.
    ui.key(GLFW_KEY_7);
    CHECK(ui.ids("no") == Ids{"C3"});
    CHECK(ui.view.notice.global);
    CHECK(ui.view.notice.text.find("lane 7") != std::string::npos);
}

TEST_CASE("a full lane refuses a keyboard move too")
{
    Ui ui(make_deck(6));
    for (const char* id : {"C0", "C1", "C2"}) {
        ui.click(ui.card_centre(id));
        ui.key(GLFW_KEY_1);
    }
    CHECK(ui.ids("now") == Ids{"C0", "C1"});
    // Beside the card (still on the pile), where the eyes are, not at the full lane's foot.
    CHECK(ui.view.notice.lane == "");
    CHECK(ui.view.notice.near_y == doctest::Approx(ui.card_rect("C2")->max.y));
    CHECK(ui.view.notice.text.find("full") != std::string::npos);
}

TEST_CASE("Ctrl+Up/Down and Alt+Up/Down move the card within its lane")
{
    Ui ui(make_deck(6));
    for (int i = 0; i < 3; ++i)
        REQUIRE(perform(ui.session, Move{"C" + std::to_string(i), "later", i}, "t") == Refusal::None);
    ui.frame();
    ui.click(ui.card_centre("C0"));
    ui.key(GLFW_KEY_DOWN, true);
    CHECK(ui.ids("later") == Ids{"C1", "C0", "C2"});
    ui.key(GLFW_KEY_DOWN, true);
    CHECK(ui.ids("later") == Ids{"C1", "C2", "C0"});
    ui.key(GLFW_KEY_DOWN, true);  // already last: nothing
    CHECK(ui.ids("later") == Ids{"C1", "C2", "C0"});
    ui.key(GLFW_KEY_UP, false, false, true);
    CHECK(ui.ids("later") == Ids{"C1", "C0", "C2"});
    CHECK(ui.view.selected == "C0");
    // Plain arrows move the selection, not the card.
    ui.key(GLFW_KEY_UP);
    CHECK(ui.view.selected == "C1");
    CHECK(ui.ids("later") == Ids{"C1", "C0", "C2"});
    // Ctrl+Left puts it in the lane beside, at the same height.
    ui.key(GLFW_KEY_LEFT, true);
    CHECK(ui.ids("now") == Ids{"C1"});
}

TEST_CASE("Enter opens the focus view and Esc closes it; clicking the selected card opens it too")
{
    Ui ui(make_deck(6));
    ui.key(GLFW_KEY_TAB);
    ui.key(GLFW_KEY_ENTER);
    CHECK(ui.view.open_card == "C0");
    CHECK(ui.popup_open());
    // Digits do nothing while it is open.
    ui.key(GLFW_KEY_1);
    CHECK(ui.ids("now").empty());
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.view.open_card.empty());
    ui.frame();
    CHECK_FALSE(ui.popup_open());
    ui.click(ui.card_centre("C2"));
    CHECK(ui.view.open_card.empty());
    ui.click(ui.card_centre("C2"));
    CHECK(ui.view.open_card == "C2");
}

TEST_CASE("a note typed in the focus view is one undoable edit")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C1"));
    ui.key(GLFW_KEY_ENTER);
    REQUIRE(ui.view.open_card == "C1");
    // The cursor starts in the notes field.
    ui.frame();
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.type("Budget first");
    CHECK(ui.session.history.done.empty());
    // Full screen and zoom keys still work while typing; the text is kept.
    ui.key(GLFW_KEY_F11);
    CHECK(ui.view.fullscreen);
    ui.key(GLFW_KEY_EQUAL, true);
    CHECK(ui.view.zoom == 1.25f);
    CHECK(ui.view.note_draft == "Budget first");
    // Esc ends the typing and closes the view: one edit, with the whole note.
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.view.open_card.empty());
    REQUIRE(ui.session.history.done.size() == 1);
    CHECK(ui.session.board.notes[1] == "Budget first");
    CHECK(std::get<SetNote>(ui.session.history.done[0].edit) == SetNote{"C1", "Budget first"});
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.notes[1].empty());
    ui.key(GLFW_KEY_Y, true);
    CHECK(ui.session.board.notes[1] == "Budget first");
}

TEST_CASE("a note edit ends when the field loses focus, and the view follows undo")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C1"));
    ui.key(GLFW_KEY_ENTER);
    ui.frame();
    ui.type("ab");
    // A click elsewhere in the view ends the edit; the view stays open.
    const ImGuiWindow* focus = ImGui::FindWindowByName("##focus");
    REQUIRE(focus != nullptr);
    ui.click(ImVec2(focus->Pos.x + 30.0f, focus->Pos.y + 30.0f));
    ui.frame();
    CHECK(ui.view.open_card == "C1");
    REQUIRE(ui.session.history.done.size() == 1);
    CHECK(ui.session.board.notes[1] == "ab");
    // Undo from the menu path (Ctrl+Z while not typing) updates the open view.
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.notes[1].empty());
    CHECK(ui.view.note_draft.empty());
}

TEST_CASE("F2 renames the selected card's lane through an edit")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C0"));
    ui.key(GLFW_KEY_2);
    ui.key(GLFW_KEY_F2);
    ui.frame();
    REQUIRE(ui.popup_open());
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.key(GLFW_KEY_A, true);  // select all, then type over it
    ui.type("Soon");
    ui.key(GLFW_KEY_ENTER);
    CHECK(ui.session.board.lanes[1].title == "Soon");
    CHECK_FALSE(ui.popup_open());
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.lanes[1].title == "Later");
}

TEST_CASE("Esc in the rename dialog changes nothing")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C0"));
    ui.key(GLFW_KEY_1);
    ui.key(GLFW_KEY_F2);
    ui.frame();
    ui.type("xyz");
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK_FALSE(ui.popup_open());
    CHECK(ui.session.board.lanes[0].title == "Now");
    CHECK(ui.session.history.done.size() == 1);
}
