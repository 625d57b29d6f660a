// Batches, the board invariant, refused replays and the log entries of
// changes outside the board.
#include <doctest/doctest.h>

#include <random>

#include "core/history.h"
#include "core/session.h"

using namespace prio;

namespace {

Deck deck_of(int cards)
{
    Deck deck;
    deck.id = "seams";
    deck.language = "nl";
    deck.themes = {{"t", "Theme", {10, 20, 30}}};
    deck.lanes = {{"now", "Now", 2, true}, {"later", "Later", 0, true}, {"no", "Not a priority", 0, false}};
    for (int i = 0; i < cards; ++i)
        deck.cards.push_back({"C" + std::to_string(i), "Card " + std::to_string(i), "t", "", "", ""});
    return deck;
}

}  // namespace

TEST_CASE("a batch is one undo step and one log entry, and undo restores the board")
{
    Deck deck = deck_of(6);
    Session s = make_session(deck);
    Board before = s.board;
    Batch batch{{Move{"C0", "now", 0}, Move{"C1", "now", 1}, Move{"C2", "later", 0}, RenameLane{"later", "Soon"}}};
    REQUIRE(perform(s, batch, "t1") == Refusal::None);
    CHECK(s.board.lanes[0].cards == std::vector<int>{0, 1});
    CHECK(s.board.lanes[1].cards == std::vector<int>{2});
    CHECK(s.board.lanes[1].title == "Soon");
    REQUIRE(s.history.done.size() == 1);
    REQUIRE(s.log.size() == 1);
    const auto& record = std::get<EditRecord>(s.log[0].what);
    CHECK(record.applied == Edit{batch});
    // The inverse undoes the last edit first.
    const Batch& inverse = std::get<Batch>(record.reverse);
    REQUIRE(inverse.edits.size() == 4);
    CHECK(inverse.edits[0] == Edit{RenameLane{"later", "Later"}});
    CHECK(inverse.edits[3] == Edit{Move{"C0", "", 0}});

    REQUIRE(undo(s, "t2") == Replay::Done);
    CHECK(s.board == before);
    REQUIRE(redo(s, "t3") == Replay::Done);
    CHECK(s.board.lanes[1].title == "Soon");
    CHECK(s.log.size() == 3);
}

TEST_CASE("a batch is applied all or none")
{
    Deck deck = deck_of(6);
    Board board = make_board(deck);
    Board before = board;
    // The third move finds "now" full (capacity 2): nothing of it happens.
    Applied a = apply(deck, board, Batch{{Move{"C0", "now", 0}, Move{"C1", "now", 1}, Move{"C2", "now", 2}}});
    CHECK(a.refusal == Refusal::LaneFull);
    CHECK(board == before);
    CHECK(apply(deck, board, Batch{{Move{"C0", "later", 0}, Batch{}}}).refusal == Refusal::BadValue);
    CHECK(board == before);
    CHECK(apply(deck, board, Batch{}).refusal == Refusal::NoChange);
}

TEST_CASE("edits in a batch that change nothing are skipped and are their own inverse")
{
    Deck deck = deck_of(4);
    Board board = make_board(deck);
    CHECK(apply(deck, board, Batch{{Move{"C0", "", 0}, SetNote{"C1", ""}}}).refusal == Refusal::NoChange);
    Applied a = apply(deck, board, Batch{{Move{"C0", "", 0}, Move{"C3", "later", 0}}});
    REQUIRE(a.refusal == Refusal::None);
    const Batch& inverse = std::get<Batch>(a.inverse);
    REQUIRE(inverse.edits.size() == 2);
    CHECK(inverse.edits[1] == Edit{Move{"C0", "", 0}});
    REQUIRE(apply(deck, board, a.inverse).refusal == Refusal::None);
    CHECK(board == make_board(deck));
}

TEST_CASE("check_board names what is wrong with a board")
{
    Deck deck = deck_of(4);
    Board good = make_board(deck);
    CHECK(check_board(deck, good).empty());

    Board twice = good;
    twice.lanes[1].cards.push_back(2);
    CHECK(check_board(deck, twice) == "card C2 lies twice (again in lane later)");

    Board lost = good;
    lost.pile.pop_back();
    CHECK(check_board(deck, lost) == "card C3 lies nowhere");

    Board stranger = good;
    stranger.pile.push_back(9);
    CHECK(check_board(deck, stranger) == "card index 9 in the pile is not in the deck");

    Board lanes = good;
    lanes.lanes[2].id = "now";
    CHECK(check_board(deck, lanes) == "lane id now is used twice");

    Board full = good;
    full.pile = {3};
    full.lanes[0].cards = {0, 1, 2};
    CHECK(check_board(deck, full) == "lane now holds 3 cards, its capacity is 2");

    Board notes = good;
    notes.notes.pop_back();
    CHECK(check_board(deck, notes) == "3 notes for 4 cards");
}

TEST_CASE("random edits, batches, undos and redos keep the board's invariant")
{
    Deck deck = deck_of(12);
    std::mt19937 rng(7);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    auto random_edit = [&](const Session& s) -> Edit {
        std::string card = "C" + std::to_string(pick(12));
        int lane = pick(static_cast<int>(s.board.lanes.size()) + 1) - 1;
        std::string lane_id = lane < 0 ? std::string() : s.board.lanes[static_cast<std::size_t>(lane)].id;
        switch (pick(6)) {
        case 0: return SetNote{card, "note " + std::to_string(pick(3))};
        case 1: return SetCapacity{lane_id, pick(4)};
        case 2: return AddLane{"x" + std::to_string(pick(4)), "X", pick(3), 0, true, {}};
        case 3: return RemoveLane{lane_id};
        default: return Move{card, lane_id, pick(4)};
        }
    };
    Session s = make_session(deck);
    int applied = 0;
    for (int i = 0; i < 3000; ++i) {
        int what = pick(10);
        if (what == 0) {
            CHECK(undo(s, "t") != Replay::Refused);
        } else if (what == 1) {
            CHECK(redo(s, "t") != Replay::Refused);
        } else {
            Edit edit = what == 2 ? Edit{Batch{{random_edit(s), random_edit(s), random_edit(s)}}} : random_edit(s);
            Refusal r = perform(s, edit, "t");
            CHECK(r != Refusal::Broken);
            applied += r == Refusal::None;
        }
        REQUIRE(check_board(deck, s.board) == "");
    }
    CHECK(applied > 500);
}

TEST_CASE("an undo that the board refuses is reported as a bug, not as nothing to undo")
{
    Deck deck = deck_of(4);
    Session s = make_session(deck);
    CHECK(undo(s, "t") == Replay::Nothing);
    REQUIRE(perform(s, Move{"C0", "later", 0}, "t1") == Refusal::None);
    // A step whose inverse cannot apply: only a bug in apply() makes one.
    s.history.done.back().inverse = Move{"C0", "gone", 0};
    Board before = s.board;
    CHECK(undo(s, "t2") == Replay::Refused);
    CHECK(s.board == before);
    CHECK(s.history.done.size() == 1);
    CHECK(s.log.size() == 1);
}

TEST_CASE("language and details changes reach the decision log")
{
    Session s = make_session(deck_of(2));
    CHECK_FALSE(set_language(s, "nl", "t0"));
    CHECK(s.log.empty());
    REQUIRE(set_language(s, "en", "t1"));
    CHECK(s.log.back() == LogEntry{"t1", LanguageChange{"nl", "en"}});

    SessionMeta meta = s.meta;
    CHECK_FALSE(set_meta(s, meta, "t2"));
    meta.organisation = "Gent";
    meta.inhabitants = 265000;
    REQUIRE(set_meta(s, meta, "t3"));
    REQUIRE(s.log.size() == 3);
    CHECK(s.log[1] == LogEntry{"t3", DetailChange{"organisation", "", "Gent"}});
    CHECK(s.log[2] == LogEntry{"t3", DetailChange{"inhabitants", "", "265000"}});
    CHECK(s.meta == meta);
    std::uint64_t revision = s.revision;
    log_deck_change(s, DeckChange{"1", "2", {"C9"}, {}}, "t4");
    CHECK(s.revision == revision + 1);
    CHECK(std::get<DeckChange>(s.log.back().what).added == std::vector<std::string>{"C9"});
}
