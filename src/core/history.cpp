#include "core/history.h"

namespace prio {

Refusal commit(const Deck& deck, Board& board, History& history, const Edit& edit)
{
    Applied applied = apply(deck, board, edit);
    if (applied.refusal != Refusal::None)
        return applied.refusal;
    history.done.push_back(Step{edit, std::move(applied.inverse)});
    history.undone.clear();
    return Refusal::None;
}

// The board is exactly as the step left it (steps are undone in reverse
// order), so an inverse cannot be refused; a refusal would mean a bug in
// apply(), and then the history is left as it is.
const Step* undo(const Deck& deck, Board& board, History& history)
{
    if (history.done.empty())
        return nullptr;
    if (apply(deck, board, history.done.back().inverse).refusal != Refusal::None)
        return nullptr;
    history.undone.push_back(std::move(history.done.back()));
    history.done.pop_back();
    return &history.undone.back();
}

const Step* redo(const Deck& deck, Board& board, History& history)
{
    if (history.undone.empty())
        return nullptr;
    Applied applied = apply(deck, board, history.undone.back().edit);
    if (applied.refusal != Refusal::None)
        return nullptr;
    history.done.push_back(std::move(history.undone.back()));
    history.undone.pop_back();
    return &history.done.back();
}

}  // namespace prio
