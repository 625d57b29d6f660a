// What the window does with the model's seams: a refused undo is reported
// as a bug, and changes outside the board reach the decision log.
#include <doctest/doctest.h>

#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;
using prio::test::t;

TEST_CASE("Ctrl+Z says nothing is left to undo, and an undo the board refuses is reported as a bug")
{
    Ui ui(make_deck(4));
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.view.notice.text == t(ui, "refusal.nothing_to_undo"));

    REQUIRE(perform(ui.session, Move{"C0", "later", 0}, "t1") == Refusal::None);
    ui.session.history.done.back().inverse = Move{"C0", "gone", 0};  // only a bug in apply() makes this
    Board before = ui.session.board;
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.view.notice.text == t(ui, "refusal.replay_bug"));
    CHECK(ui.session.board == before);
    CHECK(ui.session.log.size() == 1);
}

TEST_CASE("a change of language is a decision-log entry")
{
    Ui ui(make_deck(4));
    REQUIRE(ui.session.language == "en");
    wish(ui.view, SetLanguage{"nl"});
    ui.frame();
    REQUIRE(ui.session.language == "nl");
    REQUIRE(ui.session.log.size() == 1);
    CHECK(std::get<LanguageChange>(ui.session.log[0].what) == LanguageChange{"en", "nl"});
}
