#include "core/board.h"

namespace prio {

Board make_board(const Deck& deck)
{
    Board board;
    for (const LaneSpec& spec : deck.lanes)
        board.lanes.push_back(Lane{spec.id, spec.title, spec.capacity, spec.ranked, {}});
    for (std::size_t i = 0; i < deck.cards.size(); ++i)
        board.pile.push_back(static_cast<int>(i));
    board.notes.resize(deck.cards.size());
    return board;
}

Place locate(const Board& board, int card)
{
    for (std::size_t i = 0; i < board.pile.size(); ++i)
        if (board.pile[i] == card)
            return {kPile, static_cast<int>(i)};
    for (std::size_t l = 0; l < board.lanes.size(); ++l) {
        const std::vector<int>& cards = board.lanes[l].cards;
        for (std::size_t i = 0; i < cards.size(); ++i)
            if (cards[i] == card)
                return {static_cast<int>(l), static_cast<int>(i)};
    }
    return {kPile, -1};
}

int find_lane(const Board& board, std::string_view lane_id)
{
    if (lane_id.empty())
        return kPile;
    for (std::size_t l = 0; l < board.lanes.size(); ++l)
        if (board.lanes[l].id == lane_id)
            return static_cast<int>(l);
    return kNoLane;
}

const std::vector<int>& cards_in(const Board& board, int lane)
{
    return lane == kPile ? board.pile : board.lanes[static_cast<std::size_t>(lane)].cards;
}

std::vector<int>& cards_in(Board& board, int lane)
{
    return lane == kPile ? board.pile : board.lanes[static_cast<std::size_t>(lane)].cards;
}

bool is_full(const Lane& lane)
{
    return lane.capacity > 0 && static_cast<int>(lane.cards.size()) >= lane.capacity;
}

int placed_count(const Board& board)
{
    int n = 0;
    for (const Lane& lane : board.lanes)
        n += static_cast<int>(lane.cards.size());
    return n;
}

int drop_index(const Board& board, int card, int lane, int slot)
{
    Place from = locate(board, card);
    if (from.lane == lane && from.index >= 0 && from.index < slot)
        return slot - 1;
    return slot;
}

std::string fresh_lane_id(const Board& board)
{
    for (int n = 1;; ++n) {
        std::string id = "lane-" + std::to_string(n);
        if (find_lane(board, id) == kNoLane)
            return id;
    }
}

}  // namespace prio
