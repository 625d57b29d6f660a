// The decision log's newer entries in the file: batches and the changes
// outside the board (deck, details, language), written and read back, and
// refused with their place when malformed.
#include <doctest/doctest.h>

#include <string>

#include "io/session/session_yaml.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

Session logged_session()
{
    Deck deck = proef_deck("1", {{"a", "A", {16, 32, 48}}}, {{"nu", "Nu", 2, true}},
                           {{"K1", "Een", "a", "s1", "", ""}, {"K2", "Twee", "a", "s2", "", ""}});
    Session s = make_session(deck);
    REQUIRE(perform(s, Batch{{Move{"K1", "nu", 0}, Move{"K2", "nu", 1}, SetNote{"K2", "samen"}}}, "2024-05-02T09:00:00Z") ==
            Refusal::None);
    REQUIRE(set_language(s, "en", "2024-05-02T09:01:00Z"));
    SessionMeta meta = s.meta;
    meta.organisation = "Gemeente Proef";
    REQUIRE(set_meta(s, meta, "2024-05-02T09:02:00Z"));
    log_deck_change(s, DeckChange{"1", "2", {"K3"}, {"K9"}}, "2024-05-02T09:03:00Z");
    REQUIRE(undo(s, "2024-05-02T09:04:00Z") == Replay::Done);
    return s;
}

}  // namespace

TEST_CASE("batches and changes outside the board are written as log entries and read back the same")
{
    Session s = logged_session();
    std::string text = session_to_yaml(s);
    CHECK(text.find("format: 5\n") != std::string::npos);
    CHECK(text.find("    edit: {batch: [{move: K1, from: pile/0, to: nu/0}, {move: K2, from: pile/0, to: nu/1}, {note: K2, from: \"\", to: samen}]}\n") !=
          std::string::npos);
    CHECK(text.find("    kind: language\n    language: {from: nl, to: en}\n") != std::string::npos);
    CHECK(text.find("    kind: details\n    details: {field: organisation, from: \"\", to: Gemeente Proef}\n") != std::string::npos);
    CHECK(text.find("    kind: deck\n    deck: {from: \"1\", to: \"2\", added: [K3], retired: [K9]}\n") != std::string::npos);
    // The undo of a batch holds the inverses in reverse order, each written with its own "from".
    CHECK(text.find("    kind: undo\n    edit: {batch: [{note: K2, from: samen, to: \"\"}, {move: K2, from: nu/1, to: pile/0}, {move: K1, from: nu/0, to: pile/0}]}\n") !=
          std::string::npos);

    SessionLoad load = parse_session(text, "s.yaml");
    REQUIRE_MESSAGE(load.session, lines(load.diagnostics));
    CHECK(load.session->log == s.log);
    CHECK(session_to_yaml(*load.session) == text);
}

TEST_CASE("a format 2 session, which has none of the new entries, reads as it is")
{
    Deck deck = proef_deck("1", {{"a", "A", {16, 32, 48}}}, {{"nu", "Nu", 2, true}}, {{"K1", "Een", "a", "s1", "", ""}});
    Session s = make_session(deck);
    REQUIRE(perform(s, Move{"K1", "nu", 0}, "2024-05-02T09:00:00Z") == Refusal::None);
    std::string text = replaced(session_to_yaml(s), "format: 5\n", "format: 2\n");
    SessionLoad load = parse_session(text, "s.yaml");
    REQUIRE_MESSAGE(load.session, lines(load.diagnostics));
    CHECK(load.session->log == s.log);
}

TEST_CASE("format 4: a board made from a comparison logs its councils and W; a format 3 file, which has no such entry, reads as it is")
{
    Deck deck = proef_deck("1", {{"a", "A", {16, 32, 48}}}, {{"nu", "Nu", 2, true}}, {{"K1", "Een", "a", "s1", "", ""}});
    Session s = make_session(deck);
    REQUIRE(perform(s, Move{"K1", "nu", 0}, "2024-05-02T09:00:00Z") == Refusal::None);
    std::string old = replaced(session_to_yaml(s), "format: 5\n", "format: 3\n");
    SessionLoad load = parse_session(old, "s.yaml");
    REQUIRE_MESSAGE(load.session, lines(load.diagnostics));
    CHECK(load.session->log == s.log);

    start_from_comparison(s, s.board, ComparisonOrigin{{"Aalter", "Beernem: \"Oost\""}, 0.61749}, "2024-05-02T10:00:00Z");
    std::string text = session_to_yaml(s);
    CHECK(text.find("    kind: comparison\n    comparison: {councils: [Aalter, \"Beernem: \\\"Oost\\\"\"], kendall_w: 0.617}\n") != std::string::npos);
    load = parse_session(text, "s.yaml");
    REQUIRE_MESSAGE(load.session, lines(load.diagnostics));
    CHECK(load.session->log == s.log);
    CHECK(std::get<ComparisonOrigin>(load.session->log.back().what).kendall_w == 0.617);
}

TEST_CASE("a malformed new log entry is refused with its place")
{
    const std::string good = session_to_yaml(logged_session());
    struct Bad {
        const char* from;
        const char* to;
        const char* message;
    };
    const Bad cases[] = {
        {"edit: {batch: [{move: K1, from: pile/0, to: nu/0}, ", "edit: {batch: [{batch: []}, ", "error: a batch in edit 1 of the batch of log entry 1 cannot hold a batch"},
        {"kind: language\n    language: {from: nl, to: en}", "kind: language\n    language: {from: nl, to: de}",
         "error: to of language of log entry 2 must be nl or en, found 'de'"},
        {"details: {field: organisation,", "details: {field: mayor,", "error: field of details of log entry 3 must be a key of metadata, found 'mayor'"},
        {"kind: deck\n", "kind: decks\n", "error: kind of log entry 4 must be do, undo, redo, deck, details, language, comparison or round, found 'decks'"},
        {"added: [K3]", "added: K3",
         "error: added of deck of log entry 4 must be a list, found 'K3'"},
        {"kind: language\n    language:", "kind: language\n    languages:", "error: missing required field 'language' in log entry 2"},
    };
    for (const Bad& bad : cases) {
        CAPTURE(bad.to);
        SessionLoad load = parse_session(replaced(good, bad.from, bad.to), "s.yaml");
        CHECK_FALSE(load.session);
        CHECK(lines(load.diagnostics).find(bad.message) != std::string::npos);
        if (lines(load.diagnostics).find(bad.message) == std::string::npos)
            MESSAGE(lines(load.diagnostics));
    }
}
