#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core/history.h"
#include "core/ranking.h"
#include "core/session.h"

using namespace prio;

namespace {

Deck small_deck(int cards = 6)
{
    Deck deck;
    deck.id = "test";
    deck.themes = {{"t", "Theme", {10, 20, 30}}};
    deck.lanes = {{"now", "Now", 2, true}, {"later", "Later", 0, true}, {"no", "Not a priority", 0, false}};
    for (int i = 0; i < cards; ++i)
        deck.cards.push_back({"C" + std::to_string(i), "Card " + std::to_string(i), "t", "", "", ""});
    return deck;
}

std::vector<int> all_cards(const Board& board)
{
    std::vector<int> out = board.pile;
    for (const Lane& lane : board.lanes)
        out.insert(out.end(), lane.cards.begin(), lane.cards.end());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("a new board has every card on the pile and the deck's lanes")
{
    Deck deck = small_deck();
    Board board = make_board(deck);
    CHECK(board.pile == std::vector<int>{0, 1, 2, 3, 4, 5});
    REQUIRE(board.lanes.size() == 3);
    CHECK(board.lanes[0].capacity == 2);
    CHECK_FALSE(board.lanes[2].ranked);
    CHECK(placed_count(board) == 0);
}

TEST_CASE("a move puts the card at its index and its inverse puts it back")
{
    Deck deck = small_deck();
    Board board = make_board(deck);
    Applied a = apply(deck, board, Move{"C3", "later", 0});
    REQUIRE(a.refusal == Refusal::None);
    CHECK(board.lanes[1].cards == std::vector<int>{3});
    CHECK(board.pile == std::vector<int>{0, 1, 2, 4, 5});
    CHECK(std::get<Move>(a.inverse) == Move{"C3", "", 3});
    REQUIRE(apply(deck, board, a.inverse).refusal == Refusal::None);
    CHECK(board == make_board(deck));
}

TEST_CASE("reordering within a lane uses the index after removal")
{
    Deck deck = small_deck();
    Board board = make_board(deck);
    for (const char* id : {"C0", "C1", "C2"})
        REQUIRE(apply(deck, board, Move{id, "later", static_cast<int>(board.lanes[1].cards.size())}).refusal == Refusal::None);
    CHECK(board.lanes[1].cards == std::vector<int>{0, 1, 2});
    // Drop C0 in front of slot 2 (before C2): it lands at index 1.
    int index = drop_index(board, 0, 1, 2);
    CHECK(index == 1);
    REQUIRE(apply(deck, board, Move{"C0", "later", index}).refusal == Refusal::None);
    CHECK(board.lanes[1].cards == std::vector<int>{1, 0, 2});
    CHECK(apply(deck, board, Move{"C0", "later", 1}).refusal == Refusal::NoChange);
}

TEST_CASE("a full lane refuses a card from elsewhere but allows reordering")
{
    Deck deck = small_deck();
    Board board = make_board(deck);
    REQUIRE(apply(deck, board, Move{"C0", "now", 0}).refusal == Refusal::None);
    REQUIRE(apply(deck, board, Move{"C1", "now", 1}).refusal == Refusal::None);
    Board before = board;
    CHECK(apply(deck, board, Move{"C2", "now", 0}).refusal == Refusal::LaneFull);
    CHECK(board == before);
    CHECK(apply(deck, board, Move{"C1", "now", 0}).refusal == Refusal::None);
    CHECK(apply(deck, board, SetCapacity{"now", 1}).refusal == Refusal::CapacityBelowCount);
    CHECK(apply(deck, board, SetCapacity{"now", 0}).refusal == Refusal::None);
    CHECK(apply(deck, board, Move{"C2", "now", 0}).refusal == Refusal::None);
}

TEST_CASE("bad edits are refused and change nothing")
{
    Deck deck = small_deck();
    Board board = make_board(deck);
    Board before = board;
    CHECK(apply(deck, board, Move{"nope", "now", 0}).refusal == Refusal::UnknownCard);
    CHECK(apply(deck, board, Move{"C0", "nope", 0}).refusal == Refusal::UnknownLane);
    CHECK(apply(deck, board, Move{"C0", "now", 1}).refusal == Refusal::BadIndex);
    CHECK(apply(deck, board, Move{"C0", "now", -1}).refusal == Refusal::BadIndex);
    CHECK(apply(deck, board, AddLane{"now", "Again", 0, 0, true, {}}).refusal == Refusal::DuplicateLane);
    CHECK(apply(deck, board, RenameLane{"now", ""}).refusal == Refusal::BadValue);
    CHECK(apply(deck, board, SetCapacity{"now", -3}).refusal == Refusal::BadValue);
    CHECK(apply(deck, board, MoveLane{"now", 3}).refusal == Refusal::BadIndex);
    CHECK(apply(deck, board, SetNote{"C0", ""}).refusal == Refusal::NoChange);
    CHECK(board == before);
}

TEST_CASE("removing a lane sends its cards to the pile; undo restores lane and pile")
{
    Deck deck = small_deck();
    Session session = make_session(deck);
    REQUIRE(perform(session, Move{"C4", "later", 0}, "t1") == Refusal::None);
    REQUIRE(perform(session, Move{"C2", "later", 1}, "t2") == Refusal::None);
    Board before = session.board;
    REQUIRE(perform(session, RemoveLane{"later"}, "t3") == Refusal::None);
    CHECK(session.board.lanes.size() == 2);
    CHECK(session.board.pile == std::vector<int>{0, 1, 3, 5, 4, 2});
    REQUIRE(undo(session, "t4") == Replay::Done);
    CHECK(session.board == before);
    REQUIRE(redo(session, "t5") == Replay::Done);
    CHECK(session.board.lanes.size() == 2);
    CHECK(session.log.size() == 5);
    CHECK(std::get<EditRecord>(session.log[3].what).kind == LogKind::Undo);
    CHECK(session.revision == 5);
}

TEST_CASE("ranking counts ranked lanes in order, then unranked lanes and the pile")
{
    Deck deck = small_deck();
    Board board = make_board(deck);
    REQUIRE(apply(deck, board, Move{"C5", "no", 0}).refusal == Refusal::None);
    REQUIRE(apply(deck, board, Move{"C3", "later", 0}).refusal == Refusal::None);
    REQUIRE(apply(deck, board, Move{"C1", "now", 0}).refusal == Refusal::None);
    std::vector<RankedCard> r = ranking(board);
    REQUIRE(r.size() == 6);
    CHECK(r[0].card == 1);
    CHECK(r[0].rank == 1);
    CHECK(r[1].card == 3);
    CHECK(r[1].rank == 2);
    CHECK(r[2].card == 5);
    CHECK(r[2].rank == 0);
    CHECK(r[3].lane == kPile);
    CHECK(r[3].position == 1);
}

// Random sequences of every kind of edit: no card is ever lost or
// duplicated, undoing everything gives the start, redoing everything the end.
TEST_CASE("property: random edit sequences keep every card once and undo/redo exactly")
{
    Deck deck = small_deck(12);
    std::mt19937 rng(20261122);
    for (int round = 0; round < 200; ++round) {
        Session session = make_session(deck);
        const Board start = session.board;
        std::vector<int> expected = all_cards(start);
        int steps = 1 + static_cast<int>(rng() % 60);
        for (int s = 0; s < steps; ++s) {
            const Board& b = session.board;
            std::string card = deck.cards[rng() % deck.cards.size()].id;
            int lanes = static_cast<int>(b.lanes.size());
            std::string lane = lanes == 0 || rng() % 4 == 0 ? std::string() : b.lanes[rng() % static_cast<unsigned>(lanes)].id;
            Edit edit;
            switch (rng() % 8) {
            case 0: edit = AddLane{fresh_lane_id(b), "New", static_cast<int>(rng() % static_cast<unsigned>(lanes + 1)), static_cast<int>(rng() % 4), rng() % 2 == 0, {}}; break;
            case 1: edit = RemoveLane{lane}; break;
            case 2: edit = RenameLane{lane, "Renamed " + std::to_string(s)}; break;
            case 3: edit = MoveLane{lane, lanes > 0 ? static_cast<int>(rng() % static_cast<unsigned>(lanes)) : 0}; break;
            case 4: edit = SetCapacity{lane, static_cast<int>(rng() % 5)}; break;
            case 5: edit = SetNote{card, "note " + std::to_string(rng() % 3)}; break;
            default: {
                int l = find_lane(b, lane);
                int size = l == kNoLane ? 0 : static_cast<int>(cards_in(b, l).size());
                edit = Move{card, lane, static_cast<int>(rng() % static_cast<unsigned>(size + 1))};
            }
            }
            perform(session, edit, "t");
            REQUIRE(all_cards(session.board) == expected);
            for (const Lane& l : session.board.lanes)
                REQUIRE((l.capacity == 0 || static_cast<int>(l.cards.size()) <= l.capacity));
        }
        const Board end = session.board;
        while (undo(session, "t") == Replay::Done)
            REQUIRE(all_cards(session.board) == expected);
        CHECK(session.board == start);
        while (redo(session, "t") == Replay::Done)
            REQUIRE(all_cards(session.board) == expected);
        CHECK(session.board == end);
    }
}
