// The focus view's actions: added with the mouse, typed with the keyboard
// (Tab from field to field, Enter ends one), each field one undoable edit.
#include <doctest/doctest.h>

#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;
using prio::test::t;

namespace {

Deck planned_deck()
{
    return make_deck(6, {{"now", "Nu — jaar 1", 0, true, {1, 1}}, {"later", "Later", 0, true, {2, 6}}});
}

// An item of the focus view itself (its child windows, the card's text and
// the actions' table, are newer windows whose names also hold "##focus").
bool click_in_focus(Ui& ui, const std::string& label)
{
    ImGuiWindow* focus = ImGui::FindWindowByName("##focus");
    return focus && ui.click_id(focus->GetID(label.c_str()));
}

// A button in an action's row: the table pushes its own id, the row the action's.
bool click_in_action(Ui& ui, const std::string& action, const char* label)
{
    ImGuiWindow* focus = ImGui::FindWindowByName("##focus");
    if (!focus)
        return false;
    ImGuiID table = focus->GetID("##actions");
    return ui.click_id(ImHashStr(label, 0, ImHashStr(action.c_str(), 0, table)));
}

void open_focus(Ui& ui, const char* card)
{
    ui.click(ui.card_centre(card));
    ui.key(GLFW_KEY_ENTER);
    REQUIRE(ui.view.open_card == card);
    ui.frame();
}

// C2 with one action, a1 "Fietspad", open large; the id of a1's row.
ImGuiID open_with_action(Ui& ui)
{
    REQUIRE(perform(ui.session, AddAction{PlanAction{"a1", "C2", "Fietspad", "", {}, {}, {}, {}, ActionStatus::Planned}, 0}, "t") ==
            Refusal::None);
    open_focus(ui, "C2");
    ImGuiWindow* focus = ImGui::FindWindowByName("##focus");
    REQUIRE(focus != nullptr);
    return ImHashStr("a1", 0, focus->GetID("##actions"));
}

}  // namespace

TEST_CASE("an action is added in the focus view, its fields typed with Tab and Enter, and undone field by field")
{
    Ui ui(planned_deck());
    REQUIRE(perform(ui.session, SetPlanPeriod{2026, 2031}, "t") == Refusal::None);
    REQUIRE(perform(ui.session, Move{"C1", "later", 0}, "t") == Refusal::None);
    ui.frame();
    open_focus(ui, "C1");
    const std::size_t before = ui.session.history.done.size();
    REQUIRE(click_in_focus(ui, t(ui, "plan.add_action")));
    ui.frame();
    REQUIRE(ui.session.board.plan.actions.size() == 1);
    const PlanAction& added = ui.session.board.plan.actions[0];
    CHECK(added.card == "C1");
    // The lane's default term: years 2 to 6 of the plan.
    CHECK(added.start == Term{2027, 1});
    CHECK(added.end == Term{2031, 4});
    // The cursor is in the new action's first field (the frame after it is drawn).
    ui.frame();
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.type("Laadpalen");
    ui.key(GLFW_KEY_TAB);
    ui.type("Mobiliteit");
    ui.key(GLFW_KEY_TAB);
    ui.type("2028-K2");  // Tab selects the field's text: typing replaces it
    ui.key(GLFW_KEY_TAB);
    ui.key(GLFW_KEY_TAB);
    ui.type("1.250.000");
    ui.key(GLFW_KEY_ENTER);
    ui.frame();
    const PlanAction& a = ui.session.board.plan.actions[0];
    CHECK(a.what == "Laadpalen");
    CHECK(a.owner == "Mobiliteit");
    CHECK(a.start == Term{2028, 2});
    CHECK(a.end == Term{2031, 4});
    CHECK(a.operating == 1250000);
    CHECK_FALSE(a.investment);
    // One edit for the addition and one for each field.
    CHECK(ui.session.history.done.size() == before + 5);
    // A term that is none is refused with a notice, and changes nothing.
    ui.key(GLFW_KEY_TAB, false, true);
    ui.key(GLFW_KEY_TAB, false, true);
    ui.type("soon");
    ui.key(GLFW_KEY_ENTER);
    ui.frame();
    CHECK(ui.session.board.plan.actions[0].end == Term{2031, 4});
    CHECK(ui.view.notice.text == t(ui, "plan.bad_value"));
    CHECK(ui.session.history.done.size() == before + 5);

    ui.key(GLFW_KEY_Z, true);
    CHECK_FALSE(ui.session.board.plan.actions[0].operating);
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.plan.actions[0].start == Term{2027, 1});
    ui.key(GLFW_KEY_Z, true);
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.plan.actions[0].what.empty());
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.plan.actions.empty());
    ui.key(GLFW_KEY_Y, true);
    CHECK(ui.session.board.plan.actions.size() == 1);
}

TEST_CASE("an action field being typed when the focus view closes becomes its edit; the remove button removes it")
{
    Ui ui(planned_deck());
    open_focus(ui, "C2");
    REQUIRE(click_in_focus(ui, t(ui, "plan.add_action")));
    ui.frame();
    REQUIRE(ui.session.board.plan.actions.size() == 1);
    // No plan period: no term.
    CHECK(ui.session.board.plan.actions[0].start == Term{});
    ui.type("Fietspad");
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK(ui.view.open_card.empty());
    CHECK(ui.session.board.plan.actions[0].what == "Fietspad");
    open_focus(ui, "C2");
    REQUIRE(click_in_action(ui, "a1", "\xC3\x97##remove"));
    CHECK(ui.session.board.plan.actions.empty());
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.plan.actions.size() == 1);
}

TEST_CASE("the status is a stop of Tab like the fields: Space and the arrows step through it, one edit a step")
{
    Ui ui(planned_deck());
    open_focus(ui, "C3");
    REQUIRE(click_in_focus(ui, t(ui, "plan.add_action")));
    ui.frame();
    ui.frame();
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.type("Wifi");
    for (int i = 0; i < 6; ++i)  // owner, start, end, operating, investment, status
        ui.key(GLFW_KEY_TAB);
    const std::size_t before = ui.session.history.done.size();
    CHECK(ui.session.board.plan.actions[0].what == "Wifi");
    CHECK(ui.session.board.plan.actions[0].status == ActionStatus::Planned);
    ui.key(GLFW_KEY_SPACE);
    CHECK(ui.session.board.plan.actions[0].status == ActionStatus::Running);
    ui.key(GLFW_KEY_DOWN);
    CHECK(ui.session.board.plan.actions[0].status == ActionStatus::Done);
    ui.key(GLFW_KEY_DOWN);
    CHECK(ui.session.board.plan.actions[0].status == ActionStatus::Planned);
    ui.key(GLFW_KEY_UP);
    CHECK(ui.session.board.plan.actions[0].status == ActionStatus::Done);
    CHECK(ui.session.history.done.size() == before + 4);
    // Typing does nothing to it: it is no text.
    ui.type("x");
    CHECK(ui.session.board.plan.actions[0].status == ActionStatus::Done);
    CHECK(ui.session.history.done.size() == before + 4);
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.plan.actions[0].status == ActionStatus::Planned);

    // A click opens the list, and a click in it chooses.
    ImGuiWindow* focus = ImGui::FindWindowByName("##focus");
    REQUIRE(focus != nullptr);
    ImGuiID row = ImHashStr("a1", 0, focus->GetID("##actions"));
    REQUIRE(ui.click_id(ImHashStr("##status", 0, row)));
    ui.frame();
    char name[32];
    ImFormatString(name, sizeof name, "##Popup_%08x", ImHashStr("##status_list", 0, row));
    ImGuiWindow* list = ImGui::FindWindowByName(name);
    REQUIRE(list != nullptr);
    REQUIRE(ui.click_id(list->GetID(t(ui, "plan.status.running").c_str())));
    CHECK(ui.session.board.plan.actions[0].status == ActionStatus::Running);
}

TEST_CASE("an action field being typed is the session's draft, and comes back in its field after a crash")
{
    Ui ui(planned_deck());
    const ImGuiID row = open_with_action(ui);
    REQUIRE(ui.click_id(ImHashStr("##owner", 0, row)));
    ui.type("Mobi");
    CHECK(ui.session.draft == Draft{"action", "a1/owner", "Mobi"});
    CHECK(ui.session.board.plan.actions[0].owner.empty());

    // The program dies here; the autosave had the session with its draft.
    Ui after(planned_deck());
    after.session.board = ui.session.board;
    after.session.draft = ui.session.draft;
    after.frame();
    after.frame();
    after.frame();
    CHECK(after.view.open_card == "C2");
    REQUIRE(ImGui::GetIO().WantTextInput);
    after.key(GLFW_KEY_END);
    after.type("liteit");
    CHECK(after.session.draft == Draft{"action", "a1/owner", "Mobiliteit"});
    after.key(GLFW_KEY_ENTER);
    CHECK(after.session.board.plan.actions[0].owner == "Mobiliteit");
    CHECK(after.session.draft == Draft{});
    CHECK(after.session.history.done.size() == 1);

    // Closing the view with a draft shown but not typed into makes it the edit too.
    Ui closed(planned_deck());
    closed.session.board = ui.session.board;
    closed.session.draft = Draft{"action", "a1/what", "Fietspad herstellen"};
    closed.frame();
    closed.frame();
    closed.frame();
    REQUIRE(closed.view.open_card == "C2");
    closed.key(GLFW_KEY_ESCAPE);
    CHECK(closed.view.open_card.empty());
    CHECK(closed.session.board.plan.actions[0].what == "Fietspad herstellen");
    CHECK(closed.session.draft == Draft{});
}

TEST_CASE("an action moves to another principle when its code is typed in the last field; undo brings it back")
{
    Ui ui(planned_deck());
    const ImGuiID row = open_with_action(ui);
    // A code that is no card: refused with a notice, the action stays.
    REQUIRE(ui.click_id(ImHashStr("##card", 0, row)));
    ui.key(GLFW_KEY_A, true);  // select all
    ui.type("C9");
    ui.key(GLFW_KEY_ENTER);
    CHECK(ui.session.board.plan.actions[0].card == "C2");
    CHECK(ui.view.notice.text.find("C9") != std::string::npos);
    // Another card's code in any case: the action moves there, and says so.
    REQUIRE(ui.click_id(ImHashStr("##card", 0, row)));
    ui.key(GLFW_KEY_A, true);
    ui.type("c4");
    ui.key(GLFW_KEY_ENTER);
    ui.frame();
    CHECK(ui.session.board.plan.actions[0].card == "C4");
    CHECK(ui.view.notice.text.rfind(t(ui, "fmt.plan.moved").substr(0, 10), 0) == 0);
    CHECK(ui.view.notice.text.find("C4") != std::string::npos);
    CHECK(ui.session.draft == Draft{});
    ui.key(GLFW_KEY_ESCAPE);
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.plan.actions[0].card == "C2");
}
