// A changed deck: what differs is reported, and switching keeps every card.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/session.h"
#include "io/deck/bundled.h"
#include "io/session/session_deck.h"
#include "io/files/sha256.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;
namespace fs = std::filesystem;

namespace {

Deck deck_v1()
{
    return proef_deck("1", {{"a", "Thema A", {1, 2, 3}}, {"b", "Thema B", {4, 5, 6}}},
                      {{"nu", "Nu", 2, true}, {"later", "Later", 0, true}},
                      {{"K1", "Een", "a", "s1", "", ""}, {"K2", "Twee", "a", "s2", "", ""},
                       {"K3", "Drie", "b", "s3", "", ""}, {"K4", "Vier", "b", "s4", "", ""}});
}

// K3 is gone, and with it theme b's last card but K4; K2 has a new title;
// K5 is new.
Deck deck_v2()
{
    Deck deck = deck_v1();
    deck.version = "2";
    deck.cards = {{"K5", "Vijf", "a", "s5", "", ""}, {"K1", "Een", "a", "s1", "", ""},
                  {"K2", "Twee, herschreven", "a", "s2", "", ""}, {"K4", "Vier", "a", "s4", "", ""}};
    deck.themes = {{"a", "Thema A", {1, 2, 3}}};
    return deck;
}

std::vector<std::string> ids(const Session& s, const std::vector<int>& cards)
{
    std::vector<std::string> out;
    for (int c : cards)
        out.push_back(s.deck.cards[static_cast<std::size_t>(c)].id);
    return out;
}

// Every card of the deck copy lies in exactly one place.
bool every_card_once(const Session& s)
{
    std::vector<int> all = s.board.pile;
    for (const Lane& lane : s.board.lanes)
        all.insert(all.end(), lane.cards.begin(), lane.cards.end());
    std::sort(all.begin(), all.end());
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i] != static_cast<int>(i))
            return false;
    return all.size() == s.deck.cards.size() && s.board.notes.size() == s.deck.cards.size();
}

const char* kDeckText = R"(deck:
  id: proef
  title: Proef
  language: nl
  version: "1"
themes:
  - id: a
    title: Thema A
    colour: "#010203"
lanes:
  - id: nu
    title: Nu
cards:
  - id: K1
    title: Een
    theme: a
    summary: s1
  - id: K2
    title: Twee
    theme: a
    summary: s2
)";

}  // namespace

TEST_CASE("the same deck has no differences")
{
    CHECK(compare_decks(deck_v1(), {}, deck_v1()).empty());
}

TEST_CASE("the differences between a copy and a newer deck, card by card")
{
    DeckDiff diff = compare_decks(deck_v1(), {}, deck_v2());
    CHECK(diff.added == std::vector<std::string>{"K5"});
    CHECK(diff.removed == std::vector<std::string>{"K3"});
    REQUIRE(diff.changed.size() == 2);
    CHECK(diff.changed[0] == CardChange{"K2", "Twee", "Twee, herschreven", {"title"}});
    CHECK(diff.changed[1] == CardChange{"K4", "Vier", "Vier", {"theme"}});
    CHECK(diff.returned.empty());
    CHECK(diff.details_changed);  // the version
    CHECK(diff.themes_changed);
    CHECK_FALSE(diff.lanes_changed);

    Deck lanes = deck_v1();
    lanes.lanes[0].capacity = 3;
    DeckDiff only_lanes = compare_decks(deck_v1(), {}, lanes);
    CHECK(only_lanes.lanes_changed);
    CHECK_FALSE(only_lanes.details_changed);
    CHECK(only_lanes.added.empty());
}

TEST_CASE("switching to a newer deck keeps places and notes, retires what is gone, puts new cards on the pile")
{
    Session s = make_session(deck_v1());
    REQUIRE(perform(s, Move{"K3", "nu", 0}, "t") == Refusal::None);
    REQUIRE(perform(s, Move{"K2", "later", 0}, "t") == Refusal::None);
    REQUIRE(perform(s, SetNote{"K3", "weg?"}, "t") == Refusal::None);
    REQUIRE(perform(s, SetNote{"K2", "ja"}, "t") == Refusal::None);
    REQUIRE(perform(s, RenameLane{"nu", "Nu — jaar 1"}, "t") == Refusal::None);
    std::uint64_t revision = s.revision;
    std::size_t log_size = s.log.size();

    DeckSwitch sw = switch_deck(s, deck_v2(), "/decks/proef.yaml", "feed");
    CHECK(sw.retired == std::vector<std::string>{"K3"});
    CHECK(sw.added == std::vector<std::string>{"K5"});
    CHECK(s.retired == std::vector<std::string>{"K3"});
    CHECK(every_card_once(s));

    // The deck is the new one plus the retired card and the theme it needs.
    CHECK(s.deck.version == "2");
    CHECK(ids(s, {0, 1, 2, 3, 4}) == std::vector<std::string>{"K5", "K1", "K2", "K4", "K3"});
    CHECK(s.deck.cards[2].title == "Twee, herschreven");
    REQUIRE(find_theme(s.deck, "b") != nullptr);
    CHECK(find_theme(s.deck, "b")->title == "Thema B");

    // Places, lanes and notes are the group's and stay.
    CHECK(s.board.lanes[0].title == "Nu — jaar 1");
    CHECK(ids(s, s.board.lanes[0].cards) == std::vector<std::string>{"K3"});
    CHECK(ids(s, s.board.lanes[1].cards) == std::vector<std::string>{"K2"});
    CHECK(ids(s, s.board.pile) == std::vector<std::string>{"K1", "K4", "K5"});
    CHECK(s.board.notes[static_cast<std::size_t>(find_card(s.deck, "K3"))] == "weg?");
    CHECK(s.board.notes[static_cast<std::size_t>(find_card(s.deck, "K2"))] == "ja");
    CHECK(s.board.notes[static_cast<std::size_t>(find_card(s.deck, "K5"))] == "");

    CHECK(s.deck_path == "/decks/proef.yaml");
    CHECK(s.deck_hash == "feed");
    CHECK(s.revision > revision);
    CHECK(s.log.size() == log_size);

    // A retired card can still be moved, and undo still works by id.
    CHECK(perform(s, Move{"K3", "", 0}, "t") == Refusal::None);
    CHECK(undo(s, "t") == Replay::Done);
    CHECK(ids(s, s.board.lanes[0].cards) == std::vector<std::string>{"K3"});

    SUBCASE("comparing again does not report the retired card as removed again")
    {
        DeckDiff diff = compare_decks(s.deck, s.retired, deck_v2());
        CHECK(diff.empty());
    }
    SUBCASE("a retired card that comes back is no longer retired and keeps its place")
    {
        DeckDiff diff = compare_decks(s.deck, s.retired, deck_v1());
        CHECK(diff.returned == std::vector<std::string>{"K3"});
        CHECK(diff.removed == std::vector<std::string>{"K5"});
        CHECK(diff.added.empty());
        DeckSwitch back = switch_deck(s, deck_v1(), "/decks/proef.yaml", "beef");
        CHECK(back.retired == std::vector<std::string>{"K5"});
        CHECK(s.retired == std::vector<std::string>{"K5"});
        CHECK(ids(s, s.board.lanes[0].cards) == std::vector<std::string>{"K3"});
        CHECK(every_card_once(s));
    }
}

TEST_CASE("a session starts from a deck file with its path and hash, and notices changes to it")
{
    TempDir dir;
    std::string path = dir.path + "/proef.yaml";
    std::ofstream(path) << kDeckText;
    SessionStart start = start_session(path);
    REQUIRE(start.session);
    Session s = *start.session;
    CHECK(s.deck_path == path);
    CHECK(s.deck_hash == sha256_hex(kDeckText));
    CHECK(s.deck.cards.size() == 2);

    DeckCheck check = check_session_deck(s);
    CHECK(check.status == DeckStatus::Same);

    // Other bytes, the same content: nothing to tell.
    std::ofstream(path) << "# a comment\n" << kDeckText;
    check = check_session_deck(s);
    CHECK(check.status == DeckStatus::Same);
    CHECK(check.hash != s.deck_hash);

    std::string changed = kDeckText;
    changed.replace(changed.find("title: Twee"), 11, "title: Twee bis");
    std::ofstream(path) << changed;
    check = check_session_deck(s);
    CHECK(check.status == DeckStatus::Changed);
    REQUIRE(check.diff.changed.size() == 1);
    CHECK(check.diff.changed[0] == CardChange{"K2", "Twee", "Twee bis", {"title"}});
    REQUIRE(check.deck);

    std::ofstream(path) << "deck: [unclosed\n";
    check = check_session_deck(s);
    CHECK(check.status == DeckStatus::Unreadable);
    CHECK_FALSE(check.diagnostics.empty());

    fs::remove(path);
    check = check_session_deck(s);
    CHECK(check.status == DeckStatus::Missing);

    s.deck_path.clear();
    CHECK(check_session_deck(s).status == DeckStatus::NoSource);
}

TEST_CASE("bundled decks are a source too")
{
    CHECK(bundled_source("nl") == "bundled:nl");
    SessionStart start = start_session("bundled:en");
    REQUIRE(start.session);
    CHECK(start.session->deck.language == "en");
    CHECK(start.session->deck_hash == sha256_hex(bundled_deck("en").text));
    CHECK(check_session_deck(*start.session).status == DeckStatus::Same);

    SessionStart none = start_session("bundled:xx");
    CHECK_FALSE(none.session);
    REQUIRE(none.diagnostics.size() == 1);
    CHECK(format(none.diagnostics[0], "en") == "bundled:xx: error: this version of Prioriteer has no bundled deck in 'xx'");

    SessionStart missing = start_session("/nonexistent/deck.yaml");
    CHECK_FALSE(missing.session);
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(format(missing.diagnostics[0], "en") == "/nonexistent/deck.yaml: error: cannot read the file: it does not exist");
}
