#include <doctest/doctest.h>

#include "card_deck.h"
#include "core/session_rounds.h"

using namespace prio;

namespace {

Session workshop()
{
    return make_session(test::card_deck({"A", "B", "C", "D"}, {{"nu", "Nu", 1, true}, {"later", "Later", 0, true}}));
}

Round asked(BallotForm form, bool anonymous = true)
{
    Round r;
    r.question = "Rangschik de principes";
    r.shape.form = form;
    r.shape.top = 2;
    r.shape.lanes = workshop().deck.lanes;
    r.anonymous = anonymous;
    return r;
}

std::vector<RoundEvent> events(const Session& s)
{
    std::vector<RoundEvent> out;
    for (const LogEntry& e : s.log)
        if (const auto* r = std::get_if<RoundEvent>(&e.what)) out.push_back(*r);
    return out;
}

}  // namespace

TEST_CASE("a round begins, takes clean ballots at once, ends and is revealed, each step logged and autosaved")
{
    Session s = workshop();
    std::uint64_t revision = s.revision;
    int r = start_round(s, asked(BallotForm::Full), "t0");
    REQUIRE(r == 0);
    CHECK(open_round(s) == 0);
    CHECK(s.rounds[0].opened == "t0");
    CHECK(s.revision > revision);

    revision = s.revision;
    CHECK(give_ballot(s, r, {{"d", "A", "c", "B"}}, "An", BallotSource::Paper, "t1").clean());
    CHECK(s.revision > revision);  // the autosave sees it at once
    REQUIRE(s.rounds[0].ballots.size() == 1);
    CHECK(s.rounds[0].ballots[0].groups == BallotGroups{{"D", "A", "C", "B"}});  // the deck's own codes
    CHECK(s.rounds[0].ballots[0].voter.empty());  // anonymous: no name kept, whatever was given

    // A ballot with problems changes nothing.
    revision = s.revision;
    CheckedBallot bad = give_ballot(s, r, {{"A", "A"}}, "", BallotSource::Turn, "t2");
    CHECK_FALSE(bad.clean());
    CHECK(s.rounds[0].ballots.size() == 1);
    CHECK(s.revision == revision);

    // Another round cannot begin while this one is open.
    CHECK(start_round(s, asked(BallotForm::Top), "t3") == -1);
    CHECK(reveal_round(s, r, "t4"));
    CHECK_FALSE(s.rounds[0].open);
    CHECK(s.rounds[0].revealed);
    CHECK(s.rounds[0].closed == "t4");
    CHECK_FALSE(reveal_round(s, r, "t5"));

    // Closed: a late ballot (a phone) is refused and says why.
    CheckedBallot late = give_ballot(s, r, {{"A", "B", "C", "D"}}, "", BallotSource::Phone, "t6");
    REQUIRE(late.problems.size() == 1);
    CHECK(late.problems[0].fault == BallotFault::Closed);
    CHECK(ballot_problem_text(late.problems[0], "nl") == "De ronde is gesloten: ze neemt geen stemmen meer aan.");
    CHECK(s.rounds[0].ballots.size() == 1);

    std::vector<RoundEvent> log = events(s);
    REQUIRE(log.size() == 4);
    CHECK(log[0] == RoundEvent{RoundStep::Started, 1, 0});
    CHECK(log[1] == RoundEvent{RoundStep::Ballot, 1, 1});
    CHECK(log[2] == RoundEvent{RoundStep::Closed, 1, 0});
    CHECK(log[3] == RoundEvent{RoundStep::Revealed, 1, 0});

    // The next round begins now, and keeps what its form uses only.
    CHECK(start_round(s, asked(BallotForm::Top, false), "t7") == 1);
    CHECK(s.rounds[1].shape.top == 2);
    CHECK(s.rounds[1].shape.lanes.empty());
    CHECK(give_ballot(s, 1, {{"B", "A"}}, "Bea", BallotSource::Turn, "t8").clean());
    CHECK(s.rounds[1].ballots[0].voter == "Bea");  // a named round keeps the name
    CHECK(close_round(s, 1, "t9"));
    CHECK_FALSE(close_round(s, 1, "t9"));
    CHECK_FALSE(close_round(s, 7, "t9"));
}

TEST_CASE("a lanes round checks each lane's capacity as the board had it when the round began")
{
    Session s = workshop();
    int r = start_round(s, asked(BallotForm::Lanes), "t0");
    CheckedBallot over = give_ballot(s, r, {{"A", "B"}, {"C"}}, "", BallotSource::Turn, "t1");
    REQUIRE(over.problems.size() == 1);
    CHECK(over.problems[0].fault == BallotFault::OverCapacity);
    CHECK(give_ballot(s, r, {{"A"}, {"C", "B"}}, "", BallotSource::Turn, "t2").clean());
    CHECK(s.rounds[0].ballots[0].groups == BallotGroups{{"A"}, {"C", "B"}});
}

TEST_CASE("a ballot given again replaces the one it names: the round holds one ballot per phone")
{
    Session s = workshop();
    int r = start_round(s, asked(BallotForm::Full), "t0");
    REQUIRE(give_ballot(s, r, {{"A", "B", "C", "D"}}, "", BallotSource::Phone, "t1").clean());
    REQUIRE(give_ballot(s, r, {{"B", "A", "C", "D"}}, "", BallotSource::Turn, "t2").clean());
    std::uint64_t revision = s.revision;
    REQUIRE(give_ballot(s, r, {{"D", "C", "B", "A"}}, "", BallotSource::Phone, "t3", 1).clean());
    CHECK(s.revision > revision);
    REQUIRE(s.rounds[0].ballots.size() == 2);
    CHECK(s.rounds[0].ballots[0].groups == BallotGroups{{"D", "C", "B", "A"}});
    CHECK(s.rounds[0].ballots[0].time == "t3");
    CHECK(s.rounds[0].ballots[1].groups == BallotGroups{{"B", "A", "C", "D"}});
    CHECK(events(s).back() == RoundEvent{RoundStep::Ballot, 1, 1, true});

    // A bad replacement keeps the earlier ballot.
    CHECK_FALSE(give_ballot(s, r, {{"D", "D"}}, "", BallotSource::Phone, "t4", 1).clean());
    CHECK(s.rounds[0].ballots[0].groups == BallotGroups{{"D", "C", "B", "A"}});
    // After the close nothing is replaced.
    close_round(s, r, "t5");
    CHECK_FALSE(give_ballot(s, r, {{"A", "B", "C", "D"}}, "", BallotSource::Phone, "t6", 1).clean());
    CHECK(s.rounds[0].ballots[0].groups == BallotGroups{{"D", "C", "B", "A"}});
}
