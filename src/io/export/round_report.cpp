#include "io/export/round_report.h"

#include <algorithm>

#include "core/convergence.h"
#include "core/number_text.h"
#include "core/placeholders.h"
#include "core/strings.h"
#include "io/export/comparison_parts.h"
#include "io/export/export_compare.h"
#include "io/export/export_document.h"
#include "io/export/local_time.h"
#include "io/files/text_safety.h"

namespace prio {

using namespace comparison_parts;
using block::Cell;
using block::Style;

std::string round_form_text(const Round& round, const std::string& lang)
{
    switch (round.shape.form) {
    case BallotForm::Full: return t("round.form.full", lang);
    case BallotForm::Top: return fill(tr("fmt.round_report.form.top", lang), {{"top", std::to_string(round.shape.top)}});
    case BallotForm::Lanes: return t("round.form.lanes", lang);
    }
    return {};
}

std::string round_lane_title(const Round& round, const std::string& lane_id, const std::string& lang)
{
    if (lane_id.empty())
        return t("board.pile", lang);
    for (const LaneSpec& lane : round.shape.lanes)
        if (round.shape.form == BallotForm::Lanes && lane.id == lane_id)
            return clean_text(lane.title);
    return round.shape.form == BallotForm::Lanes ? clean_text(lane_id) : t("round.lane.ranking", lang);
}

int earlier_revealed_round(const Session& session, int index)
{
    for (int r = index - 1; r >= 0; --r)
        if (session.rounds[static_cast<std::size_t>(r)].revealed)
            return r;
    return -1;
}

namespace {

std::string number(int index) { return std::to_string(index + 1); }

std::string w_line(double w, const std::string& lang)
{
    return decimal(w, 3, lang) + " (" + t(agreement_key(agreement(w)), lang) + ")";
}

void title_block(ReportBuilder& out, const Session& session, int index, const ComparisonReportOptions& options)
{
    const std::string& lang = options.language;
    const Round& round = session.rounds[static_cast<std::size_t>(index)];
    out.heading(1, fill(tr("fmt.round_report.title", lang), {{"number", number(index)}}));
    block::List fields{true, {}};
    fields.items.push_back({t("round.question", lang), clean_text(round.question)});
    fields.items.push_back({t("round_report.field.form", lang), round_form_text(round, lang)});
    fields.items.push_back(
        {t("round_report.field.anonymity", lang), t(round.anonymous ? "round_report.anonymous" : "round_report.named", lang)});
    fields.items.push_back({t("round_report.field.ballots", lang), std::to_string(round.ballots.size())});
    const Deck& deck = session.deck;
    fields.items.push_back({t("compare.report.field.deck", lang), clean_text(deck.title.empty() ? deck.id : deck.title)});
    if (!options.generated.empty()) {
        std::string zone = options.time_zone.empty() ? std::string(kDefaultTimeZone) : options.time_zone;
        fields.items.push_back(
            {t("compare.report.field.date", lang), long_date(local_time(options.generated, zone).substr(0, 10), lang)});
    }
    out.add({std::move(fields)});
}

void agreement_section(ReportBuilder& out, const Comparison& c, const std::string& lang)
{
    const Concordance& w = c.all.concordance;
    out.heading(2, t("compare.report.agreement", lang), true);
    std::string line = fill(tr("fmt.round_report.w", lang), {{"w", decimal(w.w, 3, lang)},
                                                             {"words", t(agreement_key(agreement(w.w)), lang)},
                                                             {"ballots", std::to_string(w.boards)},
                                                             {"cards", std::to_string(w.cards)},
                                                             {"p", p_text(w.p_value, lang)}});
    out.add({block::Paragraph{{{line, true}}, Style::Body, {}}}).keep_with_next = true;
    out.paragraph(t("compare.report.words", lang), Style::Quiet);
}

std::string lanes_text(const Round& round, const CardConsensus& card, const std::string& lang)
{
    // In the board's order of lanes, the pile last.
    auto at = [&](const std::string& id) {
        auto it = std::find_if(round.shape.lanes.begin(), round.shape.lanes.end(), [&](const LaneSpec& l) { return l.id == id; });
        return id.empty() ? round.shape.lanes.size() + 1 : static_cast<std::size_t>(it - round.shape.lanes.begin());
    };
    std::vector<std::pair<std::string, int>> lanes = card.lanes;
    std::stable_sort(lanes.begin(), lanes.end(), [&](const auto& a, const auto& b) { return at(a.first) < at(b.first); });
    std::string text;
    for (const auto& [lane, count] : lanes)
        text += (text.empty() ? "" : " \u00B7 ") +
                fill(tr("fmt.round_report.lane_count", lang), {{"lane", round_lane_title(round, lane, lang)}, {"count", std::to_string(count)}});
    return text;
}

// The consensus with each card's spread: its ranks' IQR and SD, and how
// many participants put it in each lane.
void consensus_section(ReportBuilder& out, const Comparison& c, const Round& round, const std::string& lang)
{
    out.heading(2, t("compare.report.consensus", lang), true);
    out.paragraph(t("round_report.consensus_intro", lang), Style::Lead).keep_with_next = true;
    block::Table table;
    table.name = t("compare.report.consensus", lang);
    table.widths = {0.07, 0.08, 0.35, 0.1, 0.08, 0.08, 0.24};
    table.header = consensus_header(lang);
    for (const char* key : {"compare.report.col.iqr", "round_report.col.sd", "round_report.col.lanes"})
        table.header.push_back({t(key, lang)});
    for (std::size_t place = 0; place < c.all.borda_order.size(); ++place) {
        const CardConsensus& f = c.all.cards[static_cast<std::size_t>(c.all.borda_order[place])];
        std::vector<Cell> row = consensus_cells(c, place, lang);
        row.push_back({decimal(f.iqr, 1, lang)});
        row.push_back({decimal(f.sd, 1, lang)});
        row.push_back({lanes_text(round, f, lang)});
        table.rows.push_back(std::move(row));
    }
    add_table(out, std::move(table));
}

void contested_section(ReportBuilder& out, const Comparison& c, const Round& round, const std::string& lang)
{
    out.heading(2, t("compare.report.contested", lang), true);
    block::List list;
    for (int card : c.all.borda_order) {
        const CardConsensus& f = c.all.cards[static_cast<std::size_t>(card)];
        if (f.contested)
            list.items.push_back({card_label(c, card), fill(tr("fmt.round_report.spread", lang),
                                                            {{"iqr", decimal(f.iqr, 1, lang)},
                                                             {"sd", decimal(f.sd, 1, lang)},
                                                             {"lanes", lanes_text(round, f, lang)}})});
    }
    if (list.items.empty())
        out.paragraph(t("compare.report.contested_none", lang), Style::Quiet);
    else
        out.add({std::move(list)});
}

// The cards whose spread changed, one bullet each with its SD before and
// after; "none" when there are none.
void card_list(ReportBuilder& out, const char* label, const Comparison& c, const std::vector<int>& cards,
               const Convergence& v, const std::string& lang)
{
    out.paragraph(fill(tr(label, lang), {{"count", std::to_string(cards.size())}}), Style::Label).keep_with_next = true;
    if (cards.empty()) {
        out.paragraph(t("round_report.no_cards", lang), Style::Quiet);
        return;
    }
    block::List list;
    for (int card : cards) {
        const CardConvergence& k = v.cards[static_cast<std::size_t>(card)];
        list.items.push_back({{}, fill(tr("fmt.round_report.sd_change", lang), {{"card", card_label(c, card)},
                                                                             {"before", decimal(k.sd_before, 1, lang)},
                                                                             {"after", decimal(k.sd_after, 1, lang)}})});
    }
    out.add({std::move(list)});
}

void convergence_section(ReportBuilder& out, const Session& session, int earlier, int index, const Comparison& after,
                         const std::string& lang)
{
    out.heading(2, t("round_report.convergence", lang), true);
    const Round& first = session.rounds[static_cast<std::size_t>(earlier)];
    Comparison before = round_comparison(session.deck, first, lang);
    Convergence v = convergence(before, after);
    if (!v.ok()) {
        out.paragraph(convergence_problem_text(v, lang), Style::Quiet);
        return;
    }
    out.add({block::Paragraph{{{fill(tr("fmt.round_report.w_change", lang), {{"first", number(earlier)},
                                                                              {"second", number(index)},
                                                                              {"before", w_line(v.w_before, lang)},
                                                                              {"after", w_line(v.w_after, lang)}}),
                                 true}},
                               Style::Body,
                               {}}});
    card_list(out, "fmt.round_report.shrank", after, v.shrank, v, lang);
    card_list(out, "fmt.round_report.grew", after, v.grew, v, lang);
    out.paragraph(t("round_report.convergence_rule", lang), Style::Quiet);
}

}  // namespace

Report round_report(const Session& session, int index, const ComparisonReportOptions& options)
{
    ComparisonReportOptions in_language = options;
    const std::string lang = in_language.language = options.language == "nl" ? "nl" : "en";
    const Round& round = session.rounds[static_cast<std::size_t>(index)];
    Report report;
    report.language = lang;
    report.title = fill(tr("fmt.round_report.title", lang), {{"number", number(index)}});
    report.organisation = clean_text(session.meta.organisation);
    report.subject = clean_text(round.question);
    report.created = options.generated;
    report.footer = report.title;
    report.page_number = tr("fmt.export.page", lang);

    ReportBuilder out(report);
    title_block(out, session, index, in_language);
    if (!round.revealed) {
        out.paragraph(t("round_report.not_revealed", lang), Style::Quiet);
        return report;
    }
    Comparison c = round_comparison(session.deck, round, lang);
    agreement_section(out, c, lang);
    consensus_section(out, c, round, lang);
    contested_section(out, c, round, lang);
    if (int earlier = earlier_revealed_round(session, index); earlier >= 0)
        convergence_section(out, session, earlier, index, c, lang);
    return report;
}

ExportSubject round_subject(const Session& session, int index, const ComparisonReportOptions& options, char separator,
                            const std::string& stem)
{
    ExportSubject subject;
    const std::string lang = options.language == "nl" ? "nl" : "en";
    std::string name = fill(tr("fmt.round_report.file", lang), {{"number", number(index)}});
    subject.names = {stem, name, name, name};
    subject.language = lang;
    subject.report = round_report(session, index, options);
    const Round& round = session.rounds[static_cast<std::size_t>(index)];
    // Unrevealed: the lists hold no ballot either (a comparison of none).
    Round shown = round;
    if (!round.revealed)
        shown.ballots.clear();
    Comparison c = round_comparison(session.deck, shown, lang);
    subject.csv = comparison_csv(c, separator, lang);
    subject.json = comparison_json(c, options.generated);
    return subject;
}

}  // namespace prio
