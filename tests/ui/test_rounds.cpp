// Rounds from the keyboard alone: Ctrl+R begins one, Ctrl+B takes ballots
// typed from the paper deck (refused until clean), Ctrl+Shift+R reveals.
#include <doctest/doctest.h>

#include "core/session_rounds.h"
#include "ui/board_parts.h"
#include "ui/marks.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;

namespace {

void enter(Ui& ui) { ui.key(GLFW_KEY_ENTER); }

}  // namespace

TEST_CASE("a round from the keyboard: begin it, type paper ballots until each is clean, reveal it")
{
    Ui ui(make_deck(4));
    ui.key(GLFW_KEY_R, true);
    REQUIRE(ui.view.files.dialog == SessionDialog::Round);
    enter(ui);  // a full ranking, anonymous: the defaults
    REQUIRE(ui.session.rounds.size() == 1);
    const Round& round = ui.session.rounds[0];
    CHECK(round.open);
    CHECK(round.anonymous);
    CHECK(round.question == "Rank the principles");
    CHECK(round.shape.form == BallotForm::Full);
    CHECK(ui.view.files.dialog == SessionDialog::None);

    // No second round while this one is open: the shortcut does nothing.
    ui.key(GLFW_KEY_R, true);
    CHECK(ui.view.files.dialog == SessionDialog::None);
    CHECK(ui.session.rounds.size() == 1);

    ui.key(GLFW_KEY_B, true);
    REQUIRE(ui.view.files.dialog == SessionDialog::Paper);
    ui.type("c2 C0 C9");
    enter(ui);  // not clean (C9 is no card, C1 and C3 are missing): nothing is taken
    CHECK(ui.session.rounds[0].ballots.empty());
    CHECK(ui.view.rounds.paper == "c2 C0 C9");
    CHECK(ui.view.files.dialog == SessionDialog::Paper);

    ui.frame();
    CHECK(ImGui::GetActiveID() != 0);  // the keyboard is back in the field
    ui.key(GLFW_KEY_A, true);             // select all, and type it anew
    ui.type("c2 C0, C3; c1");
    enter(ui);
    REQUIRE(ui.session.rounds[0].ballots.size() == 1);
    CHECK(ui.session.rounds[0].ballots[0].groups == BallotGroups{{"C2", "C0", "C3", "C1"}});
    CHECK(ui.session.rounds[0].ballots[0].source == BallotSource::Paper);
    // The dialog stays for the next ballot, its field empty and with the keyboard.
    CHECK(ui.view.files.dialog == SessionDialog::Paper);
    CHECK(ui.view.rounds.paper.empty());
    ui.frame();
    ui.type("C0 C1 C2 C3");
    enter(ui);
    CHECK(ui.session.rounds[0].ballots.size() == 2);
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.view.files.dialog == SessionDialog::None);

    ui.key(GLFW_KEY_R, true, true);
    CHECK_FALSE(ui.session.rounds[0].open);
    CHECK(ui.session.rounds[0].revealed);
    // Ctrl+B has nothing to take ballots into now.
    ui.key(GLFW_KEY_B, true);
    CHECK(ui.view.files.dialog == SessionDialog::None);
}

TEST_CASE("a lanes round from the menu's dialog: the board's lanes with their capacities hold for every ballot")
{
    Ui ui(make_deck(5));
    ui.key(GLFW_KEY_R, true);
    ui.view.rounds.form = static_cast<int>(BallotForm::Lanes);
    ui.view.rounds.anonymous = false;
    ui.frame();
    enter(ui);
    REQUIRE(ui.session.rounds.size() == 1);
    CHECK(ui.session.rounds[0].shape.lanes.size() == 3);
    CHECK_FALSE(ui.session.rounds[0].anonymous);

    ui.key(GLFW_KEY_B, true);
    REQUIRE(ui.view.files.dialog == SessionDialog::Paper);
    ui.type("An");  // a named round: the name first
    ui.key(GLFW_KEY_TAB);
    ui.type("C0 C1 C2 | C3");  // "Now" holds 2
    enter(ui);
    CHECK(ui.session.rounds[0].ballots.empty());
    ui.frame();
    ui.key(GLFW_KEY_A, true);
    ui.type("C0 C1 | C3 | C2");
    enter(ui);
    REQUIRE(ui.session.rounds[0].ballots.size() == 1);
    CHECK(ui.session.rounds[0].ballots[0].voter == "An");
    CHECK(ui.session.rounds[0].ballots[0].groups == BallotGroups{{"C0", "C1"}, {"C3"}, {"C2"}});
    // The log says a ballot came, not whose.
    CHECK(std::get<RoundEvent>(ui.session.log.back().what) == RoundEvent{RoundStep::Ballot, 1, 1});
}

TEST_CASE("the reveal shows the round on the comparison screen; Apply to the board is one undo step")
{
    Ui ui(make_deck(4, {{"now", "Now", 2, true}, {"later", "Later", 0, true}}));
    ui.key(GLFW_KEY_R, true);
    enter(ui);  // a full ranking
    ui.key(GLFW_KEY_B, true);
    for (const char* ballot : {"C3 C1 C0 C2", "C3 C0 C1 C2", "C1 C3 C2 C0"}) {
        ui.type(ballot);
        enter(ui);
        ui.frame();
    }
    REQUIRE(ui.session.rounds[0].ballots.size() == 3);
    ui.key(GLFW_KEY_ESCAPE);

    ui.key(GLFW_KEY_R, true, true);  // reveal
    CHECK(ui.session.rounds[0].revealed);
    const ShowRoundRequest* show = ui.last<ShowRoundRequest>();
    REQUIRE(show);
    CHECK(show->round == 0);
    // The app's part: the round's comparison beside the session.
    ui.comparison = round_comparison(ui.session.deck, ui.session.rounds[0], ui.session.language);
    ui.view.councils.round = 0;
    ui.view.screen = Screen::Compare;
    ui.frame();
    ui.frame();
    CHECK(ui.view.screen == Screen::Compare);
    REQUIRE(ui.view.councils.rows.size() == 4);
    CHECK(ui.view.councils.rows[0].code == "C3");  // ranks 1, 1, 2: first by Borda
    CHECK(ui.comparison->all.concordance.w > 0.5);

    Board before = ui.session.board;
    std::size_t undoable = ui.session.history.done.size();
    ui.key(GLFW_KEY_A, true, true);  // Apply to the board
    CHECK(ui.view.screen == Screen::Board);
    CHECK(ui.ids("now") == prio::test::Ids{"C3", "C1"});
    CHECK(ui.ids("later") == prio::test::Ids{"C0", "C2"});
    CHECK(ui.session.history.done.size() == undoable + 1);  // one undo step
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board == before);
}

TEST_CASE("'With phones' in the round dialog asks the app to serve the round; without it nothing is served")
{
    Ui plain(make_deck(4));
    plain.key(GLFW_KEY_R, true);
    enter(plain);
    REQUIRE(plain.session.rounds.size() == 1);
    CHECK(plain.count<ServePhonesRequest>() == 0);

    Ui ui(make_deck(4));
    ui.key(GLFW_KEY_R, true);
    REQUIRE(ui.view.files.dialog == SessionDialog::Round);
    // The checkbox itself, clicked as a facilitator does.
    ui.frame();  // the dialog settles
    CHECK(ui.click_item("###session_dialog_", std::string(tr("round.phones", "en"))));
    ui.frame();
    CHECK(ui.view.rounds.phones);
    enter(ui);
    REQUIRE(ui.session.rounds.size() == 1);
    REQUIRE(ui.count<ServePhonesRequest>() == 1);
    CHECK(ui.last<ServePhonesRequest>()->round == 0);
    CHECK(ui.last<ServePhonesRequest>()->address.empty());  // the default route's
}

namespace {

// A round begun (Ctrl+R, Enter) whose join panel says it is served at `address`.
PhoneJoin& round_served(Ui& ui, const std::string& address)
{
    ui.key(GLFW_KEY_R, true);
    enter(ui);
    PhoneJoin& join = ui.view.rounds.join;
    join.on = true;
    join.url = "http://" + address + ":40000/r/0123456789abcdef0123456789abcdef/";
    return join;
}

}  // namespace

TEST_CASE("the round screen of a round with phones shows the code, the link and the counts, no card")
{
    Ui ui(make_deck(4));
    PhoneJoin& join = round_served(ui, "192.168.1.5");
    join.code_url = "http://192.168.1.5:40000/j/";
    join.code = "ABCD-EFGH";
    join.qr_size = 21;
    join.qr_dark.assign(21 * 21, false);
    join.qr_dark[0] = true;
    join.joined = 3;
    join.given = 2;
    ui.view.screen = Screen::Turns;
    ui.frame();
    ui.frame();
    CHECK(ui.view.card_rects.empty());
    CHECK(ui.view.screen == Screen::Turns);
    CHECK(ui.view.rounds.close_button[2] > ui.view.rounds.close_button[0]);  // its close button is drawn
}

TEST_CASE("in a named round the join panel says who has given, each once; an anonymous round names nobody")
{
    Round named;
    named.anonymous = false;
    for (const char* voter : {"An", "Bart", "An", "Chris"})
        named.ballots.push_back(Ballot{"t", voter, BallotSource::Phone, {}});
    CHECK(given_names_line(named, "nl") == "Gegeven door: An, Bart, Chris");
    CHECK(given_names_line(named, "en") == "Given by: An, Bart, Chris");
    Round anonymous = named;
    anonymous.anonymous = true;
    CHECK(given_names_line(anonymous, "nl").empty());
    CHECK(given_names_line(Round{}, "nl").empty());
    Round crowd;
    crowd.anonymous = false;
    for (int i = 1; i <= 62; ++i)
        crowd.ballots.push_back(Ballot{"t", "P" + std::to_string(i), BallotSource::Phone, {}});
    std::string line = given_names_line(crowd, "nl");
    CHECK(line.find("P60 en nog 2") != std::string::npos);
    CHECK(line.find("P61") == std::string::npos);

    // Drawn under the counts while the round is served.
    Ui ui(make_deck(4));
    PhoneJoin& join = round_served(ui, "192.168.1.5");
    REQUIRE(open_round(ui.session) >= 0);
    Round& round = ui.session.rounds[static_cast<std::size_t>(open_round(ui.session))];
    round.anonymous = false;
    round.ballots = named.ballots;
    join.joined = 3;
    join.given = 3;
    enable_marks(true);
    ui.view.screen = Screen::Turns;
    ui.frame();
    ui.frame();
    bool drawn = false;
    for (const Mark& m : marks())
        drawn = drawn || m.name == "join_names";
    enable_marks(false);
    CHECK(drawn);
}

TEST_CASE("the facilitator picks another address for the phones: the app is asked to serve there")
{
    Ui ui(make_deck(4));
    PhoneJoin& join = round_served(ui, "127.0.0.1");
    join.address = "127.0.0.1";
    join.addresses = {"192.168.1.5", "127.0.0.1"};
    join.interfaces = {"wlan0", "lo"};
    ui.view.screen = Screen::Turns;
    ui.frame();
    REQUIRE(ui.click_item("##board", "##phone_address"));
    ui.frame();
    REQUIRE(ui.click_item("##Combo_", "192.168.1.5  (wlan0)"));
    REQUIRE(ui.count<ServePhonesRequest>() == 1);
    CHECK(ui.last<ServePhonesRequest>()->address == "192.168.1.5");
    CHECK(ui.last<ServePhonesRequest>()->round == 0);
}

TEST_CASE("Round > With phones too serves an open round that began without them (after a restart)")
{
    Ui ui(make_deck(4));
    ui.key(GLFW_KEY_R, true);
    enter(ui);
    REQUIRE(ui.count<ServePhonesRequest>() == 0);
    REQUIRE(ui.click_menu("Round"));
    REQUIRE(ui.click_item("##Menu_", std::string(tr("menu.round_phones", "en"))));
    REQUIRE(ui.count<ServePhonesRequest>() == 1);
    CHECK(ui.last<ServePhonesRequest>()->round == 0);
    CHECK(ui.view.screen == Screen::Turns);
}
