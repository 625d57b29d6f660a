// The menu bar: language, undo, zoom, style; reachable with Alt.
#include <doctest/doctest.h>

#include "core/strings.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;
using prio::test::t;

TEST_CASE("switching the language from the menu changes the labels")
{
    Deck deck = make_deck(6);
    deck.language = "nl";
    Ui ui(std::move(deck));
    CHECK(ui.session.language == "nl");
    // The menu is found by its Dutch label and not by the English one.
    CHECK_FALSE(ui.click_menu("View"));
    REQUIRE(ui.click_menu("Beeld"));
    REQUIRE(ui.click_item("##Menu_", "Taal"));
    REQUIRE(ui.click_item("##Menu_", "English"));
    ui.frame();
    CHECK(ui.session.language == "en");
    CHECK_FALSE(ui.click_menu("Beeld"));
    REQUIRE(ui.click_menu("View"));
    ui.key(GLFW_KEY_ESCAPE);
    // And back, through the same path.
    REQUIRE(ui.click_menu("View"));
    REQUIRE(ui.click_item("##Menu_", "Language"));
    REQUIRE(ui.click_item("##Menu_", "Nederlands"));
    CHECK(ui.session.language == "nl");
}

TEST_CASE("Edit > Undo and Redo from the menu")
{
    Ui ui(make_deck(6));
    ui.drag(ui.card_centre("C1"), ui.lane_bottom("later"));
    REQUIRE(ui.ids("later") == std::vector<std::string>{"C1"});
    REQUIRE(ui.click_menu(t(ui, "menu.edit")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.undo")));
    CHECK(ui.ids("later").empty());
    REQUIRE(ui.click_menu(t(ui, "menu.edit")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.redo")));
    CHECK(ui.ids("later") == std::vector<std::string>{"C1"});
}

TEST_CASE("nothing to undo is said, not silent")
{
    Ui ui(make_deck(6));
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.view.notice.global);
    CHECK(ui.view.notice.text == t(ui, "refusal.nothing_to_undo"));
}

TEST_CASE("zoom steps from 100% to 300% by keys and menu; F11 and dark style are view state")
{
    Ui ui(make_deck(6));
    CHECK(ui.view.zoom == 1.0f);
    ui.key(GLFW_KEY_EQUAL, true);
    CHECK(ui.view.zoom == 1.25f);
    ui.key(GLFW_KEY_KP_ADD, true);
    CHECK(ui.view.zoom == 1.5f);
    for (int i = 0; i < 10; ++i)
        ui.key(GLFW_KEY_EQUAL, true);
    CHECK(ui.view.zoom == 3.0f);
    ui.key(GLFW_KEY_MINUS, true);
    CHECK(ui.view.zoom == 2.5f);
    ui.key(GLFW_KEY_0, true);
    CHECK(ui.view.zoom == 1.0f);
    // Ctrl+0 is zoom, not "card to the pile".
    CHECK(ui.session.log.empty());
    ui.key(GLFW_KEY_MINUS, true);
    CHECK(ui.view.zoom == 1.0f);
    REQUIRE(ui.click_menu(t(ui, "menu.view")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.zoom_in")));
    CHECK(ui.view.zoom == 1.25f);

    ui.key(GLFW_KEY_F11);
    CHECK(ui.view.fullscreen);
    ui.key(GLFW_KEY_F11);
    CHECK_FALSE(ui.view.fullscreen);
    REQUIRE(ui.click_menu(t(ui, "menu.view")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.dark")));
    CHECK(ui.view.dark);
}

TEST_CASE("Alt reaches the menu bar from the keyboard, and the board keys wait meanwhile")
{
    Ui ui(make_deck(6));
    ui.key(GLFW_KEY_TAB);
    REQUIRE(ui.view.selected == "C0");
    ImGuiIO& io = ImGui::GetIO();
    io.KeyAlt = true;
    io.KeysDown[GLFW_KEY_LEFT_ALT] = true;
    ui.frame();
    io.KeyAlt = false;
    io.KeysDown[GLFW_KEY_LEFT_ALT] = false;
    ui.frame();
    ui.frame();
    CHECK(ImGui::GetCurrentContext()->NavLayer == ImGuiNavLayer_Menu);
    // Digits do not move cards while the menu bar has the keyboard.
    ui.key(GLFW_KEY_1);
    CHECK(ui.ids("now").empty());
    // Right to Edit, Down opens it, Space on its first item: Undo is
    // disabled with nothing done, so this checks the menu opened.
    ui.key(GLFW_KEY_RIGHT);
    ui.key(GLFW_KEY_DOWN);
    ui.frame();
    CHECK(ui.popup_open());
    ui.key(GLFW_KEY_ESCAPE);
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
}

TEST_CASE("F1 opens the keyboard help, Esc closes it")
{
    Ui ui(make_deck(6));
    ui.key(GLFW_KEY_F1);
    CHECK(ui.view.show_help);
    CHECK(ui.popup_open());
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK_FALSE(ui.view.show_help);
    CHECK_FALSE(ui.popup_open());
}
