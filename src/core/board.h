#pragma once
// The board: where every card of a deck lies. Cards are referred to by their
// index in the deck; the deck never changes while a board lives on it.
#include <string>
#include <string_view>
#include <vector>

#include "core/deck.h"
#include "core/plan.h"

namespace prio {

// Lane index that stands for the unsorted pile every card starts on; its id
// is the empty string.
inline constexpr int kPile = -1;
// What find_lane answers for an id that is not on the board.
inline constexpr int kNoLane = -2;

struct Lane {
    std::string id;
    std::string title;
    int capacity = 0;  // 0: no limit
    bool ranked = true;
    std::vector<int> cards;
    bool operator==(const Lane&) const = default;
};

struct Board {
    std::vector<Lane> lanes;
    std::vector<int> pile;
    std::vector<std::string> notes;  // one per card of the deck, by index
    Plan plan;  // the actions and the plan's frame (core/plan.h)
    bool operator==(const Board&) const = default;
};

struct Place {
    int lane = kPile;  // lane index or kPile
    int index = -1;    // position within that lane or the pile; -1: nowhere
    bool operator==(const Place&) const = default;
};

// Every card on the pile, the deck's lanes empty.
Board make_board(const Deck& deck);

Place locate(const Board& board, int card);
// Lane index for an id: kPile for "", kNoLane when there is none.
int find_lane(const Board& board, std::string_view lane_id);
const std::vector<int>& cards_in(const Board& board, int lane);
std::vector<int>& cards_in(Board& board, int lane);
bool is_full(const Lane& lane);
int placed_count(const Board& board);

// The final index a Move needs so that `card` lands in front of what is now
// at `slot` in `lane` (slot == size: at the end). Accounts for the card
// leaving the same lane first.
int drop_index(const Board& board, int card, int lane, int slot);

// A lane id not used on the board yet ("lane-1", "lane-2", ...).
std::string fresh_lane_id(const Board& board);

}  // namespace prio
