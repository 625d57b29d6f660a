#include <doctest/doctest.h>

#include "export_fixture.h"
#include "io/export/masterplan.h"
#include "report_fixture.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

// The rows of the per-theme table under the heading `theme`.
std::vector<std::vector<std::string>> theme_rows(const Report& r, const std::string& theme)
{
    for (std::size_t i = 0; i + 1 < r.blocks.size(); ++i) {
        const auto* h = std::get_if<block::Heading>(&r.blocks[i].item);
        const auto* t = std::get_if<block::Table>(&r.blocks[i + 1].item);
        if (h && t && h->level == 3 && h->text == theme) {
            std::vector<std::vector<std::string>> rows;
            for (const auto& row : t->rows) {
                rows.emplace_back();
                for (const block::Cell& c : row)
                    rows.back().push_back(c.text);
            }
            return rows;
        }
    }
    return {};
}

}  // namespace

TEST_CASE("the masterplan composer: title, theme band, title block, sections and bookmarks")
{
    Report r = compose_masterplan(fixture::export_document());
    CHECK(r.title == "Masterplan informatievoorziening \u2014 ontwerp");
    CHECK(r.organisation == "Gemeente Zonnedorp");
    CHECK(r.author == "An Peeters");
    CHECK(r.created == fixture::kGenerated);
    CHECK(r.footer == "Masterplan informatievoorziening \u2014 ontwerp \u00B7 Gemeente Zonnedorp");
    CHECK(r.page_number == "Pagina {page} van {pages}");
    REQUIRE(r.blocks.size() > 3);
    const auto* title = std::get_if<block::Heading>(&r.blocks[0].item);
    REQUIRE(title);
    CHECK(title->level == 1);
    const auto* band = std::get_if<block::Strip>(&r.blocks[1].item);
    REQUIRE(band);
    // The theme colours as the principles first show them: K3, O3, I5, S1.
    CHECK(band->colours == std::vector<Colour>{{0xF2, 0xB1, 0x34}, {0x2E, 0x86, 0xAB}, {0x6A, 0x99, 0x4E},
                                               {0xA2, 0x3B, 0x72}});
    const auto* fields = std::get_if<block::List>(&r.blocks[2].item);
    REQUIRE(fields);
    CHECK(fields->fields);
    CHECK(fields->items.size() == 8);
    CHECK(fields->items[0].label == "Organisatie");

    std::vector<std::string> sections;
    int principles = 0, bookmarked = 0;
    for (const block::Heading* h : fixture::blocks_of<block::Heading>(r)) {
        bookmarked += h->bookmark;
        if (h->level == 2)
            sections.push_back(h->text);
        principles += h->level >= 3 && h->text.find(" \u2014 ") != std::string::npos;
    }
    CHECK(sections == std::vector<std::string>{"Versiebeheer", "Managementsamenvatting", "Werkwijze", "Nu \u2014 jaar 1",
                                               "Binnen drie jaar", "Op langere termijn", "Actieplan", "Roadmap",
                                               "Bijlage A \u2014 Niet geplaatst en niet prioritair",
                                               "Bijlage B \u2014 Verloop van de sessie",
                                               "Bijlage C \u2014 Prioriteiten per thema"});
    CHECK(principles == 18);
    CHECK(bookmarked == 10 + 18 + 4);  // sections (not the version table's), principles, themes
}

TEST_CASE("the masterplan composer keeps each principle together, down to its action table")
{
    Report r = compose_masterplan(fixture::export_document());
    std::size_t at = 0;
    while (at < r.blocks.size()) {
        const auto* h = std::get_if<block::Heading>(&r.blocks[at].item);
        if (h && h->text == "1. K3 \u2014 Slechts \u00e9\u00e9n keer vragen")
            break;
        ++at;
    }
    REQUIRE(at + 5 < r.blocks.size());
    const auto* h = std::get_if<block::Heading>(&r.blocks[at].item);
    CHECK(h->bar == Colour{0xF2, 0xB1, 0x34});
    const auto* theme = std::get_if<block::Paragraph>(&r.blocks[at + 1].item);
    REQUIRE(theme);
    CHECK(theme->style == block::Style::Detail);
    CHECK(theme->spans.size() == 2);
    CHECK(theme->spans[0].text == "Thema:");
    CHECK(theme->spans[0].strong);
    CHECK(std::get_if<block::Paragraph>(&r.blocks[at + 3].item)->style == block::Style::Label);
    CHECK(std::get_if<block::Paragraph>(&r.blocks[at + 4].item)->style == block::Style::Quote);
    const auto* table = std::get_if<block::Table>(&r.blocks[at + 5].item);
    REQUIRE(table);
    CHECK(table->name == "Actie_K3");
    CHECK(table->rows.size() == 3);  // its three actions
    CHECK(table->header.size() == 4);
    CHECK(table->rows[2][1].text == "\u26A0 eigenaar ontbreekt");
    for (std::size_t k = at; k < at + 5; ++k)
        CHECK(r.blocks[k].keep_with_next);
    CHECK(!r.blocks[at + 5].keep_with_next);
    // Five principles' actions, four themes, the versions, the top five, the budget, the action plan, the roadmap.
    CHECK(fixture::blocks_of<block::Table>(r).size() == 5 + 4 + 5);
}

TEST_CASE("annex C lists every theme's principles in board order with lane and rank")
{
    Report r = compose_masterplan(fixture::export_document());
    using Rows = std::vector<std::vector<std::string>>;
    CHECK(theme_rows(r, "De klant") == Rows{{"1", "K3 \u2014 Slechts \u00e9\u00e9n keer vragen", "Nu \u2014 jaar 1"},
                                            {"3", "K4 \u2014 Veilige gegevensstromen", "Nu \u2014 jaar 1"},
                                            {"8", "K1 \u2014 De klant centraal", "Binnen drie jaar"},
                                            {"14", "K2 \u2014 Informatiepositie van de klant", "Op langere termijn"}});
    Rows intern = theme_rows(r, "Interne organisatie");
    REQUIRE(intern.size() == 7);
    std::vector<std::string> codes, ranks, lanes;
    for (const auto& row : intern) {
        ranks.push_back(row[0]);
        codes.push_back(row[1].substr(0, 2));
        lanes.push_back(row[2]);
    }
    CHECK(codes == std::vector<std::string>{"I5", "I1", "I4", "I6", "I7", "I2", "I3"});
    CHECK(ranks == std::vector<std::string>{"4", "7", "10", "13", "", "", ""});
    CHECK(lanes[4] == "Niet prioritair");
    CHECK(lanes[6] == "Niet geplaatst");
    std::size_t cards = 0;
    for (const char* theme : {"De klant", "Organisatie en processen", "Interne organisatie", "Samenwerking en regie"})
        cards += theme_rows(r, theme).size();
    CHECK(cards == 18);

    Report en = compose_masterplan(fixture::export_document("en"));
    bool annex = false;
    for (const block::Heading* h : fixture::blocks_of<block::Heading>(en))
        annex = annex || h->text == "Annex C \u2014 Priorities per theme";
    CHECK(annex);
    CHECK(theme_rows(en, "De klant")[0] == std::vector<std::string>{"1", "K3 \u2014 Slechts \u00e9\u00e9n keer vragen",
                                                                     "Nu \u2014 jaar 1"});
}

TEST_CASE("annex C: a theme without principles says so; a card of a theme the deck lacks gets its own")
{
    Session s = fixture::export_session_fixture();
    s.deck.themes.push_back({"leeg", "Leeg thema", {0x55, 0x55, 0x55}});
    s.deck.cards[0].theme = "onbekend";  // K1
    Report r = compose_masterplan(make_document(s, ""));
    std::size_t at = 0;
    for (; at < r.blocks.size(); ++at) {
        const auto* h = std::get_if<block::Heading>(&r.blocks[at].item);
        if (h && h->text == "Leeg thema")
            break;
    }
    REQUIRE(at + 1 < r.blocks.size());
    const auto* quiet = std::get_if<block::Paragraph>(&r.blocks[at + 1].item);
    REQUIRE(quiet);
    CHECK(quiet->spans[0].text == "Geen principes in dit thema.");
    CHECK(theme_rows(r, "onbekend") == std::vector<std::vector<std::string>>{
                                           {"8", "K1 \u2014 De klant centraal", "Binnen drie jaar"}});
    CHECK(theme_rows(r, "De klant").size() == 3);
}
