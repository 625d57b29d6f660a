// The sections of the comparison report that show the councils' boards
// themselves: the heatmap with its legend, and the contested principles
// with where each council put them and what it noted.
#include <algorithm>

#include "core/placeholders.h"
#include "core/strings.h"
#include "io/export/comparison_parts.h"
#include "io/export/comparison_report.h"
#include "io/files/text_safety.h"

namespace prio::comparison_parts {
namespace {

using block::Cell;
using block::Style;

std::string lane_title(const LaneKey& lane, const std::string& lang)
{
    return lane.id.empty() ? t("compare.report.pile", lang) : clean_text(lane.title);
}

void legend_table(ReportBuilder& out, const std::vector<LaneKey>& legend, const std::string& lang)
{
    out.paragraph(t("compare.report.legend", lang), Style::Label);
    block::Table table;
    table.name = t("compare.report.legend", lang);
    table.widths = {0.12, 0.58, 0.3};
    table.header = {{t("compare.report.col.key", lang)}, {t("compare.report.col.lane", lang)}, {}};
    for (const LaneKey& lane : legend)
        table.rows.push_back({{lane.key, lane.colour},
                              {lane_title(lane, lang)},
                              {lane.id.empty() ? std::string() : t(lane.ranked ? "compare.report.ranked" : "compare.report.unranked", lang)}});
    add_table(out, std::move(table), kReportShortRows);
}

// One table of the heatmap: the councils at places [first, last) of the cluster order.
block::Table heatmap_part(const Comparison& c, const std::vector<LaneKey>& legend, std::size_t first, std::size_t last,
                          std::size_t number, const std::string& lang)
{
    block::Table table;
    table.name = "Heatmap_" + std::to_string(number);
    const double label = 0.13;
    double column = (1.0 - label) / static_cast<double>(last - first);
    table.widths = {label};
    table.header = {{t("compare.report.col.principle", lang)}};
    for (std::size_t place = first; place < last; ++place) {
        table.widths.push_back(column);
        table.header.push_back({std::to_string(place + 1)});
    }
    const std::vector<int>& order = cluster_order(c);
    for (std::size_t rank = 0; rank < c.all.borda_order.size(); ++rank) {
        auto card = static_cast<std::size_t>(c.all.borda_order[rank]);
        std::vector<Cell> row = {{std::to_string(rank + 1) + ". " + clean_text(c.deck.cards[card].id)}};
        for (std::size_t place = first; place < last; ++place) {
            auto council = static_cast<std::size_t>(order[place]);
            std::size_t lane = lane_of(legend, c, council, card);
            row.push_back({heatmap_text(legend, c, council, card),
                           lane < legend.size() ? std::optional<Colour>(legend[lane].colour) : std::nullopt});
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace

void heatmap_section(ReportBuilder& out, const Comparison& c, const std::vector<LaneKey>& legend, const std::string& lang)
{
    // The heading, what the table means, the legend and the first table go on one page when they fit.
    std::size_t start = out.size();
    out.heading(2, t("compare.report.heatmap", lang), true);
    out.paragraph(t("compare.report.heatmap_intro", lang), Style::Lead);
    const std::size_t councils = c.councils.size();
    // Equal parts rather than full ones and a remainder: 13 councils are 7 and 6, not 12 and 1.
    std::size_t parts = (councils + kHeatmapColumns - 1) / kHeatmapColumns;
    std::size_t per_part = parts == 0 ? 0 : (councils + parts - 1) / parts;
    if (parts > 1)
        out.paragraph(t("compare.report.heatmap_split", lang));
    legend_table(out, legend, lang);
    for (std::size_t part = 0; part < parts; ++part) {
        std::size_t first = part * per_part, last = std::min(councils, first + per_part);
        if (first >= last)
            break;
        if (parts > 1)
            out.heading(3, fill(tr("fmt.compare.report.heatmap_part", lang),
                                {{"first", std::to_string(first + 1)}, {"last", std::to_string(last)}}));
        add_table(out, heatmap_part(c, legend, first, last, part + 1, lang), kReportShortRows);
        if (part == 0)
            out.keep_together(start);
    }
}

void contested_section(ReportBuilder& out, const Comparison& c, const std::vector<LaneKey>& legend,
                       const std::string& lang)
{
    out.heading(2, t("compare.report.contested", lang), true);
    bool any = false;
    const std::vector<int>& order = cluster_order(c);
    for (std::size_t rank = 0; rank < c.all.borda_order.size(); ++rank) {
        auto card = static_cast<std::size_t>(c.all.borda_order[rank]);
        const CardConsensus& f = c.all.cards[card];
        if (!f.contested)
            continue;
        any = true;
        std::size_t start = out.size();
        out.heading(3, card_label(c, static_cast<int>(card)), true);
        out.paragraph(fill(tr("fmt.compare.report.contested_detail", lang),
                           {{"rank", std::to_string(rank + 1)},
                            {"mean", decimal(f.mean_rank, 2, lang)},
                            {"iqr", decimal(f.iqr, 1, lang)},
                            {"sd", decimal(f.sd, 1, lang)},
                            {"first", std::to_string(f.first_lane)},
                            {"councils", std::to_string(c.councils.size())}}),
                      Style::Detail);
        // Over the lanes, in the legend's order.
        std::string spread;
        for (const LaneKey& lane : legend)
            for (const auto& [id, count] : f.lanes)
                if (id == lane.id)
                    spread += (spread.empty() ? "" : " \u00B7 ") + lane.key + " " + lane_title(lane, lang) + ": " +
                              std::to_string(count);
        out.add({block::Paragraph{{{t("compare.report.distribution", lang) + ": ", true}, {spread}}, Style::Body, {}}});
        out.keep_together(start);

        std::vector<std::string> silent;
        bool noted = false;
        for (std::size_t place = 0; place < order.size(); ++place) {
            auto council = static_cast<std::size_t>(order[place]);
            const CouncilBoard& k = c.councils[council];
            std::string note = card < k.notes.size() ? clean_text(k.notes[card]) : std::string();
            std::string who = std::to_string(place + 1) + ". " + clean_name(k);
            if (note.empty()) {
                silent.push_back(who);
                continue;
            }
            if (!noted)
                out.paragraph(t("compare.report.notes", lang), Style::Lead).keep_with_next = true;
            noted = true;
            out.paragraph(who + " (" + heatmap_text(legend, c, council, card) + ")", Style::Label).keep_with_next = true;
            out.paragraph(note, Style::Quote);
        }
        if (!noted) {
            out.paragraph(t("compare.report.no_notes", lang), Style::Quiet);
        } else if (!silent.empty()) {
            std::string names;
            for (const std::string& who : silent)
                names += (names.empty() ? "" : ", ") + who;
            out.paragraph(fill(tr("fmt.compare.report.without_note", lang), {{"councils", names}}), Style::Quiet);
        }
    }
    if (!any)
        out.paragraph(t("compare.report.contested_none", lang), Style::Quiet);
}

}  // namespace prio::comparison_parts
