// Messages that used to mislead: each now says what is true. (The symbolic
// link loop and the folder that may not be read are in test_file_read.cpp.)
#include <doctest/doctest.h>

#include <string>

#include "io/deck/deck_yaml.h"
#include "io/session/session_check.h"
#include "io/session/session_yaml.h"
#include "io/yaml/yaml_tree.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

// A small valid deck whose lane capacity line is `capacity`, and `extra`
// appended to its cards.
std::string deck(const std::string& capacity, const std::string& extra = "")
{
    return "deck:\n  id: d\n  title: D\n  language: nl\n"
           "themes:\n  - id: t\n    title: T\n    colour: \"#112233\"\n"
           "lanes:\n  - id: nu\n    title: Nu\n    " + capacity + "\n"
           "cards:\n  - id: K1\n    title: K\n    theme: t\n    summary: S.\n" + extra;
}

}  // namespace

TEST_CASE("messages: a session over 16 MiB is refused as a session, with the session's limit")
{
    TempDir dir;
    std::string text = "format: 1\nmetadata:\n  title: big\n";
    text += "notes:\n";
    while (text.size() <= (16u << 20))
        text += "  # " + std::string(1000, 'x') + "\n";
    spit(dir / "big.yaml", text);
    FileCheck check = check_file(dir / "big.yaml");
    CHECK(check.kind == FileCheck::Kind::Session);
    CHECK_FALSE(check.ok);
    CHECK(lines(check.diagnostics) == dir / "big.yaml" + ": error: the file is too large: " + std::to_string(text.size()) +
                                          " bytes, more than the 16 MiB allowed\n");
}

TEST_CASE("messages: a second byte-order mark is named as such")
{
    DeckLoad load = parse_deck("\xEF\xBB\xBF\xEF\xBB\xBF\"deck\": 1\n", "d.yaml");
    CHECK(lines(load.diagnostics) == "d.yaml:1:1: error: a second byte-order mark (U+FEFF) follows the first: remove it\n");
    // One alone is still fine.
    CHECK(parse_deck("\xEF\xBB\xBF" + deck("capacity: 2"), "d.yaml").deck);
}

TEST_CASE("messages: with many problems, 100 lines and one note, whichever layer found them")
{
    // 80 duplicate keys (found by the YAML layer) and 80 cards with an
    // unknown theme (found by the deck reader).
    std::string extra;
    for (int i = 0; i < 80; ++i)
        extra += "  - id: D" + std::to_string(i) + "\n    title: a\n    title: b\n    theme: nope\n    summary: S.\n";
    DeckLoad load = parse_deck(deck("capacity: 2", extra), "d.yaml");
    CHECK_FALSE(load.deck);
    REQUIRE(load.diagnostics.size() == 101);
    int notes = 0;
    for (const Diagnostic& d : load.diagnostics)
        notes += message_text(d, "en").starts_with("too many problems");
    CHECK(notes == 1);
    CHECK(format(load.diagnostics.back(), "en") == "d.yaml: error: too many problems: only the first 100 are shown");
    // In file order: the first line shown is the first problem in the file.
    CHECK(load.diagnostics.front().line == 20);
}

TEST_CASE("messages: an explicit tag is what it says, not a quoted value")
{
    DeckLoad load = parse_deck(deck("capacity: !!int 2"), "d.yaml");
    REQUIRE_MESSAGE(load.deck, lines(load.diagnostics));
    CHECK(load.deck->lanes[0].capacity == 2);

    load = parse_deck(deck("capacity: !!str 2"), "d.yaml");
    CHECK(lines(load.diagnostics) ==
          "d.yaml:12:15: error: capacity of lane 'nu' must be a whole number from 0 to 2000, found \"2\"\n");

    load = parse_deck(deck("capacity: !mine 2"), "d.yaml");
    CHECK(lines(load.diagnostics) ==
          "d.yaml:12:15: error: the tag '!mine' is not allowed: remove it (only !!str, !!int, !!float, !!bool and !!null are understood)\n"
          "d.yaml:12:15: error: capacity of lane 'nu' must be a whole number from 0 to 2000, found \"2\"\n");
}
