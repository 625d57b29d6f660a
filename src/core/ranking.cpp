#include "core/ranking.h"

namespace prio {

std::vector<RankedCard> ranking(const Board& board)
{
    std::vector<RankedCard> out;
    int rank = 0;
    for (int pass = 0; pass < 2; ++pass) {
        bool want_ranked = pass == 0;
        for (std::size_t l = 0; l < board.lanes.size(); ++l) {
            const Lane& lane = board.lanes[l];
            if (lane.ranked != want_ranked)
                continue;
            for (std::size_t i = 0; i < lane.cards.size(); ++i)
                out.push_back({lane.cards[i], want_ranked ? ++rank : 0, static_cast<int>(l), static_cast<int>(i) + 1});
        }
    }
    for (std::size_t i = 0; i < board.pile.size(); ++i)
        out.push_back({board.pile[i], 0, kPile, static_cast<int>(i) + 1});
    return out;
}

}  // namespace prio
