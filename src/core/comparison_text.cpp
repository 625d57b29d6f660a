#include "core/comparison_text.h"

#include "core/number_text.h"
#include "core/placeholders.h"
#include "core/strings.h"

namespace prio {

std::string kemeny_pairs_text(const Comparison& comparison, std::string_view language)
{
    std::string pairs;
    for (const auto& pair : comparison.all.kemeny_vs_borda)
        pairs += (pairs.empty() ? "" : "; ") + fill(tr("fmt.compare.report.kemeny_pair", language),
                                                    {{"a", comparison.deck.cards[static_cast<std::size_t>(pair.first)].id},
                                                     {"b", comparison.deck.cards[static_cast<std::size_t>(pair.second)].id}});
    return pairs;
}

std::string segment_w_text(const std::string& name, const Consensus& segment, int decimals, std::string_view language)
{
    const Concordance& c = segment.concordance;
    return fill(tr("fmt.compare.report.segment_w", language), {{"segment", name},
                                                               {"councils", std::to_string(c.boards)},
                                                               {"w", decimal(c.w, decimals, language)},
                                                               {"words", std::string(tr(agreement_key(agreement(c.w)), language))},
                                                               {"p", p_text(c.p_value, language)}});
}

}  // namespace prio
