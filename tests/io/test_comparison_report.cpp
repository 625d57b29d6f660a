#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core/comparison_lanes.h"
#include "core/strings.h"
#include "io/export/comparison_report.h"
#include "io/export/export_compare.h"
#include "io/session/session_deck.h"
#include "report_fixture.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

const std::vector<std::string> kCodes = {"K3", "O3", "K4", "I5", "S1", "O1", "I1", "K1", "S3",
                                         "I4", "S4", "O2", "I6", "K2", "I7", "S2", "I2", "I3"};

// A council whose board holds `order`: six in "nu", six in "komend", two in
// "niet", the rest on the pile; `notes` by code.
CouncilBoard council(const std::string& name, const std::vector<std::string>& order,
                     const std::vector<std::pair<std::string, std::string>>& notes = {}, const std::string& segment = "")
{
    Session s = *start_session(bundled_source("nl")).session;
    const char* lanes[] = {"nu", "komend", "niet"};
    for (std::size_t i = 0; i < order.size() && i < 14; ++i) {
        std::size_t lane = i < 6 ? 0 : i < 12 ? 1 : 2;
        REQUIRE(perform(s, Move{order[i], lanes[lane], static_cast<int>(i < 12 ? i % 6 : i - 12)}, "2026-01-01T00:00:00Z") ==
                Refusal::None);
    }
    for (const auto& [code, text] : notes)
        REQUIRE(perform(s, SetNote{code, text}, "2026-01-01T00:00:00Z") == Refusal::None);
    CouncilBoard c;
    c.name = name;
    c.file = name + ".yaml";
    c.board = rank_board(s.deck, s.deck, s.board, {});
    c.board.segment = segment;
    c.notes = s.board.notes;
    return c;
}

Deck deck() { return start_session(bundled_source("nl")).session->deck; }

// Every council puts K3 first; half put S2 second, the others leave it on the pile.
std::vector<CouncilBoard> councils(std::size_t count, bool segments = false)
{
    std::mt19937 random(7);
    std::vector<CouncilBoard> out;
    for (std::size_t k = 0; k < count; ++k) {
        std::vector<std::string> order;
        for (const std::string& code : kCodes)
            if (code != "K3" && code != "S2")
                order.push_back(code);
        std::shuffle(order.begin(), order.end(), random);
        order.insert(order.begin(), "K3");
        order.insert(k % 2 ? order.begin() + 1 : order.end(), "S2");
        std::vector<std::pair<std::string, std::string>> notes;
        if (k < 3)
            notes.push_back({"S2", "Notitie van bestuur " + std::to_string(k + 1)});
        out.push_back(council("Gemeente " + std::to_string(k + 1), order, notes, segments ? (k % 2 ? "groot" : "klein") : ""));
    }
    return out;
}

std::vector<std::string> headings(const Report& r, int level)
{
    std::vector<std::string> out;
    for (const block::Heading* h : fixture::blocks_of<block::Heading>(r))
        if (h->level == level)
            out.push_back(h->text);
    return out;
}

std::vector<const block::Table*> tables(const Report& r, const std::string& prefix)
{
    std::vector<const block::Table*> out;
    for (const block::Table* t : fixture::blocks_of<block::Table>(r))
        if (t->name.rfind(prefix, 0) == 0)
            out.push_back(t);
    return out;
}

std::string text_of(const Report& r)
{
    std::string out;
    for (const block::Paragraph* p : fixture::blocks_of<block::Paragraph>(r))
        for (const block::Span& s : p->spans)
            out += s.text + "\n";
    return out;
}

}  // namespace

TEST_CASE("the comparison report: its sections, W in numbers and words, the consensus in Borda order")
{
    Comparison c = compare(deck(), councils(8));
    Report r = comparison_report(c, {"nl", "2026-03-02T09:00:00Z", "Europe/Brussels"});
    CHECK(r.language == "nl");
    CHECK(r.title == "Regionale vergelijking van de prioriteiten");
    CHECK(headings(r, 2) == std::vector<std::string>{"Werkwijze", "Besturen", "Overeenstemming", "Consensus",
                                                     "Heatmap: wie legde wat waar", "Betwiste principes",
                                                     "Kemeny naast Borda"});
    std::string text = text_of(r);
    CHECK(text.find("Kendall\u2019s W = 0,") != std::string::npos);
    CHECK(text.find("m = 8 besturen en n = 18 principes") != std::string::npos);
    CHECK(text.find("bij 17 vrijheidsgraden") != std::string::npos);
    CHECK(text.find(std::string(tr(agreement_key(agreement(c.all.concordance.w)), "nl")) + ". Dat is over") != std::string::npos);

    const block::List* fields = fixture::blocks_of<block::List>(r).at(0);
    CHECK(fields->items.at(1).text == "8");
    CHECK(fields->items.back().text == "2 maart 2026");

    auto consensus = tables(r, "Consensus");
    REQUIRE(consensus.size() == 1);
    REQUIRE(consensus[0]->rows.size() == 18);
    for (std::size_t place = 0; place < 18; ++place)
        CHECK(consensus[0]->rows[place][1].text == c.deck.cards[static_cast<std::size_t>(c.all.borda_order[place])].id);
    CHECK(consensus[0]->rows[0][1].text == "K3");
    CHECK(consensus[0]->rows[0][5].text == "8");  // in every council's first lane
    bool s2_marked = false;
    for (const auto& row : consensus[0]->rows)
        s2_marked = s2_marked || (row[1].text == "S2" && row[2].text.find("(betwist)") != std::string::npos);
    CHECK(s2_marked);

    // The councils in cluster order, numbered as the heatmap's columns.
    auto table = tables(r, "Besturen");
    REQUIRE(table.size() == 1);
    REQUIRE(table[0]->rows.size() == 8);
    CHECK(table[0]->rows[0][1].text == c.councils[static_cast<std::size_t>(c.all.board_order[0])].name);
    CHECK(table[0]->header.size() == 3);  // no inhabitants, no segments: number, name, weight
    CHECK(table[0]->rows[0][2].text == "1");
    CHECK(text.find("rang 14,5, het gemiddelde van plaats 11 tot 18") != std::string::npos);
}

TEST_CASE("the heatmap: a coloured cell per council and card that also says its lane and rank")
{
    Comparison c = compare(deck(), councils(8));
    std::vector<LaneKey> legend = lane_legend(c);
    // The deck's lanes the councils used, then the pile; "later" stayed empty.
    REQUIRE(legend.size() == 4);
    CHECK(legend[0].id == "nu");
    CHECK(legend[0].key == "A");
    CHECK(legend[2].id == "niet");
    CHECK_FALSE(legend[2].ranked);
    CHECK(legend[3].id.empty());
    CHECK(legend[3].key == "\u2013");
    CHECK(legend[0].colour != legend[1].colour);

    Report r = comparison_report(c, {"en", "", ""});
    auto maps = tables(r, "Heatmap");
    REQUIRE(maps.size() == 1);
    const block::Table& map = *maps[0];
    REQUIRE(map.header.size() == 9);
    CHECK(map.header[1].text == "1");
    REQUIRE(map.rows.size() == 18);
    CHECK(map.rows[0][0].text == "1. K3");
    for (std::size_t k = 1; k <= 8; ++k) {
        CHECK(map.rows[0][k].text == "A1");  // K3 first everywhere
        CHECK(map.rows[0][k].fill == legend[0].colour);
    }
    // S2: second in the "nu" lane of half the councils, on the pile of the others.
    for (const auto& row : map.rows)
        if (row[0].text.find("S2") != std::string::npos)
            for (std::size_t k = 1; k <= 8; ++k) {
                auto council = static_cast<std::size_t>(c.all.board_order[k - 1]);
                CHECK(row[k].text == (council % 2 ? "A2" : "\u2013"));
                CHECK(row[k].fill == (council % 2 ? legend[0].colour : legend[3].colour));
            }
    auto legends = tables(r, "Legend");
    REQUIRE(legends.size() == 1);
    CHECK(legends[0]->rows.back()[1].text == "Pile (not placed)");
    CHECK(legends[0]->rows[2][2].text == "unranked");
}

TEST_CASE("with 60 councils the heatmap is split into tables of at most 12 councils, long tables into parts")
{
    Comparison c = compare(deck(), councils(60));
    Report r = comparison_report(c, {"en", "", ""});
    auto maps = tables(r, "Heatmap");
    REQUIRE(maps.size() == 5);
    std::size_t columns = 0;
    for (const block::Table* map : maps) {
        CHECK(map->header.size() <= kHeatmapColumns + 1);
        columns += map->header.size() - 1;
    }
    CHECK(columns == 60);
    CHECK(maps[4]->header.back().text == "60");
    CHECK(headings(r, 3).at(0) == "Councils 1 to 12");
    auto parts = tables(r, "Councils");
    REQUIRE(parts.size() == 2);
    CHECK(parts[0]->rows.size() == kReportShortRows);
    CHECK(parts[0]->name == "Councils_1");
    CHECK(parts[1]->rows.back()[0].text == "60");
    // 45 councils in two even parts.
    // The reports are kept: tables() points into them.
    Report of45 = comparison_report(compare(deck(), councils(45)), {"en", "", ""});
    auto even = tables(of45, "Councils");
    REQUIRE(even.size() == 2);
    CHECK(even[0]->rows.size() == 23);
    CHECK(even[1]->rows.size() == 22);
    // 13 councils share two tables evenly.
    Report of13 = comparison_report(compare(deck(), councils(13)), {"en", "", ""});
    auto thirteen = tables(of13, "Heatmap");
    REQUIRE(thirteen.size() == 2);
    CHECK(thirteen[0]->header.size() == 8);
    CHECK(thirteen[1]->header.size() == 7);
}

TEST_CASE("the contested principles with where each council put them and what it noted")
{
    Comparison c = compare(deck(), councils(8));
    int s2 = find_card(c.deck, "S2");
    REQUIRE(c.all.cards[static_cast<std::size_t>(s2)].contested);
    Report r = comparison_report(c, {"en", "", ""});
    std::vector<std::string> h3 = headings(r, 3);
    CHECK(std::find(h3.begin(), h3.end(), "S2 \u00B7 " + c.deck.cards[static_cast<std::size_t>(s2)].title) != h3.end());
    std::string text = text_of(r);
    for (int k = 1; k <= 3; ++k)
        CHECK(text.find("Notitie van bestuur " + std::to_string(k)) != std::string::npos);
    // Councils 1 and 3 (index 0 and 2) left S2 on the pile, council 2 put it second.
    CHECK(text.find("Gemeente 2 (A2)") != std::string::npos);
    CHECK(text.find("Gemeente 1 (\u2013)") != std::string::npos);
    CHECK(text.find("Without a note: ") != std::string::npos);
    CHECK(text.find("A Now \u2014 year 1: 4") == std::string::npos);  // the deck's lane titles stay Dutch
    CHECK(text.find("A Nu \u2014 jaar 1: 4 \u00B7 \u2013 Stapel (niet geplaatst): 4") == std::string::npos);  // English here
    CHECK(text.find("A Nu \u2014 jaar 1: 4 \u00B7 \u2013 Pile (not placed): 4") != std::string::npos);
}

TEST_CASE("Kemeny beside Borda, and the consensus per segment beside the whole")
{
    Comparison c = compare(deck(), councils(8, true));
    Report r = comparison_report(c, {"nl", "", ""});
    auto kemeny = tables(r, "Kemeny");
    REQUIRE(kemeny.size() == 1);
    REQUIRE(kemeny[0]->rows.size() == 18);
    for (std::size_t place = 0; place < 18; ++place) {
        CHECK(kemeny[0]->rows[place][2].text.substr(0, 2) == c.deck.cards[static_cast<std::size_t>(c.all.kemeny_order[place])].id);
        CHECK(kemeny[0]->rows[place][0].fill.has_value() == (c.all.kemeny_order[place] != c.all.borda_order[place]));
    }
    CHECK(headings(r, 2).back() == "Per segment");
    auto segments = tables(r, "Per segment");
    REQUIRE(segments.size() == 1);
    CHECK(segments[0]->header.size() == 4);
    CHECK(segments[0]->header[3].text == "groot");
    CHECK(text_of(r).find("klein (4 besturen): W = 0,") != std::string::npos);
    CHECK(text_of(r).find("\ngroot (4 besturen): W = 0,") != std::string::npos);

    Report plain = comparison_report(compare(deck(), councils(8)), {"nl", "", ""});
    CHECK(tables(plain, "Per segment").empty());
}

TEST_CASE("the councils with their inhabitants, segments and weights, and the sensitivity line")
{
    std::vector<CouncilBoard> weighed = councils(8, true);
    for (std::size_t k = 0; k < weighed.size(); ++k) {
        weighed[k].inhabitants = 12345 * static_cast<long long>(k + 1);
        weighed[k].board.weight = static_cast<double>(weighed[k].inhabitants);
    }
    Comparison c = compare(deck(), weighed);
    Report r = comparison_report(c, {"nl", "", ""});
    auto table = tables(r, "Besturen");
    REQUIRE(table.size() == 1);
    CHECK(table[0]->header.at(2).text == "Inwoners");
    CHECK(table[0]->header.at(3).text == "Segment");
    bool seen = false;
    for (const auto& row : table[0]->rows)
        if (row.at(1).text == "Gemeente 1") {
            seen = true;
            CHECK(row.at(2).text == "12.345");
            CHECK(row.at(3).text == "klein");
            CHECK(row.at(4).text == "12.345");
        }
    CHECK(seen);
    CHECK(fixture::blocks_of<block::List>(r).at(0)->items.at(3).text == "per bestuur, zie de tabel Besturen");
    c.weighting = Weighting::Inhabitants;
    CHECK(fixture::blocks_of<block::List>(comparison_report(c, {"nl", "", ""})).at(0)->items.at(3).text ==
          "naar inwoners, zie de tabel Besturen");
    std::string line = c.top_same_with_equal_weights ? "Met gelijke gewichten zou de top 5 dezelfde zijn."
                                                     : "Met gelijke gewichten zou de top 5 anders zijn.";
    CHECK(text_of(r).find(line) != std::string::npos);
}

TEST_CASE("the comparison as an export subject: every format renders, all files named after the comparison")
{
    Comparison c = compare(deck(), councils(8));
    ExportSubject subject = comparison_subject(c, {"nl", "2026-03-02T09:00:00Z", ""}, ';');
    for (ExportFormat format : all_export_formats()) {
        Rendered out = render_export(subject, format);
        CHECK_MESSAGE(out.error.empty(), out.error);
        CHECK(out.bytes.size() > 100);
        CHECK(export_file_name(subject.names, format) == "vergelijking." + std::string(format_name(format)));
    }
    // Markdown has no colours: the heatmap's first row still says K3 is first everywhere.
    std::string md = render_export(subject, ExportFormat::Markdown).bytes;
    std::size_t row = md.find("| 1. K3 ");
    REQUIRE(row != std::string::npos);
    CHECK(count(md.substr(row, md.find('\n', row) - row), "| A1 ") == 8);
    CHECK(render_export(subject, ExportFormat::Pdf).bytes.rfind("%PDF-", 0) == 0);
    CHECK(export_file_name(comparison_subject(c, {"en", "", ""}, ';').names, ExportFormat::Pdf) == "comparison.pdf");
}
