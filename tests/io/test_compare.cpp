#include <doctest/doctest.h>

#include "io/session/compare_load.h"
#include "io/export/export_compare.h"
#include "io/session/session_deck.h"
#include "io/session/session_yaml.h"
#include "council_fixture.h"

using namespace prio;
using namespace prio::test;

namespace {

// A council's session on the bundled deck of `language`, with `first` in
// lane "nu" in that order and the rest on the pile.
std::string council(const TempDir& dir, const std::string& name, const std::vector<std::string>& first,
                    const std::string& language = "nl") {
    std::vector<std::pair<std::string, std::string>> moves;
    for (const std::string& card : first)
        moves.emplace_back(card, "nu");
    return council_session(dir, name, moves, language);
}

}  // namespace

TEST_CASE("councils load by card code, across languages, and are compared")
{
    TempDir dir;
    std::string a = council(dir, "Aalter", {"K1", "K2", "O1"});
    std::string b = council(dir, "Beernem", {"K1", "O1", "K2"}, "en");
    std::string c = council(dir, "Damme", {"K2", "K1"});
    ComparisonLoad load = load_comparison({a, b, c});
    REQUIRE(load.ok);
    CHECK(load.councils.size() == 3);
    CHECK(load.councils[1].name == "Beernem");
    Comparison cmp = compare(load.deck, load.councils);
    int k1 = find_card(load.deck, "K1");
    CHECK(cmp.all.borda_order.front() == k1);
    CHECK(cmp.all.cards[static_cast<std::size_t>(k1)].first_lane == 3);
    // The English session's ranks line up with the Dutch ones by code.
    CHECK(cmp.all.cards[static_cast<std::size_t>(find_card(load.deck, "O1"))].ranks[1] == 2);

    std::string json = comparison_json(cmp, "2026-01-01T00:00:00Z");
    CHECK(json.find("\"format\": \"prioriteer-comparison\"") != std::string::npos);
    CHECK(json.find("\"code\": \"K1\"") < json.find("\"code\": \"K2\""));
    std::string csv = comparison_csv(cmp, ';', "nl");
    CHECK(csv.rfind("\xEF\xBB\xBFRang;Code;Principe", 0) == 0);
    CHECK(csv.find("1;K1;") != std::string::npos);
    CHECK(comparison_table(cmp).find("3 councils, 18 cards") == 0);
}

TEST_CASE("a comparison is refused, naming the files, when the sessions do not fit together")
{
    TempDir dir;
    std::string a = council(dir, "Aalter", {"K1"});
    std::string b = council(dir, "Beernem", {"K2"});

    ComparisonLoad one = load_comparison({a});
    CHECK_FALSE(one.ok);
    CHECK(format(one.diagnostics.at(0), "en").find("2 to 500 sessions; 1 given") != std::string::npos);

    std::vector<std::string> many(501, a);
    CHECK(format(load_comparison(many).diagnostics.at(0), "en").find("501 given") != std::string::npos);

    ComparisonLoad twice = load_comparison({a, b, dir.path + "/./Aalter.yaml"});
    CHECK_FALSE(twice.ok);
    CHECK(format(twice.diagnostics.at(0), "en") == dir.path + "/./Aalter.yaml: error: the same file as " + a + ", given twice");

    spit(dir / "broken.yaml", "format: 1\nlanes: [\n");
    ComparisonLoad broken = load_comparison({a, dir / "broken.yaml"});
    CHECK_FALSE(broken.ok);
    CHECK(format(broken.diagnostics.at(0), "en").rfind(dir / "broken.yaml:", 0) == 0);

    Session other = *start_session(bundled_source("nl")).session;
    other.deck.id = "een-ander-deck";
    REQUIRE(save_session_file(dir / "other.yaml", other).ok);
    ComparisonLoad decks = load_comparison({a, dir / "other.yaml"});
    CHECK_FALSE(decks.ok);
    CHECK(format(decks.diagnostics.at(0), "en").find("its deck is \"een-ander-deck\"") != std::string::npos);

    Session newer = *start_session(bundled_source("nl")).session;
    newer.deck.version = "99";
    newer.retired = {"K1"};
    REQUIRE(save_session_file(dir / "newer.yaml", newer).ok);
    ComparisonLoad warned = load_comparison({a, dir / "newer.yaml"});
    CHECK(warned.ok);
    REQUIRE(warned.diagnostics.size() == 2);
    CHECK(warned.diagnostics[0].severity == Severity::Warning);
    CHECK(message_text(warned.diagnostics[1], "en") == "1 retired card(s) count as unranked");
}

TEST_CASE("councils weigh their inhabitants and carry their segment from the session details")
{
    TempDir dir;
    Session big = *start_session(bundled_source("nl")).session;
    big.meta = {"Brugge", "", "", "", "", "", 119000, "groot"};
    REQUIRE(perform(big, Move{"K2", "nu", 0}, "2026-01-01T00:00:00Z") == Refusal::None);
    REQUIRE(save_session_file(dir / "brugge.yaml", big).ok);
    std::string a = council(dir, "Aalter", {"K1"});
    ComparisonLoad load = load_comparison({a, dir / "brugge.yaml"});
    REQUIRE(load.ok);
    CHECK(load.councils[1].board.segment == "groot");
    std::vector<Diagnostic> errors = weigh_by_inhabitants(load.councils);
    REQUIRE(errors.size() == 1);
    CHECK(format(errors[0], "en") == a + ": error: gives no inhabitants (Session details) to weigh by");
    CHECK(load.councils[1].board.weight == 1);  // unchanged
    load.councils[0].inhabitants = 21000;
    CHECK(weigh_by_inhabitants(load.councils).empty());
    CHECK(load.councils[1].board.weight == 119000);
    Comparison cmp = compare(load.deck, load.councils);
    CHECK(cmp.all.borda_order.front() == find_card(load.deck, "K2"));
    CHECK(cmp.segments.size() == 1);
    // Scores in the hundreds of thousands keep every digit in the CSV and the table: K2 is
    // first for Brugge (119,000 × 17) and, on Aalter's pile, shares ranks 2..18 there (21,000 × (18 − 10)).
    const double k2 = 119000.0 * 17 + 21000.0 * 8;
    CHECK(cmp.all.cards[static_cast<std::size_t>(find_card(load.deck, "K2"))].borda == doctest::Approx(k2));
    std::string csv = comparison_csv(cmp, ';', "nl");
    CHECK(csv.find(";2191000;") != std::string::npos);
    CHECK(csv.find("e+") == std::string::npos);
    CHECK(comparison_table(cmp).find(" 2191000 ") != std::string::npos);
    CHECK(comparison_json(cmp, "").find("\"borda\": 2191000,") != std::string::npos);
}

TEST_CASE("a weights file sets weights and segments, or changes nothing when a line is wrong")
{
    TempDir dir;
    std::string a = council(dir, "Aalter", {"K1"});
    std::string b = council(dir, "Beernem", {"K2"});
    ComparisonLoad load = load_comparison({a, b});
    REQUIRE(load.ok);
    spit(dir / "w.txt", "# inwoners\nAalter;21000;klein\r\n" + b + ";45000;groot\n");
    CHECK(apply_weights_file(dir / "w.txt", load.councils).empty());
    CHECK(load.councils[0].board.weight == 21000);
    CHECK(load.councils[1].board.segment == "groot");
    Comparison cmp = compare(load.deck, load.councils);
    CHECK(cmp.segments.size() == 2);
    CHECK(cmp.all.borda_order.front() == find_card(load.deck, "K2"));

    spit(dir / "bad.txt", "Aalter;1\nBeernem;-3\nNobody;2\nAalter\n");
    std::vector<Diagnostic> errors = apply_weights_file(dir / "bad.txt", load.councils);
    REQUIRE(errors.size() == 3);
    CHECK(format(errors[0], "en") == dir / "bad.txt" + ":2:1: error: the weight \"-3\" is not a number of 0 or more");
    CHECK(errors[1].line == 3);
    CHECK(message_text(errors[2], "en") == "expected COUNCIL;WEIGHT or COUNCIL;WEIGHT;SEGMENT");
    CHECK(load.councils[0].board.weight == 21000);  // unchanged
}
