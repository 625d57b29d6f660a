#include <doctest/doctest.h>

#include "core/board_compare.h"
#include "core/edit.h"

using namespace prio;

namespace {

Session three_cards()
{
    Deck deck;
    deck.id = "d";
    deck.themes = {{"t", "T", {10, 20, 30}}};
    deck.lanes = {{"nu", "Nu", 0, true}, {"niet", "Niet", 0, false}};
    for (const char* id : {"A", "B", "C"})
        deck.cards.push_back({id, std::string("Kaart ") + id, "t", "s", "", ""});
    return make_session(std::move(deck));
}

}  // namespace

TEST_CASE("compare boards: lane by lane in our order, each card's place on both sides, differences counted")
{
    Session ours = three_cards();
    REQUIRE(perform(ours, Move{"A", "nu", 0}, "t") == Refusal::None);
    REQUIRE(perform(ours, Move{"B", "nu", 1}, "t") == Refusal::None);
    Session theirs = three_cards();
    REQUIRE(perform(theirs, Move{"B", "nu", 0}, "t") == Refusal::None);
    REQUIRE(perform(theirs, Move{"A", "niet", 0}, "t") == Refusal::None);
    theirs.deck.cards.push_back({"D", "Kaart D", "t", "s", "", ""});
    theirs.board.pile.push_back(3);

    BoardComparison c = compare_boards(ours, theirs, "Stapel");
    REQUIRE(c.lanes.size() == 4);  // Nu, Niet, the pile, and what only theirs has
    CHECK(c.lanes[0].lane == "Nu");
    REQUIRE(c.lanes[0].rows.size() == 2);
    CHECK(c.lanes[0].rows[0].card == "A");
    CHECK(c.lanes[0].rows[0].ours == "Nu, 1");
    CHECK(c.lanes[0].rows[0].theirs == "Niet");
    CHECK(c.lanes[0].rows[0].differs);
    CHECK(c.lanes[0].rows[1].ours == "Nu, 2");
    CHECK(c.lanes[0].rows[1].theirs == "Nu, 1");  // the same lane, another rank
    CHECK(c.lanes[0].rows[1].differs);
    CHECK(c.lanes[1].rows.empty());
    REQUIRE(c.lanes[2].rows.size() == 1);
    CHECK(c.lanes[2].lane == "Stapel");
    CHECK(c.lanes[2].rows[0].theirs == "Stapel");
    CHECK_FALSE(c.lanes[2].rows[0].differs);
    CHECK(c.lanes[3].lane.empty());
    REQUIRE(c.lanes[3].rows.size() == 1);
    CHECK(c.lanes[3].rows[0].ours.empty());
    CHECK(c.differences == 3);
    // The same board on both sides differs nowhere.
    CHECK(compare_boards(ours, ours, "Stapel").differences == 0);
}
