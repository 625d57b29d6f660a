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

// Put `action` at `index` of the plan's actions (its id must be new, its
// card one of the deck's). Format 5, as are the plan edits below.
struct AddAction {
    PlanAction action;
    int index = 0;
    bool operator==(const AddAction&) const = default;
};

struct RemoveAction {
    std::string action;
    bool operator==(const RemoveAction&) const = default;
};

// Gives an action new values (the same id and card); the window sends one
// field's change at a time, the log keeps both sides whole.
struct SetAction {
    PlanAction action;
    bool operator==(const SetAction&) const = default;
};

// The plan period; 0, 0 clears it.
struct SetPlanPeriod {
    int from_year = 0, to_year = 0;
    bool operator==(const SetPlanPeriod&) const = default;
};

// A new row at the end of the version trail; its number must be new. A row
// is never rewritten: DropVersion, which takes the last row away, is only
// the inverse of AddVersion (undo), and refuses any row but the last.
struct AddVersion {
    PlanVersion version;
    bool operator==(const AddVersion&) const = default;
};
struct DropVersion {
    PlanVersion version;
    bool operator==(const DropVersion&) const = default;
};

struct Batch;
using Edit = std::variant<Move, SetNote, AddLane, RemoveLane, RenameLane, MoveLane, SetCapacity, AddAction, RemoveAction,
                          SetAction, SetPlanPeriod, AddVersion, DropVersion, Batch>;

// Several edits that are one change to the user: one undo step and one log
// entry. Applied in order, all or none; edits in it that change nothing are
// skipped (and are their own inverse). Its inverse is the inverses in
// reverse order. A batch holds no batch.
struct Batch {
    std::vector<Edit> edits;
    bool operator==(const Batch&) const = default;
};

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
    Broken,              // the edit would break the board's invariant: a bug, so it was not applied
};

struct Applied {
    Refusal refusal = Refusal::None;
    Edit inverse;  // applying it undoes the edit; only set when refusal is None
};

// Applies `edit` to `board`, or refuses it and leaves the board untouched.
// The board's invariant (check_board) holds after every applied edit; an
// edit that would break it is refused as Broken.
Applied apply(const Deck& deck, Board& board, const Edit& edit);

// The plan's edits (core/plan_edit.cpp).
Applied apply_plan_edit(const Deck& deck, Plan& plan, const AddAction& e);
Applied apply_plan_edit(const Deck& deck, Plan& plan, const RemoveAction& e);
Applied apply_plan_edit(const Deck& deck, Plan& plan, const SetAction& e);
Applied apply_plan_edit(const Deck& deck, Plan& plan, const SetPlanPeriod& e);
Applied apply_plan_edit(const Deck& deck, Plan& plan, const AddVersion& e);
Applied apply_plan_edit(const Deck& deck, Plan& plan, const DropVersion& e);

// What is wrong with `board` on `deck`, "" when nothing is: every card of
// the deck lies exactly once on the pile or in a lane, lane ids are unique
// and not empty, no lane holds more than its capacity, one note per card.
std::string check_board(const Deck& deck, const Board& board);

}  // namespace prio
