// Reading sessions: a good file opens completely; every kind of bad file
// gets its exact message at its place and opens nothing.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/session/session_yaml.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

// A small valid session; the bad ones below each change one thing in it.
// Line numbers in the messages refer to this text.
const std::string kGood = R"(format: 1
language: nl
metadata:
  organisation: Gemeente Proef
  title: Test
deck:
  id: proef
  version: "1"
  sha256: ""
  path: /decks/proef.yaml
  copy:
    deck:
      id: proef
      title: Proef
      language: nl
    themes:
      - id: a
        title: A
        colour: "#102030"
    lanes:
      - id: nu
        title: Nu
        capacity: 2
    cards:
      - id: K1
        title: Een
        theme: a
        summary: s1
      - id: K2
        title: Twee
        theme: a
        summary: s2
      - id: K3
        title: Drie
        theme: a
        summary: s3
lanes:
  - id: nu
    title: Nu
    capacity: 2
    ranked: true
    cards: [K1]
  - id: niet
    title: Niet prioritair
    capacity: 0
    ranked: false
    cards: []
pile: [K2, K3]
notes:
  K1: Eerst.
log:
  - time: "2024-05-02T09:00:00Z"
    kind: do
    edit: {move: K1, from: pile/0, to: nu/0}
)";

std::string with(const std::string& from, const std::string& to)
{
    std::string text = kGood;
    std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    return text;
}

std::vector<std::string> messages(const SessionLoad& load)
{
    std::vector<std::string> out;
    for (const Diagnostic& d : load.diagnostics)
        out.push_back(format(d, "en"));
    return out;
}

// One line per message, so a failure shows the text.
std::string lines(const std::vector<std::string>& messages)
{
    std::string out;
    for (const std::string& m : messages)
        out += m + "\n";
    return out;
}

struct Bad {
    const char* what;
    std::string text;
    std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("a good session opens with everything in it")
{
    SessionLoad load = parse_session(kGood, "s.yaml");
    CHECK(messages(load).empty());
    REQUIRE(load.session);
    const Session& s = *load.session;
    CHECK(s.language == "nl");
    CHECK(s.meta.organisation == "Gemeente Proef");
    CHECK(s.meta.title == "Test");
    CHECK(s.meta.facilitator == "");
    CHECK(s.deck.id == "proef");
    CHECK(s.deck.cards.size() == 3);
    CHECK(s.deck.lanes[0].capacity == 2);
    CHECK(s.deck_path == "/decks/proef.yaml");
    CHECK(s.deck_hash == "");
    REQUIRE(s.board.lanes.size() == 2);
    CHECK(s.board.lanes[0].cards == std::vector<int>{0});
    CHECK_FALSE(s.board.lanes[1].ranked);
    CHECK(s.board.pile == std::vector<int>{1, 2});
    CHECK(s.board.notes == std::vector<std::string>{"Eerst.", "", ""});
    REQUIRE(s.log.size() == 1);
    CHECK(s.log[0] == LogEntry{"2024-05-02T09:00:00Z", EditRecord{LogKind::Do, Move{"K1", "nu", 0}, Move{"K1", "", 0}}});
    CHECK(s.retired.empty());
}

TEST_CASE("format 2: a council's inhabitants and segment are read, written and checked; format 1 reads as it is")
{
    std::string text = kGood;
    text.replace(text.find("  title: Test\n"), 14, "  title: Test\n  inhabitants: 21500\n  segment: klein\n");
    SessionLoad load = parse_session(text, "s.yaml");
    CHECK(messages(load).empty());
    REQUIRE(load.session);
    CHECK(load.session->meta.inhabitants == 21500);
    CHECK(load.session->meta.segment == "klein");
    std::string written = session_to_yaml(*load.session);
    CHECK(written.find("format: 5\n") != std::string::npos);
    CHECK(written.find("  inhabitants: 21500\n  segment: klein\n") != std::string::npos);
    CHECK(parse_session(written, "s.yaml").session->meta == load.session->meta);
    // Not given: not written, and a format 1 file (kGood) has neither.
    CHECK(session_to_yaml(*parse_session(kGood, "s.yaml").session).find("inhabitants") == std::string::npos);

    std::string bad = kGood;
    bad.replace(bad.find("  title: Test\n"), 14, "  title: Test\n  inhabitants: veel\n");
    SessionLoad refused = parse_session(bad, "s.yaml");
    CHECK_FALSE(refused.session);
    REQUIRE_FALSE(refused.diagnostics.empty());
    CHECK(refused.diagnostics[0].line == 6);
    CHECK(message_text(refused.diagnostics[0], "en").find("inhabitants in metadata") != std::string::npos);
}

TEST_CASE("optional parts may be left out: metadata, language, notes, log, capacity, ranked")
{
    std::string text = kGood;
    text.replace(text.find("language: nl\nmetadata:\n  organisation: Gemeente Proef\n  title: Test\n"), 68, "");
    text = text.substr(0, text.find("notes:"));
    text.replace(text.find("    capacity: 0\n    ranked: false\n"), 34, "");
    SessionLoad load = parse_session(text, "s.yaml");
    CHECK(messages(load).empty());
    REQUIRE(load.session);
    CHECK(load.session->language == "nl");  // the deck's
    CHECK(load.session->meta == SessionMeta{});
    CHECK(load.session->log.empty());
    CHECK(load.session->board.lanes[1].capacity == 0);
    CHECK(load.session->board.lanes[1].ranked);
}

TEST_CASE("unknown fields are warnings: a session from a newer minor version still opens")
{
    SessionLoad load = parse_session(with("language: nl\n", "language: nl\ncolour: blue\n"), "s.yaml");
    CHECK(messages(load) == std::vector<std::string>{
        "s.yaml:3:1: warning: unknown field 'colour' in the session is ignored (known: format, language, metadata, deck, lanes, pile, retired, notes, draft, rounds, plan, log)"});
    CHECK(load.session);
}

TEST_CASE("every kind of bad session has its exact message and opens nothing")
{
    std::string many_values = kGood + "retired:\n";
    for (int i = 0; i < 1000000; ++i)
        many_values += "- K1\n";
    const std::vector<Bad> cases = {
        {"malformed YAML", with("    capacity: 2\n    ranked: true", "    capacity: [2\n    ranked: true"),
         {"s.yaml:40:15: error: the list opened here with '[' is not closed: expected ',' or ']'"}},
        {"an empty file", "", {"s.yaml: error: the file is empty: expected a session starting with 'format: 5'"}},
        {"a list, not a session", "- format: 1\n", {"s.yaml:1:1: error: expected a session (a map starting with 'format: 5'), found a list"}},
        {"no format", with("format: 1\n", ""), {"s.yaml:1:1: error: missing required field 'format' in the session"}},
        {"a format that is not a number", with("format: 1\n", "format: one\n"),
         {"s.yaml:1:9: error: format must be a whole number such as 5, found 'one'"}},
        {"a newer format", with("format: 1\n", "format: 6\n"),
         {"s.yaml:1:9: error: written by a newer Prioriteer: format 6, this version reads up to 5"}},
        {"no deck", "format: 1\nlanes: []\npile: []\n", {"s.yaml:1:1: error: missing required field 'deck' in the session"}},
        {"no deck copy", with("  copy:\n", "  kopie:\n"),
         {"s.yaml:7:3: error: missing required field 'copy' in deck",
          "s.yaml:11:3: warning: unknown field 'kopie' in deck is ignored (known: id, version, sha256, path, copy)"}},
        {"no pile", with("pile: [K2, K3]\n", ""), {"s.yaml:1:1: error: missing required field 'pile' in the session"}},
        {"an unknown card id", with("pile: [K2, K3]", "pile: [K2, K3, K9]"),
         {"s.yaml:48:16: error: unknown card 'K9' in the pile: the session's deck has no such card"}},
        {"a card placed twice", with("pile: [K2, K3]", "pile: [K2, K3, K1]"),
         {"s.yaml:48:16: error: card 'K1' is placed twice: also in lane 'nu' on line 42"}},
        {"a card placed nowhere", with("pile: [K2, K3]", "pile: [K2]"),
         {"s.yaml:48:7: error: card 'K3' of the deck is in no lane and not on the pile"}},
        {"two lanes with one id", with("  - id: niet\n", "  - id: nu\n"), {"s.yaml:43:9: error: duplicate lane id 'nu': already used on line 38"}},
        {"a lane without a title", with("    title: Niet prioritair\n", ""), {"s.yaml:43:5: error: missing required field 'title' in lane 'niet'"}},
        {"a capacity that is not a number", with("    capacity: 2\n    ranked: true", "    capacity: twee\n    ranked: true"),
         {"s.yaml:40:15: error: capacity of lane 'nu' must be a whole number from 0 to 100000, found 'twee'"}},
        {"a lane over its capacity", with("    capacity: 2\n    ranked: true\n    cards: [K1]", "    capacity: 1\n    ranked: true\n    cards: [K1, K2]"),
         {"s.yaml:42:12: error: lane 'nu' holds 2 cards, more than its capacity of 1",
          "s.yaml:48:8: error: card 'K2' is placed twice: also in lane 'nu' on line 42"}},
        {"ranked that is not true or false", with("    ranked: true\n", "    ranked: ja\n"),
         {"s.yaml:41:13: error: ranked of lane 'nu' must be true or false, found 'ja'"}},
        {"a note for an unknown card", with("  K1: Eerst.\n", "  K1: Eerst.\n  K7: Weg.\n"),
         {"s.yaml:51:3: error: note for unknown card 'K7': the session's deck has no such card"}},
        {"a note that is a list", with("  K1: Eerst.\n", "  K1: [Eerst]\n"), {"s.yaml:50:7: error: note of card 'K1' must be text, found a list"}},
        {"a log entry of an unknown kind", with("    kind: do\n", "    kind: doe\n"),
         {"s.yaml:53:11: error: kind of log entry 1 must be do, undo, redo, deck, details, language, comparison or round, found 'doe'"}},
        {"a log entry with an unknown edit", with("{move: K1,", "{verplaats: K1,"),
         {"s.yaml:54:11: error: edit of log entry 1 must name exactly one of move, note, add_lane, remove_lane, rename_lane, move_lane, set_capacity, add_action, remove_action, set_action, plan_period, add_version, drop_version, batch"}},
        {"a log entry with a bad place", with("to: nu/0}", "to: nu}"),
         {"s.yaml:54:40: error: to of log entry 1 must be a place such as nu/2 or pile/0, found 'nu'"}},
        {"a log entry without a time", with("  - time: \"2024-05-02T09:00:00Z\"\n    kind: do\n", "  - kind: do\n"),
         {"s.yaml:52:5: error: missing required field 'time' in log entry 1"}},
        {"a deck copy card with a theme the copy lacks", with("        theme: a\n        summary: s2", "        theme: b\n        summary: s2"),
         {"s.yaml:31:16: error: card 'K2' of the deck copy has theme 'b', which is not a theme of the copy"}},
        {"a deck copy with a card id twice", with("      - id: K3\n", "      - id: K2\n"),
         {"s.yaml:33:13: error: duplicate card id 'K2': already used on line 29"}},
        {"a deck copy with a bad colour", with("\"#102030\"", "\"#1020\""),
         {"s.yaml:19:17: error: colour of theme 'a' of the deck copy must be \"#RRGGBB\", found \"#1020\""}},
        {"a deck id that differs from its copy", with("  id: proef\n  version", "  id: andere\n  version"),
         {"s.yaml:7:7: error: id of the deck 'andere' differs from the id 'proef' in its copy"}},
        {"a malformed deck hash", with("  sha256: \"\"", "  sha256: abc"),
         {"s.yaml:9:11: error: sha256 of the deck must be 64 lowercase hexadecimal digits, found 'abc'"}},
        {"a retired card that is not in the deck", with("pile: [K2, K3]\n", "pile: [K2, K3]\nretired: [K9]\n"),
         {"s.yaml:49:11: error: retired card 'K9' is not in the session's deck"}},
        {"an anchor and an alias", with("  title: Test\n", "  title: &t Test\n  facilitator: *t\n"),
         {"s.yaml:5:10: error: anchor '&t' is not allowed (anchors serve aliases, which can make a small file huge): remove it, or quote text that starts with '&'",
          "s.yaml:6:16: error: alias '*t' is not allowed (aliases can make a small file huge): write the value out, or quote text that starts with '*'"}},
        {"a duplicate key", with("  title: Test\n", "  title: Test\n  title: Weer\n"), {"s.yaml:6:3: error: duplicate key 'title': already given on line 5"}},
        {"a tab for indentation", with("  title: Test\n", "\ttitle: Test\n"), {"s.yaml:5:1: error: tabs are not allowed for indentation: use spaces"}},
        {"text that is not UTF-8", with("  title: Test\n", "  title: T\xFFst\n"),
         {"s.yaml:5:11: error: invalid UTF-8 (byte 0xFF): save the file as UTF-8"}},
        {"a file over 16 MiB", kGood + "# " + std::string(16u << 20, 'x') + "\n",
         {"s.yaml: error: the file is too large: 16778100 bytes, more than the 16 MiB allowed"}},
        {"a value over 64 KiB", with("  title: Test\n", "  title: " + std::string(70000, 'x') + "\n"),
         {"s.yaml:5:10: error: text is too long (70000 bytes): at most 64 KiB is allowed"}},
        {"more than a million values", many_values, {"s.yaml:999928:3: error: too many values: at most 1000000 are allowed"}},
        {"nesting deeper than 64 levels", with("  title: Test\n", "  title: " + std::string(70, '[') + std::string(70, ']') + "\n"),
         {"s.yaml:5:72: error: nested too deeply: at most 64 levels of lists and maps are allowed"}},
        {"metadata that is a list", with("metadata:\n  organisation: Gemeente Proef\n  title: Test\n", "metadata: [a]\n"),
         {"s.yaml:3:11: error: metadata must be a map, found a list"}},
    };
    for (const Bad& bad : cases) {
        INFO(std::string(bad.what));
        SessionLoad load = parse_session(bad.text, "s.yaml");
        CHECK(lines(messages(load)) == lines(bad.expected));
        CHECK_FALSE(load.session);
    }
    MESSAGE(cases.size() << " kinds of bad session checked");
}

TEST_CASE("format 0, the draft layout with the board under 'board', is migrated when read")
{
    // Format 0 kept lanes, pile and notes under `board` and had no log.
    std::size_t board_at = kGood.find("\nlanes:\n") + 1;
    std::size_t log_at = kGood.find("log:\n");
    std::string board = kGood.substr(board_at, log_at - board_at);
    std::string indented;
    for (std::size_t start = 0; start < board.size();) {
        std::size_t end = board.find('\n', start);
        indented += "  " + board.substr(start, end - start + 1);
        start = end + 1;
    }
    std::string old = kGood.substr(0, board_at) + "board:\n" + indented;
    old.replace(0, 9, "format: 0");

    SessionLoad load = parse_session(old, "old.yaml");
    CHECK(messages(load).empty());
    REQUIRE(load.session);
    SessionLoad now = parse_session(kGood, "s.yaml");
    REQUIRE(now.session);
    CHECK(load.session->board == now.session->board);
    CHECK(load.session->deck == now.session->deck);
    CHECK(load.session->log.empty());

    // A problem in a migrated file is still reported where it is in the file.
    std::string bad = old;
    bad.replace(bad.find("pile: [K2, K3]"), 14, "pile: [K2, K9]");
    load = parse_session(bad, "old.yaml");
    CHECK(lines(messages(load)) == "old.yaml:49:14: error: unknown card 'K9' in the pile: the session's deck has no such card\n");
}

TEST_CASE("session files: missing, too large before reading, or newer")
{
    TempDir temp;
    const std::string dir = temp.path;

    SessionLoad load = load_session_file(dir + "/missing.yaml");
    CHECK(lines(messages(load)) == dir + "/missing.yaml: error: cannot read the file: it does not exist\n");

    // A sparse 20 MiB file: refused by its size, without reading it.
    std::string huge = dir + "/huge.yaml";
    {
        std::ofstream(huge) << "format: 1\n";
    }
    std::filesystem::resize_file(huge, 20u << 20);
    load = load_session_file(huge);
    CHECK(lines(messages(load)) == huge + ": error: the file is too large: 20971520 bytes, more than the 16 MiB allowed\n");

    std::string newer = dir + "/newer.yaml";
    std::ofstream(newer) << "format: 6\nsomething: new\n";
    load = load_session_file(newer);
    CHECK(lines(messages(load)) == newer + ":1:9: error: written by a newer Prioriteer: format 6, this version reads up to 5\n");
    CHECK_FALSE(load.session);
}

TEST_CASE("a draft (typing not yet an edit) is read back; one that fits nothing is left out with a warning")
{
    SessionLoad load = parse_session(with("notes:\n", "draft:\n  field: note\n  target: K1\n  text: \"Eerst, en dan\"\nnotes:\n"), "s.yaml");
    INFO(lines(messages(load)));
    REQUIRE(load.session);
    CHECK(load.diagnostics.empty());
    CHECK(load.session->draft == Draft{"note", "K1", "Eerst, en dan"});
    load = parse_session(with("notes:\n", "draft:\n  field: lane\n  target: nu\n  text: Nu meteen\nnotes:\n"), "s.yaml");
    REQUIRE(load.session);
    CHECK(load.session->draft == Draft{"lane", "nu", "Nu meteen"});
    load = parse_session(with("notes:\n", "draft:\n  field: note\n  target: K9\n  text: weg\nnotes:\n"), "s.yaml");
    REQUIRE(load.session);
    CHECK(load.session->draft == Draft{});
    CHECK(messages(load) == std::vector<std::string>{"s.yaml:50:3: warning: draft for note 'K9' left out: the session has no such card"});
}
