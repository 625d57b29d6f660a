#include "io/export/comparison_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/comparison_text.h"
#include "core/number_text.h"
#include "core/placeholders.h"
#include "core/strings.h"
#include "io/export/comparison_parts.h"
#include "io/export/export_compare.h"
#include "io/export/export_document.h"
#include "io/export/local_time.h"
#include "io/files/text_safety.h"

namespace prio {

namespace comparison_parts {

std::string t(std::string_view key, const std::string& language)
{
    return std::string(tr(key, language));
}

void add_table(ReportBuilder& out, block::Table table, std::size_t most_rows)
{
    if (table.rows.size() <= most_rows) {
        out.add({std::move(table)});
        return;
    }
    // Equal parts rather than full ones and a remainder: 45 rows of at most 30 are 23 and 22.
    std::size_t parts = (table.rows.size() + most_rows - 1) / most_rows;
    std::size_t per_part = (table.rows.size() + parts - 1) / parts;
    for (std::size_t part = 0; part * per_part < table.rows.size(); ++part) {
        block::Table piece;
        piece.name = table.name + "_" + std::to_string(part + 1);
        piece.widths = table.widths;
        piece.header = table.header;
        auto first = table.rows.begin() + static_cast<std::ptrdiff_t>(part * per_part);
        auto last = table.rows.begin() + static_cast<std::ptrdiff_t>(std::min(table.rows.size(), (part + 1) * per_part));
        piece.rows.assign(first, last);
        out.add({std::move(piece)});
    }
}

const std::vector<int>& cluster_order(const Comparison& c)
{
    return c.all.board_order;
}

std::string clean_name(const CouncilBoard& council)
{
    return clean_text(council.name);
}

std::string card_label(const Comparison& c, int card)
{
    const Card& k = c.deck.cards[static_cast<std::size_t>(card)];
    return clean_text(k.id) + " \u00B7 " + clean_text(k.title);
}

std::vector<block::Cell> consensus_header(const std::string& lang)
{
    return {{t("compare.report.col.rank", lang)},
            {t("compare.report.col.code", lang)},
            {t("compare.report.col.principle", lang)},
            {t("compare.report.col.borda", lang)}};
}

std::vector<block::Cell> consensus_cells(const Comparison& c, std::size_t place, const std::string& lang)
{
    auto card = static_cast<std::size_t>(c.all.borda_order[place]);
    const CardConsensus& f = c.all.cards[card];
    std::string mark = f.contested ? " " + t("compare.report.contested_mark", lang) : std::string();
    return {{std::to_string(place + 1)},
            {clean_text(c.deck.cards[card].id)},
            {clean_text(c.deck.cards[card].title) + mark},
            {amount(f.borda, lang)}};
}

}  // namespace comparison_parts

namespace {

using namespace comparison_parts;
using block::Cell;
using block::Style;

bool weighted(const Comparison& c)
{
    return std::any_of(c.councils.begin(), c.councils.end(), [](const CouncilBoard& k) { return k.board.weight != 1; });
}

std::string weight_text(double weight, const std::string& lang)
{
    if (weight >= 1000 && weight == std::round(weight) && weight < 1e15)
        return grouped(std::llround(weight), lang);
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", weight);
    std::string out = text;
    if (lang == "nl")
        std::replace(out.begin(), out.end(), '.', ',');
    return out;
}

std::string w_words(double w, const std::string& lang)
{
    return t(agreement_key(agreement(w)), lang);
}

void title_block(ReportBuilder& out, const Comparison& c, const ComparisonReportOptions& options)
{
    const std::string& lang = options.language;
    out.heading(1, t("compare.report.title", lang));
    block::List fields{true, {}};
    std::string deck = clean_text(c.deck.title.empty() ? c.deck.id : c.deck.title);
    if (!c.deck.version.empty())
        deck += " (" + clean_text(c.deck.version) + ")";
    fields.items.push_back({t("compare.report.field.deck", lang), deck});
    fields.items.push_back({t("compare.report.field.councils", lang), std::to_string(c.councils.size())});
    fields.items.push_back({t("compare.report.field.cards", lang), std::to_string(c.deck.cards.size())});
    const char* weights = !weighted(c)                               ? "compare.report.weights.equal"
                          : c.weighting == Weighting::Inhabitants ? "compare.report.weights.inhabitants"
                                                                  : "compare.report.weights.own";
    fields.items.push_back({t("compare.report.field.weights", lang), t(weights, lang)});
    if (!options.generated.empty()) {
        std::string zone = options.time_zone.empty() ? std::string(kDefaultTimeZone) : options.time_zone;
        fields.items.push_back(
            {t("compare.report.field.date", lang), long_date(local_time(options.generated, zone).substr(0, 10), lang)});
    }
    out.add({std::move(fields)});
}

// 14 or 14,5: a mid-rank is a whole or a half.
std::string amount_or_half(double value, const std::string& lang)
{
    return decimal(value, value == std::round(value) ? 0 : 1, lang);
}

void method(ReportBuilder& out, const Comparison& c, const std::string& lang)
{
    out.heading(2, t("compare.report.method", lang), true);
    const std::size_t n = c.deck.cards.size();
    std::string ranks = fill(tr("fmt.compare.report.method.ranks", lang), {{"cards", std::to_string(n)}});
    if (n >= 4) {
        std::size_t k = n > 12 ? 10 : n / 2;
        ranks += " " + fill(tr("fmt.compare.report.method.example", lang),
                            {{"ranked", std::to_string(k)},
                             {"rest", std::to_string(n - k)},
                             {"mid", amount_or_half(static_cast<double>(k + 1 + n) / 2, lang)},
                             {"next", std::to_string(k + 1)},
                             {"cards", std::to_string(n)}});
    }
    out.paragraph(ranks);
    out.paragraph(t("compare.report.method.borda", lang));
    out.paragraph(t("compare.report.method.w", lang));
    out.paragraph(t("compare.report.method.contested", lang));
    out.paragraph(t("compare.report.method.kemeny", lang));
}

void councils(ReportBuilder& out, const Comparison& c, const std::string& lang)
{
    out.heading(2, t("compare.report.councils", lang), true);
    out.paragraph(t("compare.report.councils_intro", lang), Style::Lead).keep_with_next = true;
    // Inhabitants and segments only when some council gives them.
    bool inhabitants = std::any_of(c.councils.begin(), c.councils.end(), [](const CouncilBoard& k) { return k.inhabitants > 0; });
    bool segmented = !c.segments.empty();
    block::Table table;
    table.name = t("compare.report.councils", lang);
    table.widths = {0.08, 0.46 + (inhabitants ? 0 : 0.16) + (segmented ? 0 : 0.16)};
    table.header = {{t("compare.report.col.number", lang)}, {t("compare.report.col.council", lang)}};
    if (inhabitants)
        table.widths.push_back(0.16), table.header.push_back({t("compare.report.col.inhabitants", lang)});
    if (segmented)
        table.widths.push_back(0.16), table.header.push_back({t("compare.report.col.segment", lang)});
    table.widths.push_back(0.14);
    table.header.push_back({t("compare.report.col.weight", lang)});
    const std::vector<int>& order = cluster_order(c);
    for (std::size_t place = 0; place < order.size(); ++place) {
        const CouncilBoard& k = c.councils[static_cast<std::size_t>(order[place])];
        std::vector<Cell> row = {{std::to_string(place + 1)}, {clean_name(k)}};
        if (inhabitants)
            row.push_back({k.inhabitants > 0 ? grouped(k.inhabitants, lang) : std::string()});
        if (segmented)
            row.push_back({clean_text(k.board.segment)});
        row.push_back({weight_text(k.board.weight, lang)});
        table.rows.push_back(std::move(row));
    }
    add_table(out, std::move(table), kReportShortRows);
}

void agreement_section(ReportBuilder& out, const Comparison& c, const std::string& lang)
{
    const Concordance& w = c.all.concordance;
    out.heading(2, t("compare.report.agreement", lang), true);
    std::string line = fill(tr("fmt.compare.report.w", lang), {{"w", decimal(w.w, 3, lang)},
                                                                {"words", w_words(w.w, lang)},
                                                                {"councils", std::to_string(w.boards)},
                                                                {"cards", std::to_string(w.cards)},
                                                                {"chi", decimal(w.chi_square, 2, lang)},
                                                                {"df", std::to_string(std::max(0, w.cards - 1))},
                                                                {"p", p_text(w.p_value, lang)}});
    out.add({block::Paragraph{{{line, true}}, Style::Body, {}}}).keep_with_next = true;
    out.paragraph(t("compare.report.words", lang), Style::Quiet);
    if (weighted(c))
        out.paragraph(t(c.top_same_with_equal_weights ? "compare.report.top_same" : "compare.report.top_differs", lang));
}

void consensus_table(ReportBuilder& out, const Comparison& c, const std::string& lang)
{
    out.heading(2, t("compare.report.consensus", lang), true);
    out.paragraph(t("compare.report.consensus_intro", lang), Style::Lead).keep_with_next = true;
    block::Table table;
    table.name = t("compare.report.consensus", lang);
    table.widths = {0.07, 0.08, 0.43, 0.11, 0.11, 0.11, 0.09};
    table.header = consensus_header(lang);
    for (const char* key : {"compare.report.col.mean_rank", "compare.report.col.first_lane", "compare.report.col.iqr"})
        table.header.push_back({t(key, lang)});
    for (std::size_t place = 0; place < c.all.borda_order.size(); ++place) {
        const CardConsensus& f = c.all.cards[static_cast<std::size_t>(c.all.borda_order[place])];
        std::vector<Cell> row = consensus_cells(c, place, lang);
        row.push_back({decimal(f.mean_rank, 2, lang)});
        row.push_back({std::to_string(f.first_lane)});
        row.push_back({decimal(f.iqr, 1, lang)});
        table.rows.push_back(std::move(row));
    }
    add_table(out, std::move(table));
}

// A pale shade for the places where Kemeny and Borda differ (the pairs are
// also named in words, so the shade is only a help).
constexpr Colour kDiffers{0xFF, 0xEB, 0xA8};

void kemeny_section(ReportBuilder& out, const Comparison& c, const std::string& lang)
{
    const Consensus& all = c.all;
    out.heading(2, t("compare.report.kemeny", lang), true);
    out.paragraph(t(all.kemeny_exact ? "compare.report.kemeny_exact" : "compare.report.kemeny_approximate", lang))
        .keep_with_next = true;
    if (all.kemeny_vs_borda.empty()) {
        out.paragraph(t("compare.report.kemeny_same", lang), Style::Lead).keep_with_next = true;
    } else {
        out.paragraph(fill(tr("fmt.compare.report.kemeny_pairs", lang), {{"pairs", clean_text(kemeny_pairs_text(c, lang))}}), Style::Lead)
            .keep_with_next = true;
    }
    block::Table table;
    table.name = t("compare.report.kemeny", lang);
    table.widths = {0.1, 0.45, 0.45};
    table.header = {{t("compare.report.col.rank", lang)}, {"Borda"}, {"Kemeny"}};
    for (std::size_t place = 0; place < all.borda_order.size() && place < all.kemeny_order.size(); ++place) {
        std::optional<Colour> shade;
        if (all.borda_order[place] != all.kemeny_order[place])
            shade = kDiffers;
        table.rows.push_back({{std::to_string(place + 1), shade},
                              {card_label(c, all.borda_order[place]), shade},
                              {card_label(c, all.kemeny_order[place]), shade}});
    }
    add_table(out, std::move(table));
}

// At most this many segments beside the whole in one table.
constexpr std::size_t kSegmentColumns = 5;

void segments_section(ReportBuilder& out, const Comparison& c, const std::string& lang)
{
    if (c.segments.empty())
        return;
    out.heading(2, t("compare.report.segments", lang), true);
    out.paragraph(t("compare.report.segments_intro", lang), Style::Lead).keep_with_next = true;
    // One paragraph of lines, not a list: it stays on the page of the table below it.
    std::string lines;
    for (const auto& [name, s] : c.segments)
        lines += (lines.empty() ? "" : "\n") + segment_w_text(clean_text(name), s, 3, lang);
    out.paragraph(lines).keep_with_next = true;
    for (std::size_t first = 0; first < c.segments.size(); first += kSegmentColumns) {
        std::size_t last = std::min(c.segments.size(), first + kSegmentColumns);
        block::Table table;
        table.name = t("compare.report.segments", lang) + "_" + std::to_string(first / kSegmentColumns + 1);
        double column = 0.9 / static_cast<double>(last - first + 1);
        table.widths = {0.1, column};
        table.header = {{t("compare.report.col.rank", lang)}, {t("compare.report.all_councils", lang)}};
        for (std::size_t s = first; s < last; ++s) {
            table.widths.push_back(column);
            table.header.push_back({clean_text(c.segments[s].first)});
        }
        for (std::size_t place = 0; place < c.all.borda_order.size(); ++place) {
            std::vector<Cell> row = {{std::to_string(place + 1)},
                                     {clean_text(c.deck.cards[static_cast<std::size_t>(c.all.borda_order[place])].id)}};
            for (std::size_t s = first; s < last; ++s) {
                const std::vector<int>& order = c.segments[s].second.borda_order;
                row.push_back({place < order.size() ? clean_text(c.deck.cards[static_cast<std::size_t>(order[place])].id)
                                                    : std::string()});
            }
            table.rows.push_back(std::move(row));
        }
        add_table(out, std::move(table));
    }
}

}  // namespace

Report comparison_report(const Comparison& c, const ComparisonReportOptions& options)
{
    const std::string lang = options.language == "nl" ? "nl" : "en";
    Report report;
    report.language = lang;
    report.title = t("compare.report.title", lang);
    report.subject = fill(tr("fmt.compare.report.subject", lang),
                          {{"councils", std::to_string(c.councils.size())},
                           {"deck", clean_text(c.deck.title.empty() ? c.deck.id : c.deck.title)}});
    report.created = options.generated;
    report.footer = report.title;
    report.page_number = tr("fmt.export.page", lang);

    ReportBuilder out(report);
    ComparisonReportOptions in_language = options;
    in_language.language = lang;
    title_block(out, c, in_language);
    method(out, c, lang);
    councils(out, c, lang);
    agreement_section(out, c, lang);
    consensus_table(out, c, lang);
    std::vector<LaneKey> legend = lane_legend(c);
    heatmap_section(out, c, legend, lang);
    contested_section(out, c, legend, lang);
    kemeny_section(out, c, lang);
    segments_section(out, c, lang);
    return report;
}

ExportSubject comparison_subject(const Comparison& c, const ComparisonReportOptions& options, char separator)
{
    ExportSubject subject;
    const std::string lang = options.language == "nl" ? "nl" : "en";
    std::string name = t("compare.file.name", lang);
    subject.names = {{}, name, name, name};
    subject.language = lang;
    subject.report = comparison_report(c, options);
    subject.csv = comparison_csv(c, separator, lang);
    subject.json = comparison_json(c, options.generated);
    return subject;
}

}  // namespace prio
