// The masterplan's plan parts: the version table on the title page, the
// management summary, each principle's actions, the action plan and the
// roadmap. Empty places say what is still to do rather than show an empty
// table.
#include "io/export/masterplan_plan.h"

#include "core/placeholders.h"
#include "core/strings.h"

namespace prio {
namespace {

using block::Cell;
using block::Style;

std::string text(const Document& doc, const char* key)
{
    return std::string(tr(key, doc.language));
}

std::string what_text(const Document& doc, const DocAction& a)
{
    return a.what.empty() ? text(doc, "plan.no_what") : a.what;
}

std::string owner_text(const Document& doc, const DocAction& a)
{
    return a.owner.empty() ? text(doc, "plan.no_owner") : a.owner;
}

Cell head(const Document& doc, const char* key)
{
    return {text(doc, key), {}};
}

// Year, operating, investment and their total, with a sum row.
block::Table budget_table(const Document& doc)
{
    const std::string& lang = doc.language;
    block::Table t;
    t.name = text(doc, "export.budget_per_year");
    t.widths = {0.31, 0.23, 0.23, 0.23};
    t.header = {head(doc, "export.col.year"), head(doc, "export.col.operating"), head(doc, "export.col.investment"),
                head(doc, "export.col.total")};
    for (const DocBudgetYear& y : doc.plan.budget)
        t.rows.push_back({{y.label, {}}, {euros(y.operating, lang), {}}, {euros(y.investment, lang), {}},
                          {euros(y.operating + y.investment, lang), {}}});
    t.rows.push_back({{text(doc, "export.col.total"), {}}, {euros(doc.plan.operating, lang), {}},
                      {euros(doc.plan.investment, lang), {}}, {euros(doc.plan.operating + doc.plan.investment, lang), {}}});
    return t;
}

}  // namespace

void plan_title_page(ReportBuilder& out, const Document& doc)
{
    out.heading(2, text(doc, "export.versions"));
    if (doc.plan.versions.empty()) {
        out.paragraph(text(doc, "export.versions_none"), Style::Quiet);
        return;
    }
    block::Table t;
    t.name = text(doc, "export.versions");
    t.widths = {0.14, 0.22, 0.3, 0.34};
    t.header = {head(doc, "plan.version_number"), head(doc, "plan.version_date"), head(doc, "plan.version_status"),
                head(doc, "plan.version_remark")};
    for (const std::vector<std::string>& row : doc.plan.versions)
        t.rows.push_back({{row[0], {}}, {row[1], {}}, {row[2], {}}, {row[3], {}}});
    out.add({std::move(t)});
}

void management_summary(ReportBuilder& out, const Document& doc)
{
    const std::string& lang = doc.language;
    out.add({block::PageBreak{}});
    out.heading(2, text(doc, "export.summary"), true);
    out.paragraph(fill(tr("fmt.export.summary", lang), {{"ranked", std::to_string(doc.ranked_count)},
                                                        {"count", std::to_string(doc.card_count)},
                                                        {"period", doc.plan.period_set ? doc.plan.period : text(doc, "export.period_none")},
                                                        {"actions", std::to_string(doc.plan.actions.size())},
                                                        {"operating", euros(doc.plan.operating, lang)},
                                                        {"investment", euros(doc.plan.investment, lang)}}));
    block::Table top;
    top.name = text(doc, "export.top_principles");
    top.widths = {0.1, 0.6, 0.3};
    top.header = {head(doc, "export.col.rank"), head(doc, "export.col.principle"), head(doc, "export.col.lane")};
    for (const DocCard& c : doc.rows)
        if (c.rank > 0 && top.rows.size() < 5)
            top.rows.push_back({{std::to_string(c.rank), {}}, {c.code + " \u00B7 " + c.title, {}}, {c.lane, {}}});
    if (!top.rows.empty()) {
        out.paragraph(text(doc, "export.top_principles"), Style::Label).keep_with_next = true;
        out.add({std::move(top)});
    }
    if (!doc.board_picture.empty())
        out.add({block::Image{doc.board_picture, doc.board_picture_file, text(doc, "export.board_picture"), 1.0}});
    if (!doc.plan.budget.empty() || doc.plan.operating + doc.plan.investment > 0) {
        out.heading(3, text(doc, "export.budget_per_year"));
        out.add({budget_table(doc)});
        out.paragraph(text(doc, "export.budget_spread"), Style::Quiet);
    }
    out.add({block::PageBreak{}});
}

void principle_actions(ReportBuilder& out, const Document& doc, const DocCard& card, bool say_none)
{
    block::Table t;
    t.name = (doc.action_columns.empty() ? std::string() : doc.action_columns[0]) + "_" + card.code;
    t.widths = {0.4, 0.2, 0.2, 0.2};
    for (const std::string& column : doc.action_columns)
        t.header.push_back({column, {}});
    t.header.push_back(head(doc, "export.col.budget"));
    for (const DocAction& a : doc.plan.actions)
        if (a.code == card.code)
            t.rows.push_back({{what_text(doc, a), {}}, {owner_text(doc, a), {}}, {a.term, {}}, {budget_text(a, doc.language), {}}});
    if (!t.rows.empty())
        out.add({std::move(t)});
    else if (say_none)
        out.paragraph(text(doc, "plan.no_actions_yet"), Style::Quiet);
}

void action_plan(ReportBuilder& out, const Document& doc)
{
    out.heading(2, text(doc, "export.action_plan"), true);
    if (doc.plan.actions.empty()) {
        out.paragraph(text(doc, "export.action_plan_none"), Style::Quiet);
        return;
    }
    out.paragraph(text(doc, "export.action_plan_intro")).keep_with_next = true;
    block::Table t;
    t.name = text(doc, "export.action_plan");
    // Owners are often one long compound ("Informatieveiligheidsconsulent"): their column is the widest after the action's.
    t.widths = {0.17, 0.24, 0.19, 0.13, 0.16, 0.11};
    t.header = {head(doc, "export.col.principle"), head(doc, "export.action"),  head(doc, "export.owner"),
                head(doc, "export.term"),          head(doc, "export.col.budget"), head(doc, "export.col.status")};
    std::string last;
    for (const DocAction& a : doc.plan.actions) {
        // Grouped: the principle names its first row only.
        t.rows.push_back({{a.code == last ? std::string() : a.principle, {}}, {what_text(doc, a), {}}, {owner_text(doc, a), {}},
                          {a.term, {}}, {budget_text(a, doc.language), {}}, {a.status, {}}});
        last = a.code;
    }
    out.add({std::move(t)});
}

block::Table roadmap_table(const Document& doc)
{
    const DocPlan& plan = doc.plan;
    const int years = plan.to_year - plan.from_year + 1;
    block::Table t;
    t.name = text(doc, "export.roadmap");
    t.widths = {0.34};
    t.header = {head(doc, "export.action")};
    for (int y = plan.from_year; y <= plan.to_year; ++y) {
        t.widths.push_back(0.66 / years);
        t.header.push_back({std::to_string(y), {}});
    }
    for (const DocAction& a : plan.actions) {
        std::vector<Cell> row{{a.code + " \u00B7 " + what_text(doc, a), {}}};
        for (int y = plan.from_year; y <= plan.to_year; ++y) {
            bool on = a.years.first > 0 && y >= a.years.first && y <= a.years.last;
            row.push_back(on ? Cell{"\u25A0", a.colour} : Cell{});
        }
        if (a.years.first == 0 && years > 0)
            row[1].text = text(doc, "export.roadmap_no_term");
        t.rows.push_back(std::move(row));
    }
    return t;
}

void roadmap(ReportBuilder& out, const Document& doc)
{
    out.heading(2, text(doc, "export.roadmap"), true);
    if (doc.plan.actions.empty() || doc.plan.from_year == 0) {
        out.paragraph(text(doc, "export.roadmap_none"), Style::Quiet);
        return;
    }
    out.paragraph(text(doc, "export.roadmap_intro")).keep_with_next = true;
    out.add({roadmap_table(doc)});
}

}  // namespace prio
