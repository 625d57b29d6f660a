#pragma once
// Every change to a board is one of these values, applied by apply().
// Cards and lanes are named by their ids, so an edit still means the same
// thing when it is read back from a session file or a decision log.
#include <string>
#include <variant>
#include <vector>

#include "core/board.h"

namespace prio {

// Put `card` at `index` of lane `lane` ("" is the pile). The index is the
// card's position after the move.
struct Move {
    std::string card;
    std::string lane;
    int index = 0;
    bool operator==(const Move&) const = default;
};

struct SetNote {
    std::string card;
    std::string text;
    bool operator==(const SetNote&) const = default;
};

// Insert a lane at `index`. `cards` are taken from the pile into the new
// lane, in order: that is how removing a lane is undone.
struct AddLane {
    std::string lane;
    std::string title;
    int index = 0;
    int capacity = 0;
    bool ranked = true;
    std::vector<std::string> cards;
    bool operator==(const AddLane&) const = default;
};

// Remove a lane; its cards go to the end of the pile, in their order.
struct RemoveLane {
    std::string lane;
    bool operator==(const RemoveLane&) const = default;
};

struct RenameLane {
    std::string lane;
    std::string title;
    bool operator==(const RenameLane&) const = default;
};

struct MoveLane {
    std::string lane;
    int index = 0;
    bool operator==(const MoveLane&) const = default;
};

// 0 clears the limit.
struct SetCapacity {
    std::string lane;
    int capacity = 0;
    bool operator==(const SetCapacity&) const = default;
};

using Edit = std::variant<Move, SetNote, AddLane, RemoveLane, RenameLane, MoveLane, SetCapacity>;

enum class Refusal {
    None,
    NoChange,            // the edit would leave the board as it is
    UnknownCard,
    UnknownLane,
    LaneFull,            // the target lane is at its capacity
    BadIndex,
    DuplicateLane,       // AddLane with an id already on the board
    CapacityBelowCount,  // a capacity lower than the cards the lane holds
    BadValue,            // e.g. a negative capacity or an empty title
    TooManyLanes,        // AddLane on a board that holds kMaxLanes lanes
};

struct Applied {
    Refusal refusal = Refusal::None;
    Edit inverse;  // applying it undoes the edit; only set when refusal is None
};

// Applies `edit` to `board`, or refuses it and leaves the board untouched.
Applied apply(const Deck& deck, Board& board, const Edit& edit);

}  // namespace prio
