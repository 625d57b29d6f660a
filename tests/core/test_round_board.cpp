#include <doctest/doctest.h>

#include "card_deck.h"
#include "core/round_board.h"
#include "core/session.h"

using namespace prio;

namespace {

Deck six()
{
    return test::card_deck({"A", "B", "C", "D", "E", "F"}, {{"nu", "Nu", 2, true}, {"later", "Later", 0, true}, {"niet", "Niet", 0, false}});
}

Round with(BallotForm form, std::vector<BallotGroups> ballots, int top = 0)
{
    Round r;
    r.shape.form = form;
    r.shape.top = top;
    r.shape.lanes = six().lanes;
    for (BallotGroups& groups : ballots) r.ballots.push_back({"t", "", BallotSource::Paper, std::move(groups)});
    return r;
}

std::vector<std::string> codes(const Deck& d, const std::vector<int>& cards)
{
    std::vector<std::string> out;
    for (int c : cards) out.push_back(d.cards[static_cast<std::size_t>(c)].id);
    return out;
}

using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("a lanes round on the board: each card where most put it, in consensus order, capacities kept")
{
    Session s = make_session(six());
    Round r = with(BallotForm::Lanes, {{{"A", "B"}, {"C"}, {"F"}}, {{"B", "C"}, {"A"}, {"F"}}, {{"C", "B"}, {"A", "D"}, {}}});
    Comparison c = round_comparison(s.deck, r, "nl");
    Board b = consensus_board(c, r, s.board, s.deck);
    // Nu (holds 2): B (3 of 3) and C (2 of 3); A chose "later" twice; F "niet"; D and E the pile.
    CHECK(codes(s.deck, b.lanes[0].cards) == Codes{"B", "C"});
    CHECK(codes(s.deck, b.lanes[1].cards) == Codes{"A"});
    CHECK(codes(s.deck, b.lanes[2].cards) == Codes{"F"});
    CHECK(codes(s.deck, b.pile) == Codes{"D", "E"});
}

TEST_CASE("a full ranking or a top k on the board: consensus order fills the ranked lanes by capacity; unranked cards stay on the pile")
{
    Session s = make_session(six());
    Round full = with(BallotForm::Full, {{{"C", "A", "B", "D", "E", "F"}}, {{"C", "B", "A", "D", "F", "E"}}});
    Board b = consensus_board(round_comparison(s.deck, full, "nl"), full, s.board, s.deck);
    CHECK(codes(s.deck, b.lanes[0].cards).front() == "C");
    CHECK(b.lanes[0].cards.size() == 2);  // "Nu" holds 2
    CHECK(b.lanes[1].cards.size() == 4);  // "Later" has no limit: the rest
    CHECK(b.lanes[2].cards.empty());      // "Niet" takes no rank
    CHECK(b.pile.empty());

    Round top = with(BallotForm::Top, {{{"E", "F"}}, {{"E", "A"}}}, 2);
    Board t = consensus_board(round_comparison(s.deck, top, "nl"), top, s.board, s.deck);
    CHECK(codes(s.deck, t.lanes[0].cards) == Codes{"E", "A"});  // ties by first-lane places, then id
    CHECK(codes(s.deck, t.lanes[1].cards) == Codes{"F"});
    CHECK(codes(s.deck, t.pile) == Codes{"B", "C", "D"});
}

TEST_CASE("moves_to is one batch that lays out the target board, one undo restores the board before it")
{
    Session s = make_session(six());
    REQUIRE(perform(s, Move{"F", "nu", 0}, "t") == Refusal::None);
    REQUIRE(perform(s, Move{"E", "nu", 1}, "t") == Refusal::None);
    REQUIRE(perform(s, SetNote{"A", "eerst"}, "t") == Refusal::None);
    Board before = s.board;
    Round r = with(BallotForm::Full, {{{"A", "B", "C", "D", "E", "F"}}});
    Board target = consensus_board(round_comparison(s.deck, r, "nl"), r, s.board, s.deck);
    CHECK(target.notes == before.notes);  // the notes stay
    Batch batch = moves_to(s.deck, s.board, target);
    REQUIRE(perform(s, batch, "t") == Refusal::None);
    CHECK(s.board == target);
    CHECK(undo(s, "t") == Replay::Done);
    CHECK(s.board == before);
    CHECK(moves_to(s.deck, before, before).edits.empty());
}
