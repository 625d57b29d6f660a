// A session holds no more than a deck may: 2,000 cards, 50 lanes. What the
// program saves stays within them, so it always opens again.
#include <doctest/doctest.h>

#include <string>

#include "core/edit.h"
#include "core/session.h"
#include "io/session/session_yaml.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

Deck deck_of(std::size_t cards)
{
    Deck deck;
    deck.id = "groot";
    deck.title = "Groot";
    deck.language = "nl";
    deck.themes = {{"t", "Thema", {10, 20, 30}}};
    deck.lanes = {{"nu", "Nu", 0, true}};
    for (std::size_t i = 0; i < cards; ++i)
        deck.cards.push_back({"K" + std::to_string(i), "Kaart " + std::to_string(i), "t", "S.", "", ""});
    return deck;
}

Session with_lanes(Session s, std::size_t lanes)
{
    for (std::size_t i = s.board.lanes.size(); i < lanes; ++i)
        s.board.lanes.push_back({"b" + std::to_string(i), "Baan " + std::to_string(i), 0, true, {}});
    return s;
}

std::string errors_of(const Session& s)
{
    SessionLoad load = parse_session(session_to_yaml(s), "s.yaml");
    CHECK_FALSE(load.session);
    return lines(load.diagnostics);
}

}  // namespace

TEST_CASE("session limits: 2,000 cards and 50 lanes open, one more of either is refused")
{
    Session full = with_lanes(make_session(deck_of(kMaxCards)), kMaxLanes);
    for (std::size_t i = 0; i < full.deck.cards.size(); i += 3)
        REQUIRE(perform(full, Move{full.deck.cards[i].id, full.board.lanes[i % kMaxLanes].id, 0}, "t") == Refusal::None);
    SessionLoad load = parse_session(session_to_yaml(full), "s.yaml");
    REQUIRE_MESSAGE(load.session, lines(load.diagnostics));
    CHECK(load.session->board == full.board);

    std::string cards = errors_of(make_session(deck_of(kMaxCards + 1)));
    CHECK(cards.find("error: too many cards in the deck copy (2001): at most 2000 are allowed, as in a deck\n") != std::string::npos);
    CHECK(count(cards, "\n") == 1);

    Session lanes = with_lanes(make_session(deck_of(3)), kMaxLanes + 1);
    CHECK(errors_of(lanes).find("error: too many lanes (51): at most 50 are allowed, as in a deck\n") != std::string::npos);
}

TEST_CASE("session limits: a board with 50 lanes refuses a 51st, so a saved session always opens")
{
    Session s = with_lanes(make_session(deck_of(3)), kMaxLanes - 1);
    CHECK(perform(s, AddLane{"laatste", "Laatste", 0, 0, true, {}}, "t") == Refusal::None);
    CHECK(s.board.lanes.size() == kMaxLanes);
    CHECK(perform(s, AddLane{"teveel", "Te veel", 0, 0, true, {}}, "t") == Refusal::TooManyLanes);
    CHECK(s.board.lanes.size() == kMaxLanes);
    CHECK(parse_session(session_to_yaml(s), "s.yaml").session);
}
