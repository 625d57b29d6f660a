#pragma once
// Sentences about a comparison that the window's head and the comparison
// report both say, worded once: Kemeny's pairs against Borda, and a
// segment's agreement.
#include <string>
#include <string_view>

#include "core/comparison.h"

namespace prio {

// "K2 vóór K1; K4 vóór K3": the pairs Kemeny puts the other way round from
// Borda; "" when the two orders agree.
std::string kemeny_pairs_text(const Comparison& comparison, std::string_view language);

// "groot (4 besturen): W = 0,99, zeer sterke overeenstemming, p < 0,001."
// with W to `decimals` places.
std::string segment_w_text(const std::string& name, const Consensus& segment, int decimals, std::string_view language);

}  // namespace prio
