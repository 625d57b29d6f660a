#include "core/comparison_lanes.h"

#include <algorithm>
#include <cmath>

namespace prio {
namespace {

// Sequential blues (first lane darkest) and oranges: told apart by people
// with the common colour-vision deficiencies too.
constexpr Colour kRankedColours[] = {{0x08, 0x45, 0x94}, {0x21, 0x71, 0xB5}, {0x42, 0x92, 0xC6},
                                     {0x6B, 0xAE, 0xD6}, {0x9E, 0xCA, 0xE1}, {0xC6, 0xDB, 0xEF}};
constexpr Colour kUnrankedColours[] = {{0xE6, 0x55, 0x0D}, {0xFD, 0x8D, 0x3C}, {0xFD, 0xBE, 0x85}};
constexpr Colour kPileColour{0xE0, 0xE0, 0xE0};

std::string letters(std::size_t index)
{
    std::string out;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

bool has_own_rank(const RankedBoard& board, std::size_t card)
{
    return board.ranks[card] <= board.ranked;
}

}  // namespace

std::vector<LaneKey> lane_legend(const Comparison& c)
{
    std::vector<std::string> used;
    bool pile = false;
    for (const CouncilBoard& council : c.councils)
        for (const std::string& id : council.board.lanes) {
            if (id.empty())
                pile = true;
            else if (std::find(used.begin(), used.end(), id) == used.end())
                used.push_back(id);
        }
    std::vector<LaneKey> legend;
    auto add = [&](const std::string& id, const std::string& title, bool ranked) {
        if (std::find(used.begin(), used.end(), id) != used.end())
            legend.push_back({id, title, ranked, {}, {}});
    };
    for (const LaneSpec& lane : c.deck.lanes)
        add(lane.id, lane.title, lane.ranked);
    for (const std::string& id : used) {
        if (std::any_of(legend.begin(), legend.end(), [&](const LaneKey& k) { return k.id == id; }))
            continue;
        // A lane of a council's own: ranked when a card in it has a rank of its own there.
        bool ranked = false;
        for (const CouncilBoard& council : c.councils)
            for (std::size_t card = 0; card < council.board.lanes.size(); ++card)
                ranked = ranked || (council.board.lanes[card] == id && has_own_rank(council.board, card));
        add(id, id, ranked);
    }
    // Spread over the scale, so that three ranked lanes are dark, middle and light.
    auto spread = [](std::size_t index, std::size_t count, std::size_t colours) {
        if (count <= 1 || count > colours)
            return std::min(index, colours - 1);
        return static_cast<std::size_t>(std::lround(static_cast<double>(index * (colours - 1)) / static_cast<double>(count - 1)));
    };
    std::size_t ranked_count = static_cast<std::size_t>(std::count_if(legend.begin(), legend.end(), [](const LaneKey& k) { return k.ranked; }));
    std::size_t unranked_count = legend.size() - ranked_count;
    std::size_t ranked = 0, unranked = 0;
    for (std::size_t i = 0; i < legend.size(); ++i) {
        LaneKey& k = legend[i];
        k.key = letters(i);
        k.colour = k.ranked ? kRankedColours[spread(ranked++, ranked_count, std::size(kRankedColours))]
                            : kUnrankedColours[spread(unranked++, unranked_count, std::size(kUnrankedColours))];
    }
    if (pile)
        legend.push_back({"", "", false, "\u2013", kPileColour});
    return legend;
}

std::size_t lane_of(const std::vector<LaneKey>& legend, const Comparison& c, std::size_t council, std::size_t card)
{
    const std::string& id = c.councils[council].board.lanes[card];
    for (std::size_t i = 0; i < legend.size(); ++i)
        if (legend[i].id == id)
            return i;
    return legend.size();
}

std::string heatmap_text(const std::vector<LaneKey>& legend, const Comparison& c, std::size_t council, std::size_t card)
{
    std::size_t lane = lane_of(legend, c, council, card);
    if (lane >= legend.size())
        return {};
    const RankedBoard& board = c.councils[council].board;
    if (legend[lane].id.empty() || !has_own_rank(board, card))
        return legend[lane].key;
    const std::string rank = std::to_string(static_cast<long long>(std::lround(board.ranks[card])));
    // One ranked lane (a round's full ranking): the rank alone says it all.
    const bool one_ranked = std::count_if(legend.begin(), legend.end(), [](const LaneKey& k) { return k.ranked; }) == 1;
    return one_ranked ? rank : legend[lane].key + rank;
}

std::vector<int> ranks_given(const Comparison& c, int card)
{
    const std::size_t n = c.deck.cards.size();
    std::vector<int> given(n + 1, 0);
    for (const CouncilBoard& council : c.councils) {
        const auto at = static_cast<std::size_t>(card);
        if (!has_own_rank(council.board, at)) {
            ++given[0];
            continue;
        }
        const long rank = std::lround(council.board.ranks[at]);
        ++given[static_cast<std::size_t>(std::clamp<long>(rank, 1, static_cast<long>(n)))];
    }
    return given;
}

}  // namespace prio
