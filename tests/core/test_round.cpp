#include <doctest/doctest.h>

#include "card_deck.h"

#include "core/comparison_lanes.h"
#include "core/ranking.h"
#include "core/round.h"

using namespace prio;

namespace {

Deck five()
{
    return test::card_deck({"A", "B", "C", "D", "E"}, {{"nu", "Nu", 2, true}, {"later", "Later", 0, true}, {"niet", "Niet", 0, false}});
}

Round round_of(BallotForm form, int top = 0)
{
    Round r;
    r.question = default_question("nl");
    r.shape.form = form;
    r.shape.top = top;
    r.shape.lanes = five().lanes;
    return r;
}

std::vector<std::string> ids_by_rank(const Deck& d, const Board& b)
{
    std::vector<std::string> out;
    for (const RankedCard& r : ranking(b))
        if (r.rank > 0) out.push_back(d.cards[static_cast<std::size_t>(r.card)].id);
    return out;
}

}  // namespace

TEST_CASE("a ballot means a board: a full ranking is one ranked lane, a top k leaves the rest on the pile, lanes are the round's")
{
    Deck d = five();
    CHECK(default_question("nl") == "Rangschik de principes");

    Board full = ballot_board(d, round_of(BallotForm::Full), {"t", "", BallotSource::Paper, {{"C", "A", "E", "B", "D"}}});
    CHECK(ids_by_rank(d, full) == std::vector<std::string>{"C", "A", "E", "B", "D"});
    CHECK(full.pile.empty());

    Board top = ballot_board(d, round_of(BallotForm::Top, 2), {"t", "", BallotSource::Turn, {{"D", "B"}}});
    CHECK(ids_by_rank(d, top) == std::vector<std::string>{"D", "B"});
    CHECK(top.pile == std::vector<int>{0, 2, 4});

    Board lanes = ballot_board(d, round_of(BallotForm::Lanes), {"t", "", BallotSource::Phone, {{"E"}, {"A", "C"}, {"B"}}});
    REQUIRE(lanes.lanes.size() == 3);
    CHECK(lanes.lanes[0].id == "nu");
    CHECK(lanes.lanes[2].cards == std::vector<int>{1});
    CHECK(ids_by_rank(d, lanes) == std::vector<std::string>{"E", "A", "C"});  // "niet" is unranked
    CHECK(lanes.pile == std::vector<int>{3});
    // A card the deck no longer has is left out, not a crash.
    CHECK(ballot_board(d, round_of(BallotForm::Full), {"t", "", BallotSource::Paper, {{"Z", "A"}}}).lanes[0].cards == std::vector<int>{0});
}

TEST_CASE("a round's ballots compared: the consensus of participants, anonymous ones named by number only")
{
    Deck d = five();
    Round r = round_of(BallotForm::Full);
    r.ballots = {{"t1", "", BallotSource::Turn, {{"A", "B", "C", "D", "E"}}},
                 {"t2", "", BallotSource::Paper, {{"A", "C", "B", "D", "E"}}},
                 {"t3", "", BallotSource::Phone, {{"B", "A", "C", "E", "D"}}}};
    Comparison c = round_comparison(d, r, "nl");
    REQUIRE(c.councils.size() == 3);
    CHECK(c.councils[1].name == "Deelnemer 2");
    CHECK(c.all.borda_order.front() == 0);  // A: ranks 1, 1, 2
    // Kendall's W by hand: rank sums A 4, B 6, C 8, D 13, E 14; mean 9;
    // S = 25 + 9 + 1 + 16 + 25 = 76; W = 12 * 76 / (3² * (5³ - 5)) = 0.8444.
    CHECK(c.all.concordance.w == doctest::Approx(912.0 / 1080.0));

    r.anonymous = false;
    r.ballots[0].voter = "An";
    Comparison named = round_comparison(d, r, "en");
    CHECK(named.councils[0].name == "An");
    CHECK(named.councils[1].name == "Participant 2");  // a named round's ballot without a name
}

TEST_CASE("a round's legend names its own lanes: the one ranking of a full ballot, whose cells are ranks alone, or the round's lanes")
{
    Deck d = five();
    Round r = round_of(BallotForm::Full);
    r.ballots = {{"t1", "", BallotSource::Paper, {{"A", "B", "C", "D", "E"}}}, {"t2", "", BallotSource::Paper, {{"B", "A", "C", "D", "E"}}}};
    Comparison c = round_comparison(d, r, "nl");
    std::vector<LaneKey> legend = lane_legend(c);
    REQUIRE(legend.size() == 1);
    CHECK(legend[0].title == "gerangschikt");
    CHECK(heatmap_text(legend, c, 1, 0) == "2");  // the second participant put A second
    CHECK(round_comparison(d, r, "en").deck.lanes[0].title == "ranked");
    CHECK(ranks_given(c, 0) == std::vector<int>{0, 1, 1, 0, 0, 0});  // A: first once, second once

    Round top = round_of(BallotForm::Top, 2);
    top.ballots = {{"t1", "", BallotSource::Paper, {{"C", "A"}}}, {"t2", "", BallotSource::Paper, {{"A", "B"}}}, {"t3", "", BallotSource::Paper, {{"B", "E"}}}};
    CHECK(ranks_given(round_comparison(d, top, "nl"), 0) == std::vector<int>{1, 1, 1, 0, 0, 0});  // A: 2nd, 1st, outside t3's top

    Round lanes = round_of(BallotForm::Lanes);
    lanes.ballots = {{"t1", "", BallotSource::Paper, {{"A", "B"}, {"C"}, {"D", "E"}}}};
    Comparison by_lane = round_comparison(d, lanes, "nl");
    std::vector<LaneKey> keys = lane_legend(by_lane);
    REQUIRE(keys.size() == 3);
    CHECK(keys[0].title == "Nu");
    CHECK(keys[2].title == "Niet");
    CHECK(heatmap_text(keys, by_lane, 0, 1) == "A2");  // two ranked lanes: the key says which
}
