// The masterplan's plan parts as blocks: the roadmap places each action in
// its years, the budget falls per year, and empty places say what to do.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/strings.h"
#include "export_fixture.h"
#include "io/export/markdown_writer.h"
#include "io/export/masterplan.h"
#include "io/export/masterplan_plan.h"
#include "report_fixture.h"

using namespace prio;

namespace {

// The roadmap's filled cells, per row: the years marked.
std::vector<std::vector<std::string>> marked_years(const block::Table& t)
{
    std::vector<std::vector<std::string>> out;
    for (const auto& row : t.rows) {
        std::vector<std::string> years;
        for (std::size_t c = 1; c < row.size(); ++c)
            if (row[c].fill)
                years.push_back(t.header[c].text);
        out.push_back(years);
    }
    return out;
}

}  // namespace

TEST_CASE("the roadmap has a column per year of the plan and fills each action's years from start to end")
{
    Document doc = fixture::export_document();
    block::Table t = roadmap_table(doc);
    REQUIRE(t.header.size() == 1 + 6);
    CHECK(t.header[1].text == "2025");
    CHECK(t.header[6].text == "2030");
    CHECK(t.widths.size() == t.header.size());
    using Years = std::vector<std::vector<std::string>>;
    CHECK(marked_years(t) == Years{{"2025"},
                                   {"2025"},
                                   {"2026", "2027"},
                                   {"2025", "2026"},
                                   {"2026"},
                                   {"2025", "2026", "2027", "2028", "2029", "2030"},
                                   {"2027", "2028"},
                                   {},  // a8 has no term
                                   {"2028", "2029"},
                                   {"2029", "2030"}});
    CHECK(t.rows[7][1].text == "geen termijn");
    // In the order of the principles' priority: K3's first, then O3's.
    CHECK(t.rows[0][0].text == "K3 \u00B7 Attesten via MAGDA ophalen");
    CHECK(t.rows[3][0].text == "O3 \u00B7 Raamcontract cloud");
    // The bar has the principle's theme colour.
    CHECK(t.rows[0][1].fill == Colour{0xF2, 0xB1, 0x34});
}

TEST_CASE("an action outside the plan period, and a plan without a period, on the roadmap")
{
    Session s = fixture::export_session_fixture();
    PlanAction late{"a11", "K3", "Evaluatie", "Stafdienst", {2031, 1}, {2032, 4}, 10000, std::nullopt, ActionStatus::Planned};
    REQUIRE(perform(s, AddAction{late, 10}, "2024-05-14T10:00:00Z") == Refusal::None);
    Document doc = make_document(s, fixture::kGenerated);
    // Its budget is outside the period, said as such.
    CHECK(doc.plan.budget[6].label == "buiten de planperiode");
    CHECK(doc.plan.budget[6].operating == 10000);
    REQUIRE(perform(s, SetPlanPeriod{0, 0}, "2024-05-14T10:01:00Z") == Refusal::None);
    doc = make_document(s, fixture::kGenerated);
    // Without a period, the roadmap spans the years the actions name.
    block::Table t = roadmap_table(doc);
    CHECK(t.header[1].text == "2025");
    CHECK(t.header.back().text == "2032");
    CHECK(marked_years(t)[3] == std::vector<std::string>{"2031", "2032"});  // with K3's, the first principle
}

TEST_CASE("the budget per year spreads an action's budget evenly over its years and sums to the totals")
{
    Document doc = fixture::export_document();
    CHECK(spread(100, YearSpan{2025, 2027}) == std::vector<std::pair<int, long long>>{{2025, 34}, {2026, 33}, {2027, 33}});
    REQUIRE(doc.plan.budget.size() == 7);  // six years, and "no term" for a8
    CHECK(doc.plan.budget[0].label == "2025");
    CHECK(doc.plan.budget[6].label == "zonder termijn");
    CHECK(doc.plan.budget[6].operating == 30000);
    long long operating = 0, investment = 0;
    for (const DocBudgetYear& y : doc.plan.budget) {
        operating += y.operating;
        investment += y.investment;
    }
    CHECK(operating == doc.plan.operating);
    CHECK(investment == doc.plan.investment);
    CHECK(doc.plan.operating == 131000);
    CHECK(doc.plan.investment == 400000);
    CHECK(euros(1250000, "nl") == "\u20AC 1.250.000");
    CHECK(euros(1250000, "en") == "\u20AC1,250,000");
}

TEST_CASE("a plan with nothing in it says what is to do instead of showing empty tables")
{
    Session s = make_session(fixture::export_deck());
    REQUIRE(perform(s, Move{"K3", "nu", 0}, "2024-05-14T10:00:00Z") == Refusal::None);
    Report r = compose_masterplan(make_document(s, ""));
    std::vector<std::string> quiet;
    for (const block::Paragraph* p : fixture::blocks_of<block::Paragraph>(r))
        if (p->style == block::Style::Quiet)
            quiet.push_back(p->spans[0].text);
    auto has = [&](const char* key) { return std::find(quiet.begin(), quiet.end(), std::string(tr(key, "nl"))) != quiet.end(); };
    CHECK(has("export.versions_none"));
    CHECK(has("plan.no_actions_yet"));
    CHECK(has("export.action_plan_none"));
    CHECK(has("export.roadmap_none"));
    // No table but the summary's top principles and annex C's, one per theme.
    CHECK(fixture::blocks_of<block::Table>(r).size() == 1 + 4);
}

TEST_CASE("the summary names the top five in a table and shows the board's picture when the app gives one")
{
    Document doc = fixture::export_document();
    Report without = compose_masterplan(doc);
    CHECK(fixture::blocks_of<block::Image>(without).empty());
    const block::Table* top = nullptr;
    for (const block::Table* t : fixture::blocks_of<block::Table>(without))
        if (t->name == tr("export.top_principles", "nl"))
            top = t;
    REQUIRE(top != nullptr);
    REQUIRE(top->rows.size() == 5);
    CHECK(top->rows[0][0].text == "1");
    CHECK(top->rows[0][1].text == "K3 \u00B7 " + doc.rows[0].title);
    CHECK(top->rows[4][0].text == "5");
    CHECK(top->rows[0][2].text == doc.rows[0].lane);

    doc.board_picture = "\x89PNG...";
    Report with = compose_masterplan(doc);
    std::vector<const block::Image*> images = fixture::blocks_of<block::Image>(with);
    REQUIRE(images.size() == 1);
    CHECK(images[0]->png == doc.board_picture);
    CHECK(images[0]->alt == tr("export.board_picture", "nl"));
    // On the summary's page: after its heading, before the next page break.
    std::size_t heading = 0, image = 0, next_break = 0;
    for (std::size_t i = 0; i < with.blocks.size(); ++i) {
        if (const auto* h = std::get_if<block::Heading>(&with.blocks[i].item); h && h->text == tr("export.summary", "nl"))
            heading = i;
        if (std::holds_alternative<block::Image>(with.blocks[i].item))
            image = i;
        if (heading && !next_break && i > heading && std::holds_alternative<block::PageBreak>(with.blocks[i].item))
            next_break = i;
    }
    CHECK(heading > 0);
    CHECK(heading < image);
    CHECK(image < next_break);
    // No picture file beside the Markdown: no link to one.
    CHECK(report_markdown(with) == report_markdown(without));
    doc.board_picture_file = "sessie-bord.png";
    CHECK(report_markdown(compose_masterplan(doc)).find("](sessie-bord.png)") != std::string::npos);
}
