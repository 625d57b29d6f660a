#include "io/export/document_rounds.h"

#include "core/number_text.h"
#include "core/placeholders.h"
#include "core/strings.h"
#include "io/export/round_report.h"

namespace prio {
namespace {

std::string s(std::string_view text) { return std::string(text); }

std::string card_label(const Deck& deck, int card)
{
    const Card& k = deck.cards[static_cast<std::size_t>(card)];
    return clean_text(k.id) + " \u00B7 " + clean_text(k.title);
}

// Where the board has the card at the end of the session.
std::string lane_now(const Session& session, int card, const std::string& lang)
{
    Place place = locate(session.board, card);
    if (place.lane < 0 || static_cast<std::size_t>(place.lane) >= session.board.lanes.size())
        return s(tr("board.pile", lang));
    return clean_text(session.board.lanes[static_cast<std::size_t>(place.lane)].title);
}

std::string method_paragraph(const Session& session, std::size_t index, const std::string& lang)
{
    const Round& round = session.rounds[index];
    std::string text = fill(tr("fmt.export.round_method", lang),
                            {{"number", std::to_string(index + 1)},
                             {"question", clean_text(round.question)},
                             {"ballots", std::to_string(round.ballots.size())},
                             {"anonymity", s(tr(round.anonymous ? "round_report.anonymous" : "round_report.named", lang))},
                             {"form", round_form_text(round, lang)}});
    if (!round.revealed)
        return text + " " + s(tr("export.round_not_revealed", lang));
    Comparison c = round_comparison(session.deck, round, lang);
    double w = c.all.concordance.w;
    text += " " + fill(tr("fmt.export.round_w", lang),
                       {{"w", decimal(w, 3, lang)}, {"words", s(tr(agreement_key(agreement(w)), lang))}});
    std::string contested;
    for (int card : c.all.borda_order)
        if (c.all.cards[static_cast<std::size_t>(card)].contested)
            contested += (contested.empty() ? "" : "; ") +
                         fill(tr("fmt.export.round_contested_card", lang),
                              {{"card", card_label(session.deck, card)}, {"lane", lane_now(session, card, lang)}});
    text += " " + (contested.empty() ? s(tr("export.round_contested_none", lang))
                                     : fill(tr("fmt.export.round_contested", lang), {{"cards", contested}}));
    return text;
}

}  // namespace

void add_rounds(const Session& session, Document& doc)
{
    if (session.rounds.empty())
        return;
    const std::string& lang = doc.language;
    doc.rounds_heading = tr("export.rounds_annex", lang);
    doc.rounds_intro = tr("export.rounds_annex_intro", lang);
    for (std::size_t r = 0; r < session.rounds.size(); ++r) {
        const Round& round = session.rounds[r];
        doc.rounds_method.push_back(method_paragraph(session, r, lang));
        DocRound entry;
        entry.heading = fill(tr("fmt.export.round_heading", lang),
                             {{"number", std::to_string(r + 1)}, {"question", clean_text(round.question)}});
        if (!round.revealed) {
            entry.note = tr("export.round_not_revealed", lang);
        } else {
            Comparison c = round_comparison(session.deck, round, lang);
            for (int card : c.all.borda_order) entry.order.push_back(card_label(session.deck, card));
        }
        doc.rounds.push_back(std::move(entry));
    }
}

}  // namespace prio
