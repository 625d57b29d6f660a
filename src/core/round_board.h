#pragma once
// A revealed round put on the board ("Apply to the board"): where the
// participants' consensus puts each card, and the one Batch edit that lays
// the board out so, one undo step and one log entry.
#include "core/comparison.h"
#include "core/edit.h"
#include "core/round.h"

namespace prio {

// The board the consensus of `round` (its comparison, round_comparison)
// means, on the lanes of `current`, with its notes:
//   - a lanes round: each card in the lane most participants chose (a tie
//     to the earlier lane), ordered within it by the consensus; a lane that
//     would overflow passes its lowest cards on to the next ranked lane,
//     the last ones to the pile; a card most left on the pile stays there;
//   - a full ranking or a top k: the cards somebody ranked, in consensus
//     order, fill the ranked lanes in turn, each up to its capacity (a lane
//     without one takes all that are left); cards nobody ranked stay on
//     the pile.
Board consensus_board(const Comparison& comparison, const Round& round, const Board& current, const Deck& deck);

// Moves that turn `from` into `to` (the same cards and lanes): first every
// card to the pile, then each to its place. Empty when they are equal.
Batch moves_to(const Deck& deck, const Board& from, const Board& to);

}  // namespace prio
