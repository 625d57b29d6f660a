// Shortcuts by character: the layout's characters decide a key's number,
// digits are what is typed, and one table gives the menus, the keys and F1.
#include <doctest/doctest.h>

#include "ui/actions.h"
#include "ui/keys.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::Ids;
using prio::test::make_deck;
using prio::test::t;

TEST_CASE("layout_key: a key is numbered by the character the layout types with it")
{
    struct Case {
        const char* layout;
        int place;  // GLFW's US-place number
        char32_t base, shifted;
        int expected;
    };
    // Per layout, the keys that matter for the shortcuts; "à", "§" and dead keys are not ASCII (0).
    const Case cases[] = {
        {"us", GLFW_KEY_Z, U'z', U'Z', GLFW_KEY_Z}, {"us", GLFW_KEY_1, U'1', U'!', GLFW_KEY_1},
        {"us", GLFW_KEY_EQUAL, U'=', U'+', GLFW_KEY_EQUAL}, {"us", GLFW_KEY_MINUS, U'-', U'_', GLFW_KEY_MINUS},
        {"be", GLFW_KEY_Q, U'a', U'A', GLFW_KEY_A}, {"be", GLFW_KEY_A, U'q', U'Q', GLFW_KEY_Q}, {"be", GLFW_KEY_W, U'z', U'Z', GLFW_KEY_Z},
        {"be", GLFW_KEY_SEMICOLON, U'm', U'M', GLFW_KEY_M}, {"be", GLFW_KEY_1, U'&', U'1', GLFW_KEY_1}, {"be", GLFW_KEY_0, 0, U'0', GLFW_KEY_0},
        {"be", GLFW_KEY_6, 0, U'6', GLFW_KEY_6}, {"be", GLFW_KEY_EQUAL, U'-', U'_', GLFW_KEY_MINUS},
        {"be", GLFW_KEY_SLASH, U'=', U'+', GLFW_KEY_EQUAL}, {"be", GLFW_KEY_LEFT_BRACKET, 0, 0, GLFW_KEY_LEFT_BRACKET},
        {"fr", GLFW_KEY_6, U'-', U'6', GLFW_KEY_MINUS}, {"fr", GLFW_KEY_EQUAL, U'=', U'+', GLFW_KEY_EQUAL},
        {"de", GLFW_KEY_Y, U'z', U'Z', GLFW_KEY_Z}, {"de", GLFW_KEY_Z, U'y', U'Y', GLFW_KEY_Y}, {"de", GLFW_KEY_0, U'0', U'=', GLFW_KEY_0},
        {"de", GLFW_KEY_RIGHT_BRACKET, U'+', U'*', GLFW_KEY_EQUAL}, {"de", GLFW_KEY_SLASH, U'-', U'_', GLFW_KEY_MINUS},
    };
    for (const Case& c : cases) {
        CAPTURE(c.layout);
        CAPTURE(c.place);
        CHECK(layout_key(c.place, c.base, c.shifted) == c.expected);
    }
}

TEST_CASE("a digit is the character typed: Shift+& on AZERTY is 1, Shift+1 on US is !")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C2"));
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = true;
    ui.type("!");
    CHECK(ui.ids("now").empty());
    ui.type("1");
    io.KeyShift = false;
    CHECK(ui.ids("now") == Ids{"C2"});
    // The key in the digit's US place without its character moves nothing (AZERTY's "&").
    ImGuiIO& keys = ImGui::GetIO();
    keys.KeysDown[GLFW_KEY_2] = true;
    ui.frame();
    keys.KeysDown[GLFW_KEY_2] = false;
    ui.frame();
    CHECK(ui.ids("later").empty());
    CHECK(ui.ids("now") == Ids{"C2"});
}

TEST_CASE("F1 lists every shortcut of the table, with Ctrl+E, Ctrl+Q and Esc")
{
    CHECK(shortcut_label(Action::Redo) == "Ctrl+Y");
    CHECK(shortcut_label(Action::Quit) == "Ctrl+Q");
    for (const char* lang : {"nl", "en"}) {
        std::vector<HelpRow> rows = help_rows(lang);
        auto row = [&](const std::string& keys) {
            for (const HelpRow& r : rows)
                if (r.keys == keys)
                    return r.what;
            return std::string();
        };
        for (int a = 0; a < static_cast<int>(Action::Count); ++a) {
            CAPTURE(a);
            CHECK_FALSE(row(action_info(static_cast<Action>(a)).shown).empty());
        }
        CHECK(row("Ctrl+E") == std::string(tr("menu.export", lang)).substr(0, std::string(tr("menu.export", lang)).size() - 3));
        CHECK(row("Ctrl+Q") == tr("menu.quit", lang));
        CHECK(row("Esc") == tr("help.escape", lang));
    }
}

TEST_CASE("a note being typed is taken as one edit when the program wants to quit")
{
    Ui ui(make_deck(6));
    ui.click(ui.card_centre("C1"));
    ui.key(GLFW_KEY_ENTER);
    REQUIRE(ui.view.open_card == "C1");
    ui.type("eerst");
    CHECK(take_open_note(ui.session, ui.view));
    CHECK(ui.view.open_card.empty());
    apply_commands(ui.session, ui.view, "2024-05-01T10:00:00Z");
    CHECK(ui.session.board.notes[1] == "eerst");
    ui.frame();
    ui.frame();
    // Open again without typing: nothing in progress.
    ui.click(ui.card_centre("C1"));
    ui.key(GLFW_KEY_ENTER);
    REQUIRE(ui.view.open_card == "C1");
    CHECK_FALSE(take_open_note(ui.session, ui.view));
}

TEST_CASE("an action that cannot be done is greyed out in its menu and its shortcut does nothing")
{
    Ui ui(make_deck(6));
    for (int i = 0; i < 8; ++i)
        ui.key(GLFW_KEY_EQUAL, true);
    REQUIRE(ui.view.zoom == 3.0f);
    CHECK_FALSE(action_enabled(ui.session, ui.view, Action::ZoomIn));
    CHECK(action_enabled(ui.session, ui.view, Action::ZoomOut));
    // Chosen from the menu while greyed out: nothing happens, the menu stays.
    REQUIRE(ui.click_menu(t(ui, "menu.view")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.zoom_in")));
    CHECK(ui.view.zoom == 3.0f);
    CHECK(ui.drawn_window("##Menu_") != nullptr);
    ui.key(GLFW_KEY_ESCAPE);
    ui.key(GLFW_KEY_ESCAPE);

    // Undo with nothing done: greyed out; the shortcut changes nothing but says why.
    CHECK_FALSE(action_enabled(ui.session, ui.view, Action::Undo));
    REQUIRE(ui.click_menu(t(ui, "menu.edit")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.undo")));
    CHECK(ui.view.commands.empty());
    CHECK(ui.view.notice.text.empty());
    ui.key(GLFW_KEY_ESCAPE);
    ui.key(GLFW_KEY_ESCAPE);
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.log.empty());
    CHECK(ui.view.notice.text == t(ui, "refusal.nothing_to_undo"));

    // Once something is done, the same item undoes it.
    REQUIRE(perform(ui.session, Move{"C0", "later", 0}, "t") == Refusal::None);
    ui.frame();
    CHECK(action_enabled(ui.session, ui.view, Action::Undo));
    REQUIRE(ui.click_menu(t(ui, "menu.edit")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.undo")));
    CHECK(ui.ids("later").empty());
}

TEST_CASE("File > Quit and Ctrl+Q, and F11, are requests for the app, in the one channel")
{
    Ui ui(make_deck(6));
    ui.key(GLFW_KEY_Q, true);
    CHECK(ui.count<CloseRequest>() == 1);
    REQUIRE(ui.click_menu(t(ui, "menu.file")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.quit")));
    CHECK(ui.count<CloseRequest>() == 2);
    ui.key(GLFW_KEY_F11);
    REQUIRE(ui.last<FullScreenRequest>() != nullptr);
    CHECK(ui.last<FullScreenRequest>()->on);
    // Nothing of it is an edit of the board.
    CHECK(ui.session.log.empty());
}
