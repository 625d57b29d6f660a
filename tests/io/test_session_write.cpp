// The session writer: readable YAML that holds everything, exactly.
#include <doctest/doctest.h>

#include <string>

#include <yaml-cpp/yaml.h>

#include "io/session/session_yaml.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

Deck sample_deck()
{
    Deck deck = proef_deck("1.0", {{"klant", "De klant", {0xF2, 0xB1, 0x34}}},
                           {{"nu", "Nu — jaar 1", 6, true}, {"niet", "Niet prioritair", 0, false}},
                           {{"K1", "De klant centraal", "klant", "Eén loket.", "Een alinea.\nTweede regel.", "002.txt"},
                            {"K2", "Data één keer", "klant", "Hergebruik.", "Body", "003.txt"}});
    deck.title = "Proefstapel";
    deck.description = "Twee kaarten.";
    return deck;
}

Session sample_session()
{
    Session s = make_session(sample_deck());
    s.deck_path = "/home/an/kaarten/proef.yaml";
    s.deck_hash = "ab12";
    s.meta = {"Gemeente Zottegem", "Workshop masterplan", "An", "Bert, Chris", "2024-05-02", "Eerste sessie.\nVervolg in juni.", 0, ""};
    REQUIRE(perform(s, Move{"K2", "nu", 0}, "2024-05-02T09:00:00Z") == Refusal::None);
    REQUIRE(perform(s, SetNote{"K2", "Belangrijk: ja"}, "2024-05-02T09:01:00Z") == Refusal::None);
    REQUIRE(undo(s, "2024-05-02T09:02:00Z") == Replay::Done);
    return s;
}

}  // namespace

TEST_CASE("a session file, as written")
{
    const char* expected = R"(# A Prioriteer session; the format is described in docs/session-format.md
format: 5
language: nl
metadata:
  organisation: Gemeente Zottegem
  title: Workshop masterplan
  facilitator: An
  participants: Bert, Chris
  date: "2024-05-02"
  remarks: "Eerste sessie.\nVervolg in juni."
deck:
  id: proef
  version: "1.0"
  sha256: ab12
  path: /home/an/kaarten/proef.yaml
  copy:
    deck:
      id: proef
      title: Proefstapel
      language: nl
      version: "1.0"
      description: Twee kaarten.
    themes:
      - id: klant
        title: De klant
        colour: "#F2B134"
    lanes:
      - id: nu
        title: Nu — jaar 1
        capacity: 6
      - id: niet
        title: Niet prioritair
        ranked: false
    cards:
      - id: K1
        title: De klant centraal
        theme: klant
        summary: Eén loket.
        body: "Een alinea.\nTweede regel."
        source: "002.txt"
      - id: K2
        title: Data één keer
        theme: klant
        summary: Hergebruik.
        body: Body
        source: "003.txt"
lanes:
  - id: nu
    title: Nu — jaar 1
    capacity: 6
    ranked: true
    cards: [K2]
  - id: niet
    title: Niet prioritair
    capacity: 0
    ranked: false
    cards: []
pile: [K1]
notes: {}
log:
  - time: "2024-05-02T09:00:00Z"
    kind: do
    edit: {move: K2, from: pile/1, to: nu/0}
  - time: "2024-05-02T09:01:00Z"
    kind: do
    edit: {note: K2, from: "", to: "Belangrijk: ja"}
  - time: "2024-05-02T09:02:00Z"
    kind: undo
    edit: {note: K2, from: "Belangrijk: ja", to: ""}
)";
    CHECK(session_to_yaml(sample_session()) == expected);
}

TEST_CASE("every kind of edit has its readable line in the log")
{
    Session s = make_session(sample_deck());
    REQUIRE(perform(s, AddLane{"lane-1", "Extra", 1, 3, true, {}}, "t1") == Refusal::None);
    REQUIRE(perform(s, Move{"K1", "lane-1", 0}, "t2") == Refusal::None);
    REQUIRE(perform(s, RenameLane{"lane-1", "Extra, later"}, "t3") == Refusal::None);
    REQUIRE(perform(s, MoveLane{"lane-1", 0}, "t4") == Refusal::None);
    REQUIRE(perform(s, SetCapacity{"lane-1", 0}, "t5") == Refusal::None);
    REQUIRE(perform(s, RemoveLane{"lane-1"}, "t6") == Refusal::None);
    REQUIRE(undo(s, "t7") == Replay::Done);
    REQUIRE(redo(s, "t8") == Replay::Done);
    std::string yaml = session_to_yaml(s);
    std::string log = yaml.substr(yaml.find("\nlog:\n"));
    CHECK(log == R"(
log:
  - time: t1
    kind: do
    edit: {add_lane: lane-1, title: Extra, at: 1, capacity: 3, ranked: true, cards: []}
  - time: t2
    kind: do
    edit: {move: K1, from: pile/0, to: lane-1/0}
  - time: t3
    kind: do
    edit: {rename_lane: lane-1, from: Extra, to: "Extra, later"}
  - time: t4
    kind: do
    edit: {move_lane: lane-1, from: 1, to: 0}
  - time: t5
    kind: do
    edit: {set_capacity: lane-1, from: 3, to: 0}
  - time: t6
    kind: do
    edit: {remove_lane: lane-1, title: "Extra, later", at: 0, capacity: 0, ranked: true, cards: [K1]}
  - time: t7
    kind: undo
    edit: {add_lane: lane-1, title: "Extra, later", at: 0, capacity: 0, ranked: true, cards: [K1]}
  - time: t8
    kind: redo
    edit: {remove_lane: lane-1, title: "Extra, later", at: 0, capacity: 0, ranked: true, cards: [K1]}
)");
}

TEST_CASE("retired cards are listed after the pile, only when there are any")
{
    Session s = make_session(sample_deck());
    CHECK(session_to_yaml(s).find("retired") == std::string::npos);
    s.retired = {"K2"};
    CHECK(session_to_yaml(s).find("\npile: [K1, K2]\nretired: [K2]\nnotes: {}\n") != std::string::npos);
}

TEST_CASE("places in the log: the pile, lanes, and lane ids that look like the pile")
{
    CHECK(place_token("", 0) == "pile/0");
    CHECK(place_token("nu", 12) == "nu/12");
    CHECK(place_token("pile", 1) == "lane:pile/1");
    CHECK(place_token("lane:x", 2) == "lane:lane:x/2");
    CHECK(place_token("a/b", 3) == "a/b/3");
}

TEST_CASE("control characters never reach the file: a CR is the line end it meant, the others go")
{
    Session s = make_session(sample_deck());
    const std::pair<std::string, std::string> cases[] = {
        {"a\r\nb\rc", "a\nb\nc"},
        {std::string("nul\0byte", 8), "nulbyte"},
        {"\x1b]2;pwned\x07 title", "]2;pwned title"},
        {"del\x7f c1\xc2\x85 end", "del c1 end"},
        {"tab\tand\nnewline stay", "tab\tand\nnewline stay"},
    };
    for (const auto& [given_, written] : cases) {
        const std::string& given = given_;  // CAPTURE cannot name a structured binding in clang 14
        CAPTURE(given);
        s.meta.remarks = given;
        std::string yaml = session_to_yaml(s);
        SessionLoad load = parse_session(yaml, "s.yaml");
        INFO(lines(load.diagnostics));
        REQUIRE(load.session);
        CHECK(load.session->meta.remarks == written);
    }
}

TEST_CASE("strings that YAML would misread are quoted and read back exactly")
{
    const std::string tricky[] = {
        "yes", "No", "true", "null", "~", "0.1", "12", "-5", "+1", ".inf", "2024-05-02", "",
        "a: b", "#hash", "x #y", "a, b", "[x]", "{y}", "*alias", "&anchor", "!tag", "|", ">", "'single'", "\"double\"",
        " leading", "trailing ", "tab\there", "line\nnext", "line\nnext\n",
        "é ë ï ö “curly” – — €", "%percent", "@at", "`tick", "?", "-", "- item", "key:", "end\\",
    };
    Session s = make_session(sample_deck());
    for (const std::string& t : tricky) {
        CAPTURE(t);
        s.meta.remarks = t;
        s.board.notes[0] = t.empty() ? "x" : t;
        std::string yaml = session_to_yaml(s);
        YAML::Node root = YAML::Load(yaml);
        CHECK(root["metadata"]["remarks"].as<std::string>() == t);
        CHECK(root["notes"]["K1"].as<std::string>() == s.board.notes[0]);
    }
    // What another YAML reader would take for a boolean, null or number is in quotes.
    for (const char* t : {"yes", "No", "true", "null", "~", "0.1", "12", "-5", "+1", ".inf", "2024-05-02", "ON", "y"}) {
        CAPTURE(t);
        s.meta.remarks = t;
        CHECK(session_to_yaml(s).find("  remarks: \"" + std::string(t) + "\"\n") != std::string::npos);
    }
}

TEST_CASE("text that is not valid UTF-8 is written with replacement characters, so it reads back")
{
    Session s = make_session(sample_deck());
    s.meta.title = std::string("caf\xE9 \xC3\xA9 \xED\xA0\x80 \xF4\x90\x80\x80 \xC0\xAF end");
    YAML::Node root = YAML::Load(session_to_yaml(s));
    CHECK(root["metadata"]["title"].as<std::string>() ==
          "caf\xEF\xBF\xBD \xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD "
          "\xEF\xBF\xBD\xEF\xBF\xBD end");
}

TEST_CASE("saving a session writes the file safely")
{
    TempDir dir;
    std::string path = dir / "workshop.yaml";
    Session s = sample_session();
    WriteResult r = save_session_file(path, s);
    REQUIRE_MESSAGE(r.ok, failure_text(r.failure, "en"));
    YAML::Node root = YAML::LoadFile(path);
    CHECK(root["format"].as<int>() == kSessionFormat);
    CHECK(root["pile"][0].as<std::string>() == "K1");
}

TEST_CASE("the log cache gives the same text as writing from scratch, and notices a different log")
{
    LogYamlCache cache;
    Session s = sample_session();
    CHECK(session_to_yaml(s, &cache) == session_to_yaml(s));
    CHECK(cache.entries.size() == 3);
    REQUIRE(perform(s, Move{"K1", "niet", 0}, "2024-05-02T09:03:00Z") == Refusal::None);
    CHECK(session_to_yaml(s, &cache) == session_to_yaml(s));
    CHECK(cache.entries.size() == 4);

    // Another session with as many entries but other ones: the cache starts over.
    Session other = sample_session();
    other.log[0].time = "2025-01-01T00:00:00Z";
    REQUIRE(perform(other, Move{"K1", "nu", 1}, "2024-05-02T09:03:00Z") == Refusal::None);
    CHECK(session_to_yaml(other, &cache) == session_to_yaml(other));
    // A shorter log (a new session) too.
    Session fresh = make_session(sample_deck());
    CHECK(session_to_yaml(fresh, &cache) == session_to_yaml(fresh));
    CHECK(session_to_yaml(fresh, &cache).find("\nlog: []\n") != std::string::npos);
}
