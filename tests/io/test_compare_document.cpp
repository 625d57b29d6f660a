// "Open as new board" on a comparison: a new untitled session whose board is
// the regional starting board, whose log says where it came from, kept in
// the recovery slot like any new work, and written and read back.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "app/document.h"
#include "io/session/compare_load.h"
#include "io/session/session_deck.h"
#include "io/session/session_yaml.h"
#include "council_fixture.h"

using namespace prio;
using namespace prio::test;

namespace {

std::string council(const TempDir& dir, const std::string& name, const std::vector<std::pair<std::string, std::string>>& moves)
{
    return council_session(dir, name, moves, "nl", "notitie van " + name);
}

}  // namespace

TEST_CASE("a regional board from a comparison is a new session on the common deck, logged, unsaved and autosaved")
{
    TempDir dir;
    std::string a = council(dir, "Aalter", {{"K1", "nu"}, {"K2", "nu"}, {"O1", "later"}});
    std::string b = council(dir, "Beernem", {{"K1", "nu"}, {"O1", "nu"}, {"K2", "later"}});
    std::string c = council(dir, "Damme", {{"K2", "nu"}, {"K1", "later"}});
    ComparisonLoad load = load_comparison({a, b, c});
    REQUIRE(load.ok);
    Comparison cmp = compare(load.deck, load.councils);

    SessionDocument doc;
    document_start(doc, dir / "state/recovery", dir / "state/recent.txt", dir / "Documents/Prioriteer");
    REQUIRE(document_new(doc, bundled_source("nl")).ok);
    REQUIRE(document_new_regional(doc, cmp, "en", "2026-02-01T09:00:00Z").ok);

    CHECK(doc.session.board == regional_board(cmp));
    CHECK(doc.session.deck == cmp.deck);
    CHECK(doc.session.language == "en");
    CHECK(doc.session.deck_path == bundled_source("nl"));
    CHECK(doc.autosave.session_path.empty());  // untitled: Save asks where
    CHECK(document_unsaved(doc));              // closing it asks first
    REQUIRE(doc.session.log.size() == 1);
    const auto& origin = std::get<ComparisonOrigin>(doc.session.log[0].what);
    CHECK(origin.councils == std::vector<std::string>{"Aalter", "Beernem", "Damme"});
    CHECK(origin.kendall_w == doctest::Approx(cmp.all.concordance.w).epsilon(0.001));
    // K1 lies in "nu" for two councils of three, so the regional board has it there.
    const Lane& nu = doc.session.board.lanes[static_cast<std::size_t>(find_lane(doc.session.board, "nu"))];
    CHECK(std::find(nu.cards.begin(), nu.cards.end(), find_card(doc.session.deck, "K1")) != nu.cards.end());

    // Like any new work it is in the recovery slot at the next autosave.
    autosave_tick(doc.autosave, doc.session, 1e9);
    CHECK(autosave_changes_nowhere(doc.autosave, doc.session) == 0);

    // The log entry survives a save and a read.
    std::string path = dir / "regional.yaml";
    REQUIRE(save_session_file(path, doc.session).ok);
    SessionLoad back = load_session_file(path);
    REQUIRE(back.session);
    CHECK(back.session->log == doc.session.log);
    CHECK(back.session->board == doc.session.board);
}

TEST_CASE("a comparison log entry with a W that is no number from 0 to 1 is refused where it stands")
{
    TempDir dir;
    Session s = *start_session(bundled_source("nl")).session;
    start_from_comparison(s, s.board, ComparisonOrigin{{"A", "B"}, 0.5}, "2026-02-01T09:00:00Z");
    std::string text = session_to_yaml(s);
    REQUIRE(text.find("kendall_w: 0.500") != std::string::npos);
    std::string path = dir / "bad.yaml";
    {
        std::string bad = text.replace(text.find("kendall_w: 0.500"), 16, "kendall_w: 1.500");
        std::ofstream(path) << bad;
    }
    SessionLoad load = load_session_file(path);
    CHECK_FALSE(load.session);
    REQUIRE(!load.diagnostics.empty());
    CHECK(format(load.diagnostics[0], "en").find("kendall_w of comparison of log entry 1 must be a number from 0 to 1, found") != std::string::npos);
}
