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

// Each returns the step it reverted or replayed, or nullptr when there is
// nothing to undo or redo.
const Step* undo(const Deck& deck, Board& board, History& history);
const Step* redo(const Deck& deck, Board& board, History& history);

}  // namespace prio
