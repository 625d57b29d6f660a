#pragma once
// The Kemeny order: the ranking that disagrees least, pair by pair, with a
// set of weighted boards.
#include <vector>

namespace prio {

// preferred[a][b]: the total weight of the boards that rank card a strictly
// above card b. Boards that tie a and b count for neither.
using Preferences = std::vector<std::vector<double>>;

Preferences pairwise_preferences(const std::vector<std::vector<double>>& ranks_per_board,
                                 const std::vector<double>& weights);

// The weighted number of pairwise disagreements of `order` (best first):
// for every a placed before b, the weight of the boards that put b above a.
double disagreement(const Preferences& preferred, const std::vector<int>& order);

// Up to this many cards the order is exact (dynamic programming over subsets).
inline constexpr int kKemenyExactLimit = 20;

struct KemenyOrder {
    std::vector<int> order;  // best first
    double disagreement = 0;
    bool exact = true;  // false: a local search from `seed`, labelled approximate
};

// `seed` (usually the Borda order) breaks ties between equally good orders
// and, beyond kKemenyExactLimit cards, is where the local search starts.
KemenyOrder kemeny_order(const Preferences& preferred, const std::vector<int>& seed);

}  // namespace prio
