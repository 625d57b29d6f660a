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

}  // namespace prio
