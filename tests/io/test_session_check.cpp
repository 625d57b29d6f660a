// `check` tells decks from sessions; the session list shows name,
// organisation, date and progress, and broken files with their errors.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "io/session/session_check.h"
#include "io/session/session_deck.h"
#include "io/session/session_list.h"
#include "io/session/session_text.h"
#include "io/session/session_yaml.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;
namespace fs = std::filesystem;

namespace {

Session workshop()
{
    SessionStart start = start_session(bundled_source("nl"));
    REQUIRE(start.session);
    Session s = *start.session;
    s.meta.title = "Workshop masterplan";
    s.meta.organisation = "Gemeente Zottegem";
    s.meta.date = "2024-05-02";
    REQUIRE(perform(s, Move{"K1", "nu", 0}, "t1") == Refusal::None);
    REQUIRE(perform(s, Move{"O2", "later", 0}, "t2") == Refusal::None);
    REQUIRE(perform(s, Move{"I3", "nu", 1}, "t3") == Refusal::None);
    return s;
}

}  // namespace

TEST_CASE("check_file: a session gets a session summary line")
{
    TempDir dir;
    REQUIRE(save_session_file(dir / "s.yaml", workshop()).ok);
    FileCheck c = check_file(dir / "s.yaml");
    CHECK(c.kind == FileCheck::Kind::Session);
    CHECK(c.ok);
    CHECK(c.diagnostics.empty());
    CHECK(c.summary == dir / "s.yaml" +
                           ": ok: session \"Workshop masterplan\" (Gemeente Zottegem), deck \"strategische-beleidsprincipes\", 3/18 placed, 4 lanes, 3 log entries");

    Session untitled = make_session(workshop().deck);
    untitled.retired = {"K2"};
    REQUIRE(save_session_file(dir / "u.yaml", untitled).ok);
    c = check_file(dir / "u.yaml");
    CHECK(c.summary == dir / "u.yaml" + ": ok: session (untitled), deck \"strategische-beleidsprincipes\", 0/18 placed, 4 lanes, 0 log entries, 1 retired cards");
}

TEST_CASE("check_file: a deck is still checked as a deck")
{
    FileCheck c = check_file(std::string(PRIO_SOURCE_DIR) + "/cards/principles.en.yaml");
    CHECK(c.kind == FileCheck::Kind::Deck);
    CHECK(c.ok);
    CHECK(c.summary == std::string(PRIO_SOURCE_DIR) + "/cards/principles.en.yaml: ok: deck \"strategische-beleidsprincipes\" (en), 18 cards, 4 themes, 4 lanes");

    FileCheck missing = check_file("/nonexistent/x.yaml");
    CHECK(missing.kind == FileCheck::Kind::Deck);
    CHECK_FALSE(missing.ok);
    CHECK_FALSE(missing.diagnostics.empty());
}

TEST_CASE("check_file: a bad session gets the session's errors, also when its YAML is broken")
{
    TempDir dir;
    std::string text = session_to_yaml(workshop());
    std::string placed_twice = text;
    placed_twice.replace(placed_twice.find("cards: [K1, I3]"), 15, "cards: [K1, I3, K2]");
    std::ofstream(dir / "twice.yaml") << placed_twice;
    FileCheck c = check_file(dir / "twice.yaml");
    CHECK(c.kind == FileCheck::Kind::Session);
    CHECK_FALSE(c.ok);
    CHECK(c.summary.empty());
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(format(c.diagnostics[0], "en").find(": error: card 'K2' is placed twice: also in lane 'nu' on line ") != std::string::npos);

    std::ofstream(dir / "broken.yaml") << "format: 1\nlanes: [unclosed\n";
    c = check_file(dir / "broken.yaml");
    CHECK(c.kind == FileCheck::Kind::Session);
    CHECK(lines(c.diagnostics) == dir / "broken.yaml" + ":2:8: error: the list opened here with '[' is not closed: expected ',' or ']'\n");
}

TEST_CASE("list_sessions: newest first, broken files with their errors, no backups or temporary files")
{
    TempDir dir;
    Session a = workshop();
    Session b = workshop();
    b.meta.title = "Tweede sessie";
    REQUIRE(perform(b, Move{"S1", "niet", 0}, "t4") == Refusal::None);
    REQUIRE(save_session_file(dir / "a.yaml", a).ok);
    REQUIRE(save_session_file(dir / "a.yaml", a).ok);  // leaves a.yaml~
    REQUIRE(save_session_file(dir / "b.yaml", b).ok);
    std::ofstream(dir / "broken.yaml") << "format: 9\n";
    std::ofstream(dir / ".a.yaml.tmp-abcdefgh") << "half";
    std::ofstream(dir / "notes.txt") << "not a session";
    auto now = fs::file_time_type::clock::now();
    fs::last_write_time(dir / "a.yaml", now - std::chrono::hours(2));
    fs::last_write_time(dir / "b.yaml", now - std::chrono::hours(1));
    fs::last_write_time(dir / "broken.yaml", now - std::chrono::hours(3));

    std::vector<ListedSession> list = list_sessions(dir.path);
    REQUIRE(list.size() == 3);
    CHECK(list[0].path == dir / "b.yaml");
    CHECK(list[0].title == "Tweede sessie");
    CHECK(progress_text(list[0], "en") == "4/18 placed");
    CHECK(list[1].path == dir / "a.yaml");
    CHECK(list[1].organisation == "Gemeente Zottegem");
    CHECK(list[1].date == "2024-05-02");
    CHECK(list[1].deck == "Strategische beleidsprincipes");
    CHECK(progress_text(list[1], "nl") == "3/18 geplaatst");
    CHECK(list[1].errors.empty());
    CHECK(list[2].path == dir / "broken.yaml");
    CHECK(lines(list[2].errors) == dir / "broken.yaml" + ":1:9: error: written by a newer Prioriteer: format 9, this version reads up to 5\n");
    CHECK(list_sessions(dir / "missing").empty());
}
