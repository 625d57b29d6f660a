#include "core/comparison.h"

#include <algorithm>

namespace prio {

namespace {

Consensus consensus_of(const std::vector<CouncilBoard>& councils, const std::vector<std::string>& ids)
{
    std::vector<RankedBoard> boards;
    for (const CouncilBoard& c : councils) boards.push_back(c.board);
    return consensus(boards, ids);
}

}  // namespace

Comparison compare(Deck deck, std::vector<CouncilBoard> councils)
{
    Comparison out;
    std::vector<std::string> ids;
    for (const Card& card : deck.cards) ids.push_back(card.id);
    out.deck = std::move(deck);
    out.councils = std::move(councils);
    out.all = consensus_of(out.councils, ids);

    std::vector<RankedBoard> boards;
    for (const CouncilBoard& c : out.councils) boards.push_back(c.board);
    for (const std::string& segment : segments(boards)) {
        std::vector<CouncilBoard> members;
        for (const CouncilBoard& c : out.councils)
            if (c.board.segment == segment) members.push_back(c);
        out.segments.emplace_back(segment, consensus_of(members, ids));
    }
    bool weighted = std::any_of(out.councils.begin(), out.councils.end(), [](const CouncilBoard& c) { return c.board.weight != 1; });
    if (weighted) {
        std::vector<CouncilBoard> equal = out.councils;
        for (CouncilBoard& c : equal) c.board.weight = 1;
        out.top_same_with_equal_weights =
            same_top(consensus_of(equal, ids).borda_order, out.all.borda_order, kSensitivityTop);
    }
    return out;
}

Board regional_board(const Comparison& c)
{
    Board board = make_board(c.deck);
    board.pile.clear();
    const int lanes = static_cast<int>(board.lanes.size());
    auto chosen_lane = [&](const CardConsensus& card) {
        int best = kPile, best_count = 0;
        for (int l = 0; l < lanes; ++l)
            for (const auto& [id, count] : card.lanes)
                if (id == board.lanes[static_cast<std::size_t>(l)].id && count > best_count) best = l, best_count = count;
        for (const auto& [id, count] : card.lanes)
            if (id.empty() && count > best_count) best = kPile;
        return best;
    };
    for (int card : c.all.borda_order) {
        int lane = chosen_lane(c.all.cards[static_cast<std::size_t>(card)]);
        // Overflow goes to the next ranked lane with room: never into "not a priority".
        while (lane != kPile && is_full(board.lanes[static_cast<std::size_t>(lane)])) {
            do ++lane;
            while (lane < lanes && !board.lanes[static_cast<std::size_t>(lane)].ranked);
            if (lane >= lanes) lane = kPile;
        }
        cards_in(board, lane).push_back(card);
    }
    return board;
}

}  // namespace prio
