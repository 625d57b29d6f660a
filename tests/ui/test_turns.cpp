// Turns on this screen: the laptop goes round, every participant ranks on a
// private board, "Klaar" gives the ballot and hides it at once, and the next
// participant's board shows nothing of the earlier ones.
#include <doctest/doctest.h>

#include "core/comparison_lanes.h"
#include "core/convergence.h"
#include "ui/marks.h"
#include "ui/turn_view.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;

namespace {

void enter(Ui& ui, bool ctrl = false) { ui.key(GLFW_KEY_ENTER, ctrl); }

const CardRect* turn_card(const Ui& ui, const std::string& id)
{
    int card = find_card(ui.session.deck, id);
    for (const CardRect& r : ui.view.turn->view.card_rects)
        if (r.card == card)
            return &r;
    return nullptr;
}

const LaneRect* turn_lane(const Ui& ui, const std::string& lane)
{
    for (const LaneRect& r : ui.view.turn->view.lane_rects)
        if (r.lane == lane)
            return &r;
    return nullptr;
}

bool inside(const CardRect& card, const LaneRect& lane)
{
    return lane.min.x <= card.min.x && card.max.x <= lane.max.x && lane.min.y <= card.min.y && card.max.y <= lane.max.y;
}

ImVec2 centre(ImVec2 min, ImVec2 max) { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }

// The cards drawn this frame on the private board, and how many lie on its pile.
int drawn_on_pile(const Ui& ui)
{
    const LaneRect* pile = turn_lane(ui, "");
    REQUIRE(pile);
    int n = 0;
    for (const CardRect& r : ui.view.turn->view.card_rects) n += inside(r, *pile);
    return n;
}

}  // namespace

TEST_CASE("turns on this screen: a private board per participant, nothing of an earlier ballot drawn, Klaar hides it")
{
    Ui ui(make_deck(4));
    // Something on the shared board that a participant must not see.
    ui.session.board.pile = {3};
    ui.session.board.lanes[0].cards = {0, 1};
    ui.session.board.lanes[1].cards = {2};
    ui.key(GLFW_KEY_R, true);
    enter(ui);  // a full ranking, anonymous
    REQUIRE(ui.session.rounds.size() == 1);

    ui.key(GLFW_KEY_T, true);
    REQUIRE(ui.view.screen == Screen::Turns);
    CHECK_FALSE(ui.view.turn);
    ui.frame();
    CHECK(ui.view.card_rects.empty());  // the shared board is not drawn

    // Participant 1, from the keyboard alone: Tab picks, 1 lays it in the lane.
    enter(ui);
    REQUIRE(ui.view.turn);
    CHECK(ui.view.turn->number == 1);
    CHECK(ui.view.card_rects.empty());
    CHECK(ui.view.turn->view.card_rects.size() == 4);
    CHECK(drawn_on_pile(ui) == 4);
    for (int i = 0; i < 4; ++i) {
        ui.key(GLFW_KEY_TAB);
        ui.key(GLFW_KEY_1);
    }
    const Lane& mine = ui.view.turn->draft.board.lanes[0];
    CHECK(mine.cards == std::vector<int>{0, 1, 2, 3});
    // Ctrl+Up moves the last card up: C0 C1 C3 C2. Undo inside the turn is the turn's.
    ui.key(GLFW_KEY_UP, true);
    CHECK(ui.view.turn->draft.board.lanes[0].cards == std::vector<int>{0, 1, 3, 2});
    std::size_t session_steps = ui.session.history.done.size();
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.view.turn->draft.board.lanes[0].cards == std::vector<int>{0, 1, 2, 3});
    ui.key(GLFW_KEY_Y, true);
    CHECK(ui.session.history.done.size() == session_steps);
    CHECK(ui.session.rounds[0].ballots.empty());  // nothing given until Klaar

    enter(ui, true);  // Klaar
    REQUIRE(ui.session.rounds[0].ballots.size() == 1);
    CHECK(ui.session.rounds[0].ballots[0].groups == BallotGroups{{"C0", "C1", "C3", "C2"}});
    CHECK(ui.session.rounds[0].ballots[0].source == BallotSource::Turn);
    CHECK(ui.session.rounds[0].ballots[0].voter.empty());
    CHECK_FALSE(ui.view.turn);  // hidden at once
    CHECK(ui.view.card_rects.empty());

    // Participant 2: a fresh board, every card on its pile, its lane empty.
    enter(ui);
    REQUIRE(ui.view.turn);
    CHECK(ui.view.turn->number == 2);
    ui.frame();
    CHECK(ui.view.turn->view.card_rects.size() == 4);
    CHECK(drawn_on_pile(ui) == 4);
    const LaneRect* lane = turn_lane(ui, "ballot");
    REQUIRE(lane);
    for (const CardRect& r : ui.view.turn->view.card_rects) CHECK_FALSE(inside(r, *lane));
    // The lanes are the round's: no lane menu, by right-click on the title or by Shift+F10.
    ui.click(ImVec2(lane->min.x + 40.0f, lane->min.y + 12.0f), 1);
    ui.frame();
    CHECK_FALSE(ui.popup_open());
    ui.key(GLFW_KEY_TAB);
    ui.key(GLFW_KEY_F10, false, true);
    ui.frame();
    CHECK_FALSE(ui.popup_open());
    ui.key(GLFW_KEY_ESCAPE);  // lets go of the card Tab picked
    REQUIRE(ui.view.turn);

    // By mouse this time; not whole yet, so Klaar gives nothing.
    ui.drag(centre(turn_card(ui, "C2")->min, turn_card(ui, "C2")->max), centre(lane->min, lane->max));
    CHECK(ui.view.turn->draft.board.lanes[0].cards == std::vector<int>{2});
    enter(ui, true);
    CHECK(ui.session.rounds[0].ballots.size() == 1);
    REQUIRE(ui.view.turn);
    for (const char* id : {"C0", "C3", "C1"}) {
        const CardRect* card = turn_card(ui, id);
        REQUIRE(card);
        ui.drag(centre(card->min, card->max), ImVec2((lane->min.x + lane->max.x) * 0.5f, lane->max.y - 20.0f));
    }
    CHECK(ui.view.turn->draft.board.lanes[0].cards == std::vector<int>{2, 0, 3, 1});
    CHECK(ui.session.board.lanes[0].cards == std::vector<int>{0, 1});  // the shared board is as it was
    enter(ui, true);
    REQUIRE(ui.session.rounds[0].ballots.size() == 2);
    CHECK(ui.session.rounds[0].ballots[1].groups == BallotGroups{{"C2", "C0", "C3", "C1"}});

    // The facilitator ends the round from the screen between turns: back to the board.
    ui.frame();
    CHECK(ui.click_item("##board", "Close the round"));
    ui.frame();
    CHECK_FALSE(ui.session.rounds[0].open);
    CHECK(ui.view.screen == Screen::Board);
    CHECK(ui.view.card_rects.size() == 4);
}

TEST_CASE("a named round's turn asks the name first; a top k turn takes k cards; an abandoned turn gives nothing")
{
    Ui ui(make_deck(5));
    ui.key(GLFW_KEY_R, true);
    ui.view.rounds.form = static_cast<int>(BallotForm::Top);
    ui.view.rounds.top = 2;
    ui.view.rounds.anonymous = false;
    ui.frame();
    enter(ui);
    REQUIRE(ui.session.rounds.size() == 1);
    ui.key(GLFW_KEY_T, true);
    ui.frame();
    enter(ui);  // no name yet: no turn
    CHECK_FALSE(ui.view.turn);
    ui.frame();  // the field has the keyboard again
    ui.type("Els");
    enter(ui);
    REQUIRE(ui.view.turn);
    CHECK(ui.view.turn->voter == "Els");
    CHECK(ui.view.turn->draft.board.lanes[0].capacity == 2);
    for (int i = 0; i < 3; ++i) {
        ui.key(GLFW_KEY_TAB);
        ui.key(GLFW_KEY_1);  // the third is refused: the lane holds two
    }
    CHECK(ui.view.turn->draft.board.lanes[0].cards.size() == 2);
    enter(ui, true);
    REQUIRE(ui.session.rounds[0].ballots.size() == 1);
    CHECK(ui.session.rounds[0].ballots[0].voter == "Els");
    CHECK(ui.session.rounds[0].ballots[0].groups.size() == 1);
    CHECK(ui.session.rounds[0].ballots[0].groups[0].size() == 2);

    // The next participant starts and abandons: nothing is given.
    ui.frame();
    ui.type("Jan");
    enter(ui);
    REQUIRE(ui.view.turn);
    CHECK(ui.view.turn->number == 2);
    ui.key(GLFW_KEY_TAB);
    ui.key(GLFW_KEY_1);
    CHECK(ui.click_id(ImGui::FindWindowByName("##board")->GetID("Abandon the turn")));
    CHECK_FALSE(ui.view.turn);
    CHECK(ui.session.rounds[0].ballots.size() == 1);
    // Turns end with the round: Ctrl+T does nothing then.
    ui.view.commands.push_back(CloseRound{0});
    ui.frame();
    ui.frame();
    CHECK(ui.view.screen == Screen::Board);
    ui.key(GLFW_KEY_T, true);
    CHECK(ui.view.screen == Screen::Board);
}

TEST_CASE("the reveal of a second round says whether the group converged, in participants' words")
{
    Ui ui(make_deck(10, {{"now", "Now", 0, true}}));
    enable_marks(true);
    // Round 1 far apart, round 2 close together.
    for (const auto& ballots : {std::vector<std::string>{"C0 C1 C2 C3 C4 C5 C6 C7 C8 C9", "C9 C8 C7 C6 C5 C4 C3 C2 C1 C0", "C4 C5 C3 C6 C2 C7 C1 C8 C0 C9"},
                                std::vector<std::string>{"C0 C1 C2 C3 C4 C5 C6 C7 C8 C9", "C0 C1 C2 C3 C4 C5 C6 C7 C9 C8", "C1 C0 C2 C3 C4 C5 C6 C7 C8 C9"}}) {
        ui.key(GLFW_KEY_R, true);
        enter(ui);
        ui.key(GLFW_KEY_B, true);
        for (const std::string& ballot : ballots) {
            ui.type(ballot);
            enter(ui);
            ui.frame();
        }
        ui.key(GLFW_KEY_ESCAPE);
        ui.key(GLFW_KEY_R, true, true);
        ui.view.screen = Screen::Board;
    }
    REQUIRE(ui.session.rounds.size() == 2);
    REQUIRE(ui.session.rounds[1].revealed);
    ui.comparison = round_comparison(ui.session.deck, ui.session.rounds[1], ui.session.language);
    ui.view.councils.round = 1;
    ui.view.screen = Screen::Compare;
    ui.frame();
    bool shown = false;
    for (const Mark& m : marks()) shown = shown || m.name == "convergence";
    CHECK(shown);
    Convergence c = round_convergence(ui.session.deck, ui.session.rounds[0], ui.session.rounds[1]);
    CHECK(c.w_after > c.w_before);
    CHECK_FALSE(c.shrank.empty());
    // The first round has no earlier one: no line.
    ui.comparison = round_comparison(ui.session.deck, ui.session.rounds[0], ui.session.language);
    ui.view.councils.round = 0;
    ui.frame();
    shown = false;
    for (const Mark& m : marks()) shown = shown || m.name == "convergence";
    CHECK_FALSE(shown);

    // A card opened for the discussion: how many gave it each rank, and each participant's rank, no notes column.
    ui.view.councils.detail = 0;
    ui.frame();
    ui.frame();
    shown = false;
    for (const Mark& m : marks()) shown = shown || m.name == "rank_spread";
    CHECK(shown);
    CHECK(ranks_given(*ui.comparison, 0) == std::vector<int>{0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1});  // C0: 1st, 10th, 9th
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.view.councils.detail == -1);
    enable_marks(false);
}
