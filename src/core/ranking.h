#pragma once
// The order a board means: the cards of the ranked lanes, lane by lane,
// numbered 1, 2, 3...; then unranked lanes and the pile, without a rank.
#include <vector>

#include "core/board.h"

namespace prio {

struct RankedCard {
    int card = 0;
    int rank = 0;      // 1-based overall rank; 0 for unranked lanes and the pile
    int lane = kPile;  // lane index or kPile
    int position = 0;  // 1-based position within its lane or the pile
};

std::vector<RankedCard> ranking(const Board& board);

}  // namespace prio
