#include <doctest/doctest.h>

#include "card_deck.h"

#include <random>

#include "core/ballot.h"

using namespace prio;

namespace {

// Six cards with the codes a deck of principles has (K1 K2 O1 O2 I1 S1).
Deck six()
{
    return test::card_deck({"K1", "K2", "O1", "O2", "I1", "S1"}, {{"nu", "Nu", 2, true}, {"straks", "Straks", 0, true}, {"niet", "Niet", 0, false}});
}

BallotShape in_lanes(const Deck& d)
{
    BallotShape s;
    s.form = BallotForm::Lanes;
    s.lanes = d.lanes;
    return s;
}

BallotShape full() { return {}; }

BallotShape top(int k)
{
    BallotShape s;
    s.form = BallotForm::Top;
    s.top = k;
    return s;
}

std::vector<BallotFault> faults(const CheckedBallot& b)
{
    std::vector<BallotFault> out;
    for (const BallotProblem& p : b.problems) out.push_back(p.fault);
    return out;
}

}  // namespace

TEST_CASE("a clean full ranking: codes in any case, spaces, commas and semicolons between them")
{
    Deck d = six();
    CheckedBallot b = read_paper_ballot(d, full(), "o2, k1;K2  i1\ts1 ; O1");
    CHECK(b.clean());
    REQUIRE(b.groups.size() == 1);
    CHECK(b.groups[0] == std::vector<int>{3, 0, 1, 4, 5, 2});
    // Lane marks mean nothing in a full ranking: the order is what counts.
    CHECK(read_paper_ballot(d, full(), "O2 K1 |\nK2 | I1\n\nS1 O1").groups[0] == b.groups[0]);
}

TEST_CASE("lanes end at | and at the end of a line that named a card; | | leaves a lane empty")
{
    Deck d = six();
    BallotShape shape = in_lanes(d);
    CheckedBallot b = read_paper_ballot(d, shape, "K1 K2 | O1");
    CHECK(b.clean());
    CHECK(b.groups == std::vector<std::vector<int>>{{0, 1}, {2}, {}});

    // A | at the end of a line, and an empty line, make no empty lane.
    CHECK(read_paper_ballot(d, shape, "K1 K2 |\nO1\n\nS1\n").groups == std::vector<std::vector<int>>{{0, 1}, {2}, {5}});
    // Two | in a row do, and so does a | before any card.
    CHECK(read_paper_ballot(d, shape, "K1 | | S1").groups == std::vector<std::vector<int>>{{0}, {}, {5}});
    CHECK(read_paper_ballot(d, shape, "| K1").groups == std::vector<std::vector<int>>{{}, {0}, {}});
    CHECK(read_paper_ballot(d, shape, "K1\n|\nS1").groups == std::vector<std::vector<int>>{{0}, {}, {5}});
    // Cards a lanes ballot leaves out stay on the pile: not a problem.
    CHECK(read_paper_ballot(d, shape, "").clean());
}

TEST_CASE("an unknown code is named with its line and column, and nothing of it is kept")
{
    Deck d = six();
    CheckedBallot b = read_paper_ballot(d, in_lanes(d), "K1 K2\nO1 K33 x");
    CHECK_FALSE(b.clean());
    REQUIRE(b.problems.size() == 2);
    CHECK(b.problems[0].fault == BallotFault::Unknown);
    CHECK(b.problems[0].code == "K33");
    CHECK(b.problems[0].line == 2);
    CHECK(b.problems[0].column == 4);
    CHECK(b.problems[1].code == "x");
    CHECK(b.problems[1].column == 8);
    CHECK(b.groups[1] == std::vector<int>{2});
    CHECK(ballot_problem_text(b.problems[0], "nl") == "regel 2: K33 is geen kaart van deze set");
    CHECK(ballot_problem_text(b.problems[0], "en") == "line 2: K33 is not a card of this deck");
    // Columns count characters, not bytes.
    CHECK(read_paper_ballot(d, full(), "é K9").problems[1].column == 3);
}

TEST_CASE("a card named twice is a duplicate, whatever its case, and says where it was first")
{
    Deck d = six();
    CheckedBallot b = read_paper_ballot(d, full(), "K1 K2 O1\nO2 I1 k1 S1");
    REQUIRE(faults(b) == std::vector{BallotFault::Duplicate});
    CHECK(b.problems[0].code == "k1");
    CHECK(b.problems[0].line == 2);
    CHECK(b.problems[0].first_line == 1);
    CHECK(ballot_problem_text(b.problems[0], "nl") == "regel 2: k1 staat er al (regel 1)");
}

TEST_CASE("a full ranking names every card: each missing one is a problem, in deck order")
{
    Deck d = six();
    CheckedBallot b = read_paper_ballot(d, full(), "S1 K1 O2");
    REQUIRE(faults(b) == std::vector{BallotFault::Missing, BallotFault::Missing, BallotFault::Missing});
    CHECK(b.problems[0].code == "K2");
    CHECK(b.problems[1].code == "O1");
    CHECK(b.problems[2].code == "I1");
    CHECK(b.problems[0].line == 0);
    CHECK(ballot_problem_text(b.problems[0], "en") == "K2 is missing: a full ranking names every card");
    // A lanes ballot and a top k do not need every card.
    CHECK(read_paper_ballot(d, top(3), "S1 K1 O2").clean());
}

TEST_CASE("a top k names exactly k cards")
{
    Deck d = six();
    CheckedBallot many = read_paper_ballot(d, top(2), "K1 K2 O1 O2");
    REQUIRE(faults(many) == std::vector{BallotFault::TooMany});  // once, at the first too many
    CHECK(many.problems[0].code == "O1");
    CHECK(many.groups[0] == std::vector<int>{0, 1});
    CHECK(ballot_problem_text(many.problems[0], "nl") == "regel 1: O1 is er een te veel: de top 2 noemt er 2");

    CheckedBallot few = read_paper_ballot(d, top(3), "K1");
    REQUIRE(faults(few) == std::vector{BallotFault::TooFew});
    CHECK(few.problems[0].given == 1);
    CHECK(ballot_problem_text(few.problems[0], "en") == "1 cards named: the top 3 names 3");
}

TEST_CASE("a lane holds no more than its capacity, and the board no more lanes than it has")
{
    Deck d = six();
    CheckedBallot b = read_paper_ballot(d, in_lanes(d), "K1 K2 O1 O2 | I1");
    REQUIRE(faults(b) == std::vector{BallotFault::OverCapacity});  // once per lane
    CHECK(b.problems[0].code == "O1");
    CHECK(b.problems[0].lane == 1);
    CHECK(b.problems[0].limit == 2);
    CHECK(ballot_problem_text(b.problems[0], "nl") == "regel 1: O1 past niet meer in baan 1 (Nu), die 2 kaarten houdt");

    CheckedBallot lanes = read_paper_ballot(d, in_lanes(d), "K1 | K2 | O1 | O2 I1");
    REQUIRE(faults(lanes) == std::vector{BallotFault::TooManyLanes});
    CHECK(lanes.problems[0].code == "O2");
    CHECK(lanes.problems[0].lane == 4);
    CHECK(ballot_problem_text(lanes.problems[0], "en") == "line 1: O2 is in lane 4, but the board has 3 lanes");
    // An unknown code takes no place in a lane.
    CHECK(read_paper_ballot(d, in_lanes(d), "K1 X9 K2 | O1").problems.size() == 1);
}

TEST_CASE("any text gives groups of distinct deck cards within the shape, or problems; never both wrong")
{
    Deck d = six();
    std::mt19937 rng(7);
    const char* pieces[] = {"K1", "k2", "O1", "o2", "I1", "S1", "X", "|", "\n", " ", ",", ";", "\t", "é", "K1K2", ""};
    for (int trial = 0; trial < 2000; ++trial) {
        std::string text;
        int n = static_cast<int>(rng() % 14);
        for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
        for (BallotShape shape : {full(), top(3), in_lanes(d)}) {
            CAPTURE(text);
            CheckedBallot b = read_paper_ballot(d, shape, text);
            std::vector<int> seen(d.cards.size(), 0);
            for (std::size_t g = 0; g < b.groups.size(); ++g) {
                for (int c : b.groups[g]) ++seen[static_cast<std::size_t>(c)];
                if (shape.form == BallotForm::Lanes && shape.lanes[g].capacity > 0)
                    CHECK(static_cast<int>(b.groups[g].size()) <= shape.lanes[g].capacity);
            }
            for (int s : seen) CHECK(s <= 1);
            if (b.clean() && shape.form == BallotForm::Full)
                CHECK(b.groups[0].size() == d.cards.size());
            if (b.clean() && shape.form == BallotForm::Top)
                CHECK(b.groups[0].size() == 3u);
        }
    }
}

TEST_CASE("a ballot given as groups of codes (a turn, a phone) gets the same check, without lines")
{
    Deck d = six();
    CheckedBallot ok = check_ballot(d, in_lanes(d), {{"K1", "k2"}, {}, {"S1"}});
    CHECK(ok.clean());
    CHECK(ok.groups == std::vector<std::vector<int>>{{0, 1}, {}, {5}});

    CheckedBallot bad = check_ballot(d, in_lanes(d), {{"K1", "K2", "O1"}, {"K1", "Z"}, {}, {"S1"}});
    REQUIRE(faults(bad) == std::vector{BallotFault::OverCapacity, BallotFault::Duplicate, BallotFault::Unknown, BallotFault::TooManyLanes});
    for (const BallotProblem& p : bad.problems) CHECK(p.line == 0);
    CHECK(ballot_problem_text(bad.problems[1], "nl") == "K1 staat er twee keer in");
    CHECK(ballot_problem_text(bad.problems[2], "en") == "Z is not a card of this deck");
    CHECK(ballot_problem_text(bad.problems[3], "nl") == "S1 staat in baan 4, maar het bord heeft 3 banen");
    CHECK(check_ballot(d, full(), {{"K1", "K2", "O1", "O2", "I1"}}).problems.size() == 1);
}
