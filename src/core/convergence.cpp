#include "core/convergence.h"

#include <algorithm>
#include <cmath>

#include "core/placeholders.h"
#include "core/strings.h"

namespace prio {
namespace {

bool same_cards(const Deck& a, const Deck& b)
{
    return std::equal(a.cards.begin(), a.cards.end(), b.cards.begin(), b.cards.end(),
                      [](const Card& x, const Card& y) { return x.id == y.id; });
}

SpreadChange change_of(const CardConvergence& c, double threshold)
{
    double sd = c.sd_after - c.sd_before;
    if (sd <= -threshold && c.iqr_after <= c.iqr_before)
        return SpreadChange::Shrank;
    if (sd >= threshold && c.iqr_after >= c.iqr_before)
        return SpreadChange::Grew;
    return SpreadChange::Same;
}

// Largest change first; equal changes in card order, so the list is stable.
void by_change(std::vector<int>& cards, const std::vector<CardConvergence>& all)
{
    auto size = [&](int card) { return std::fabs(all[static_cast<std::size_t>(card)].sd_after - all[static_cast<std::size_t>(card)].sd_before); };
    std::stable_sort(cards.begin(), cards.end(), [&](int a, int b) { return size(a) > size(b); });
}

}  // namespace

Convergence convergence(const Comparison& before, const Comparison& after)
{
    Convergence out;
    out.ballots_before = static_cast<int>(before.councils.size());
    out.ballots_after = static_cast<int>(after.councils.size());
    if (!same_cards(before.deck, after.deck)) {
        out.problem = ConvergenceProblem::DifferentDeck;
        return out;
    }
    if (out.ballots_before < 2 || out.ballots_after < 2) {
        out.problem = ConvergenceProblem::TooFewBallots;
        out.problem_round = out.ballots_before < 2 ? 1 : 2;
        return out;
    }
    out.w_before = before.all.concordance.w;
    out.w_after = after.all.concordance.w;
    const double threshold = kSpreadChangeShare * static_cast<double>(before.deck.cards.size());
    for (std::size_t card = 0; card < before.deck.cards.size(); ++card) {
        const CardConsensus& a = before.all.cards[card];
        const CardConsensus& b = after.all.cards[card];
        CardConvergence c{a.iqr, b.iqr, a.sd, b.sd, SpreadChange::Same};
        c.change = change_of(c, threshold);
        if (c.change == SpreadChange::Shrank)
            out.shrank.push_back(static_cast<int>(card));
        if (c.change == SpreadChange::Grew)
            out.grew.push_back(static_cast<int>(card));
        out.cards.push_back(c);
    }
    by_change(out.shrank, out.cards);
    by_change(out.grew, out.cards);
    return out;
}

Convergence round_convergence(const Deck& deck, const Round& before, const Round& after)
{
    // The names do not count here: the language of "Deelnemer N" is any.
    return convergence(round_comparison(deck, before, "en"), round_comparison(deck, after, "en"));
}

std::string convergence_problem_text(const Convergence& c, std::string_view language)
{
    switch (c.problem) {
    case ConvergenceProblem::None: return {};
    case ConvergenceProblem::DifferentDeck: return std::string(tr("convergence.different_deck", language));
    case ConvergenceProblem::TooFewBallots:
        return fill(tr("fmt.convergence.too_few", language),
                    {{"round", std::to_string(c.problem_round)},
                     {"ballots", std::to_string(c.problem_round == 1 ? c.ballots_before : c.ballots_after)}});
    }
    return {};
}

}  // namespace prio
