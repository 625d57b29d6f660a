#include "io/export/masterplan.h"

#include <algorithm>

#include "core/placeholders.h"
#include "core/strings.h"
#include "io/export/markdown_writer.h"
#include "io/export/masterplan_plan.h"
#include "io/export/odt_writer.h"
#include "io/export/pdf_writer.h"

namespace prio {
namespace {

using block::Style;

// The theme colours in the order the document first shows them.
std::vector<Colour> theme_band(const Document& doc)
{
    std::vector<Colour> colours;
    std::vector<std::string> seen;
    for (const DocCard& c : doc.rows) {
        if (std::find(seen.begin(), seen.end(), c.theme_id) != seen.end())
            continue;
        seen.push_back(c.theme_id);
        colours.push_back(c.theme_colour);
    }
    return colours;
}

void principle(ReportBuilder& out, const Document& doc, const DocCard& c, int level, bool actions)
{
    std::size_t start = out.size();
    out.heading(level, principle_heading(doc, c), true, c.theme_colour);
    out.add({block::Paragraph{{{doc.theme_label + ":", true}, {" " + c.theme}}, Style::Detail, c.theme_colour}});
    if (!c.summary.empty())
        out.paragraph(c.summary, Style::Lead);
    if (!c.note.empty()) {
        out.paragraph(doc.notes_label, Style::Label);
        out.paragraph(c.note, Style::Quote);
    }
    principle_actions(out, doc, c, actions);
    // A principle stays on one page when it fits on one.
    out.keep_together(start);
}

// Annex C: per theme its principles in board order, with lane and rank.
void per_theme(ReportBuilder& out, const Document& doc)
{
    const std::string& lang = doc.language;
    out.heading(2, std::string(tr("export.by_theme", lang)), true);
    out.paragraph(std::string(tr("export.by_theme_intro", lang)));
    int number = 0;
    for (const DocTheme& theme : doc.themes) {
        out.heading(3, theme.title, true, theme.colour);
        if (theme.cards.empty()) {
            out.paragraph(std::string(tr("export.theme_empty", lang)), Style::Quiet);
            continue;
        }
        block::Table t;
        t.name = std::string(tr("export.col.theme", lang)) + "_" + std::to_string(++number);
        t.widths = {0.12, 0.56, 0.32};
        t.header = {{std::string(tr("export.col.rank", lang)), {}},
                    {std::string(tr("export.col.principle", lang)), {}},
                    {std::string(tr("export.col.lane", lang)), {}}};
        for (const DocCard& c : theme.cards)
            t.rows.push_back({{c.rank > 0 ? std::to_string(c.rank) : std::string(), {}},
                              {fill(tr("fmt.export.unranked", lang), {{"code", c.code}, {"title", c.title}}), {}},
                              {c.lane, {}}});
        out.add({std::move(t)});
    }
}

// Annex D: each round's consensus order; a round not revealed says so.
void rounds_annex(ReportBuilder& out, const Document& doc)
{
    if (doc.rounds.empty())
        return;
    const std::string& lang = doc.language;
    out.heading(2, doc.rounds_heading, true);
    out.paragraph(doc.rounds_intro);
    int number = 0;
    for (const DocRound& round : doc.rounds) {
        ++number;
        out.heading(3, round.heading, true);
        if (!round.note.empty()) {
            out.paragraph(round.note, Style::Quiet);
            continue;
        }
        block::Table t;
        t.name = std::string(tr("export.col.round", lang)) + "_" + std::to_string(number);
        t.widths = {0.12, 0.88};
        t.header = {{std::string(tr("export.col.rank", lang)), {}}, {std::string(tr("export.col.principle", lang)), {}}};
        for (std::size_t place = 0; place < round.order.size(); ++place)
            t.rows.push_back({{std::to_string(place + 1), {}}, {round.order[place], {}}});
        out.add({std::move(t)});
    }
}

}  // namespace

Report compose_masterplan(const Document& doc)
{
    Report report;
    report.language = doc.language;
    report.title = doc.title;
    report.organisation = doc.meta.organisation;
    report.subject = doc.meta.title;
    report.author = doc.meta.facilitator;
    report.created = doc.generated;
    report.footer = doc.title + (doc.meta.organisation.empty() ? "" : " \u00B7 " + doc.meta.organisation);
    report.page_number = tr("fmt.export.page", doc.language);

    ReportBuilder out(report);
    out.heading(1, doc.title);
    out.add({block::Strip{theme_band(doc)}}).keep_with_next = true;
    block::List fields{true, {}};
    for (const DocField& f : doc.fields)
        fields.items.push_back({f.label, f.value});
    out.add({std::move(fields)});
    plan_title_page(out, doc);
    management_summary(out, doc);

    out.heading(2, doc.method_heading, true);
    out.paragraph(doc.method);
    out.paragraph(doc.method_facts);
    for (const std::string& p : doc.rounds_method)
        out.paragraph(p);
    for (const DocLane& lane : doc.lanes) {
        out.heading(2, lane.title, true);
        if (lane.cards.empty())
            out.paragraph(doc.lane_empty, Style::Quiet);
        for (const DocCard& c : lane.cards)
            principle(out, doc, c, 3, true);
    }

    action_plan(out, doc);
    roadmap(out, doc);

    out.heading(2, doc.annex_heading, true);
    if (!doc.annex_none.empty())
        out.paragraph(doc.annex_none);
    for (const DocLane& lane : doc.annex) {
        out.heading(3, lane.title);
        for (const DocCard& c : lane.cards)
            principle(out, doc, c, 4, false);
    }

    out.heading(2, doc.log_heading, true);
    for (const std::string& p : doc.log_paragraphs)
        out.paragraph(p);
    if (!doc.log_list.empty()) {
        out.paragraph(doc.log_lane_changes).keep_with_next = true;
        block::List changes;
        for (const std::string& line : doc.log_list)
            changes.items.push_back({{}, line});
        out.add({std::move(changes)});
    }

    per_theme(out, doc);
    rounds_annex(out, doc);
    return report;
}

std::string masterplan_markdown(const Document& doc)
{
    return report_markdown(compose_masterplan(doc));
}

Rendered masterplan_odt(const Document& doc)
{
    return report_odt(compose_masterplan(doc));
}

Rendered masterplan_pdf(const Document& doc)
{
    return report_pdf(compose_masterplan(doc));
}

}  // namespace prio
