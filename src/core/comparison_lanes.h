#pragma once
// The lanes of a comparison as a legend: which lanes the councils used, a
// short key and a colour for each, so that a heatmap of "who put what
// where" reads in colour and, by its keys and ranks, without.
#include <string>
#include <vector>

#include "core/comparison.h"

namespace prio {

struct LaneKey {
    std::string id;     // "" : the pile
    std::string title;  // the common deck's title for the lane, else its id; "" for the pile
    bool ranked = true;
    std::string key;    // "A", "B", ... in legend order; "–" for the pile
    Colour colour;
};

// The lanes any council used, the common deck's lanes first in their order,
// then lanes of the councils' own in order of first appearance, the pile
// last. Ranked lanes go from dark to light blue, unranked ones are orange,
// the pile grey.
std::vector<LaneKey> lane_legend(const Comparison& comparison);

// The legend entry of `council`'s lane for `card` (an index into `legend`).
std::size_t lane_of(const std::vector<LaneKey>& legend, const Comparison& comparison, std::size_t council,
                    std::size_t card);

// What a heatmap cell says: the lane's key and the card's rank in that
// council ("A3"), the key alone for an unranked lane, "–" on the pile; the
// rank alone ("3") when the legend has one ranked lane only.
std::string heatmap_text(const std::vector<LaneKey>& legend, const Comparison& comparison, std::size_t council,
                         std::size_t card);

// How many councils gave `card` each rank: [r] for rank r = 1..n, and [0]
// for those where it has no rank of its own (outside a top k, unranked).
std::vector<int> ranks_given(const Comparison& comparison, int card);

}  // namespace prio
