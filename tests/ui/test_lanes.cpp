// Editing lanes through the view: the lane's menu, its dialogs, and undo.
#include <doctest/doctest.h>

#include "core/strings.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::Ids;
using prio::test::make_deck;

namespace {

std::vector<std::string> lane_titles(const Ui& ui)
{
    std::vector<std::string> out;
    for (const Lane& lane : ui.session.board.lanes)
        out.push_back(lane.title);
    return out;
}

// Right-click the lane's title, then click the item with this label.
void lane_menu(Ui& ui, const std::string& lane, const char* key)
{
    ui.click(ui.lane_header(lane), ImGuiMouseButton_Right);
    REQUIRE(ui.popup_open());
    REQUIRE(ui.click_item("##Popup_", std::string(tr(key, ui.session.language))));
}

}  // namespace

TEST_CASE("right-clicking a lane's title opens its menu; Esc closes it")
{
    Ui ui(make_deck(6));
    ui.click(ui.lane_header("later"), ImGuiMouseButton_Right);
    CHECK(ui.popup_open());
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK_FALSE(ui.popup_open());
    CHECK(ui.session.log.empty());
}

TEST_CASE("rename a lane from its menu")
{
    Ui ui(make_deck(6));
    lane_menu(ui, "later", "lane.rename");
    ui.frame();
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.key(GLFW_KEY_A, true);
    ui.type("Year 2-3");
    ui.key(GLFW_KEY_ENTER);
    CHECK(lane_titles(ui) == std::vector<std::string>{"Now", "Year 2-3", "Not a priority"});
    CHECK(std::holds_alternative<RenameLane>(ui.session.history.done.back().edit));
}

TEST_CASE("an empty lane name is refused with a message")
{
    Ui ui(make_deck(6));
    lane_menu(ui, "later", "lane.rename");
    ui.frame();
    ui.key(GLFW_KEY_A, true);
    ui.key(GLFW_KEY_BACKSPACE);
    ui.key(GLFW_KEY_ENTER);
    CHECK(lane_titles(ui)[1] == "Later");
    CHECK(ui.view.notice.lane == "later");
    CHECK_FALSE(ui.view.notice.text.empty());
}

TEST_CASE("add a lane to the right, name it, and undo both")
{
    Ui ui(make_deck(6));
    lane_menu(ui, "now", "lane.add_after");
    for (int i = 0; i < 3; ++i)
        ui.frame();
    REQUIRE(ui.session.board.lanes.size() == 4);
    CHECK(ui.session.board.lanes[1].title == "New lane");
    // Its name is asked for straight away.
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.key(GLFW_KEY_A, true);
    ui.type("Quick wins");
    ui.key(GLFW_KEY_ENTER);
    CHECK(lane_titles(ui) == std::vector<std::string>{"Now", "Quick wins", "Later", "Not a priority"});
    // The new lane takes cards like any other: it is lane 2 now.
    ui.click(ui.card_centre("C5"));
    ui.key(GLFW_KEY_2);
    CHECK(ui.ids(ui.session.board.lanes[1].id) == Ids{"C5"});
    ui.key(GLFW_KEY_Z, true);
    ui.key(GLFW_KEY_Z, true);
    ui.key(GLFW_KEY_Z, true);
    CHECK(lane_titles(ui) == std::vector<std::string>{"Now", "Later", "Not a priority"});
}

TEST_CASE("removing a lane sends its cards back to the pile; undo restores it with them")
{
    Ui ui(make_deck(6));
    REQUIRE(perform(ui.session, Move{"C2", "later", 0}, "t") == Refusal::None);
    REQUIRE(perform(ui.session, Move{"C4", "later", 1}, "t") == Refusal::None);
    ui.frame();
    Board before = ui.session.board;
    lane_menu(ui, "later", "lane.remove");
    CHECK(lane_titles(ui) == std::vector<std::string>{"Now", "Not a priority"});
    CHECK(ui.ids("") == Ids{"C0", "C1", "C3", "C5", "C2", "C4"});
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board == before);
}

TEST_CASE("move a lane right, and set then clear its capacity")
{
    Ui ui(make_deck(6));
    lane_menu(ui, "now", "lane.move_right");
    CHECK(lane_titles(ui) == std::vector<std::string>{"Later", "Now", "Not a priority"});

    lane_menu(ui, "later", "lane.capacity");
    ui.frame();
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.key(GLFW_KEY_A, true);
    ui.type("3");
    ui.key(GLFW_KEY_ENTER);
    CHECK(ui.session.board.lanes[0].capacity == 3);
    ui.frame();
    CHECK_FALSE(ui.popup_open());
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.lanes[0].capacity == 0);
}

TEST_CASE("a capacity below the lane's card count is refused on screen")
{
    Ui ui(make_deck(6));
    for (int i = 0; i < 3; ++i)
        REQUIRE(perform(ui.session, Move{"C" + std::to_string(i), "later", i}, "t") == Refusal::None);
    ui.frame();
    lane_menu(ui, "later", "lane.capacity");
    ui.frame();
    ui.key(GLFW_KEY_A, true);
    ui.type("2");
    ui.key(GLFW_KEY_ENTER);
    CHECK(ui.session.board.lanes[1].capacity == 0);
    CHECK(ui.view.notice.lane == "later");
    CHECK(ui.view.notice.text.find("3") != std::string::npos);
}

TEST_CASE("Shift+F10 opens the menu of the selected card's lane from the keyboard")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C0"));
    ui.key(GLFW_KEY_2);
    ui.key(GLFW_KEY_F10, false, true);
    ui.frame();
    REQUIRE(ui.popup_open());
    // Arrows walk it, Space picks: down to Capacity and back up to Rename.
    ui.key(GLFW_KEY_DOWN);
    ui.key(GLFW_KEY_UP);
    ui.key(GLFW_KEY_SPACE);
    ui.frame();
    CHECK(ui.view.lane_popup == LanePopup::Rename);
    CHECK(ui.view.popup_lane == "later");
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK_FALSE(ui.popup_open());
    // The same menu by mouse: its Remove item removes this lane.
    ui.key(GLFW_KEY_F10, false, true);
    ui.frame();
    REQUIRE(ui.click_item("##Popup_", std::string(tr("lane.remove", "en"))));
    CHECK(ui.session.board.lanes.size() == 2);
    CHECK(ui.ids("").back() == "C0");
}

TEST_CASE("a new lane's name is selected: typing replaces it")
{
    Ui ui(make_deck(6));
    lane_menu(ui, "now", "lane.add_after");
    for (int i = 0; i < 3; ++i)
        ui.frame();
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.type("Snel");  // no Ctrl+A first
    ui.key(GLFW_KEY_ENTER);
    CHECK(lane_titles(ui) == std::vector<std::string>{"Now", "Snel", "Later", "Not a priority"});
}

TEST_CASE("the capacity dialog's + and - change the number and leave the dialog open; Enter applies")
{
    Ui ui(make_deck(6));
    lane_menu(ui, "later", "lane.capacity");
    ui.frame();
    REQUIRE(ui.popup_open());
    const ImGuiWindow* dialog = ui.drawn_window("##lane_capacity");
    REQUIRE(dialog);
    // InputInt's buttons are "+" and "-" inside the "##capacity" item's id.
    ImGuiID field = const_cast<ImGuiWindow*>(dialog)->GetID("##capacity");
    ImGuiID plus = ImHashStr("+", 0, field);
    bool clicked = false;
    for (float y = dialog->Pos.y; y < dialog->Pos.y + dialog->Size.y && !clicked; y += 4.0f)
        for (float x = dialog->Pos.x; x < dialog->Pos.x + dialog->Size.x && !clicked; x += 4.0f)
            clicked = ui.click_if_hovered(plus, ImVec2(x, y));
    REQUIRE(clicked);
    ui.click_if_hovered(plus, ImGui::GetIO().MousePos);
    CHECK(ui.view.capacity_draft == 2);
    CHECK(ui.popup_open());
    CHECK(ui.session.board.lanes[1].capacity == 0);
    ui.key(GLFW_KEY_ENTER);
    CHECK(ui.session.board.lanes[1].capacity == 2);
    ui.frame();
    CHECK_FALSE(ui.popup_open());
}

TEST_CASE("Shift+F10 opens the lane menu under the lane's title, wherever the mouse is")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C0"));
    ui.key(GLFW_KEY_2);
    ui.move(ImVec2(5.0f, 1070.0f));  // the bottom-left corner, where the mouse was in the real window
    ui.key(GLFW_KEY_F10, false, true);
    ui.frame();
    REQUIRE(ui.popup_open());
    const ImGuiWindow* menu = ui.drawn_window("##Popup_");
    const LaneRect* lane = ui.lane_rect("later");
    REQUIRE(menu);
    REQUIRE(lane);
    CHECK(menu->Pos.x >= lane->min.x - 1.0f);
    CHECK(menu->Pos.x < lane->max.x);
    CHECK(menu->Pos.y > lane->min.y);
    CHECK(menu->Pos.y < lane->min.y + 120.0f);
    ui.key(GLFW_KEY_ESCAPE);
}
