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

Replayed undo(const Deck& deck, Board& board, History& history)
{
    if (history.done.empty())
        return {};
    if (apply(deck, board, history.done.back().inverse).refusal != Refusal::None)
        return {Replay::Refused, nullptr};
    history.undone.push_back(std::move(history.done.back()));
    history.done.pop_back();
    return {Replay::Done, &history.undone.back()};
}

Replayed redo(const Deck& deck, Board& board, History& history)
{
    if (history.undone.empty())
        return {};
    if (apply(deck, board, history.undone.back().edit).refusal != Refusal::None)
        return {Replay::Refused, nullptr};
    history.done.push_back(std::move(history.undone.back()));
    history.undone.pop_back();
    return {Replay::Done, &history.done.back()};
}

}  // namespace prio
