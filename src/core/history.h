#pragma once
// Undo and redo: the edits applied to a board, each with its inverse.
#include <vector>

#include "core/edit.h"

namespace prio {

struct Step {
    Edit edit;
    Edit inverse;
};

struct History {
    std::vector<Step> done;    // oldest first
    std::vector<Step> undone;  // the next redo last
};

// Applies `edit` and records it; a new edit clears the redo list.
Refusal commit(const Deck& deck, Board& board, History& history, const Edit& edit);

enum class Replay {
    Done,
    Nothing,  // nothing to undo or redo
    // The board refused the step. Steps are undone in reverse order, so the
    // board is exactly as the step left it: a refusal is a bug in apply(),
    // never the user's doing. The history is left as it is.
    Refused,
};

struct Replayed {
    Replay result = Replay::Nothing;
    const Step* step = nullptr;  // the step reverted or replayed, when Done
};

Replayed undo(const Deck& deck, Board& board, History& history);
Replayed redo(const Deck& deck, Board& board, History& history);

}  // namespace prio
