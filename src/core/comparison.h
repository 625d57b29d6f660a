#pragma once
// A comparison: several councils' boards over one deck, beside each other,
// with the consensus of all and of each segment.
#include <string>
#include <utility>
#include <vector>

#include "core/consensus.h"
#include "core/deck.h"

namespace prio {

struct CouncilBoard {
    std::string name;  // the session's organisation, or its file name
    std::string file;
    long long inhabitants = 0;  // 0: the session does not say
    RankedBoard board;
    std::vector<std::string> notes;  // per card of the common deck, "" for none
};

// How the councils' weights were set: each 1, by inhabitants, or from a file.
enum class Weighting { Equal, Inhabitants, Given };

struct Comparison {
    Deck deck;  // the common deck: the first council's copy
    Weighting weighting = Weighting::Equal;  // said by whoever set the weights
    std::vector<CouncilBoard> councils;
    Consensus all;
    std::vector<std::pair<std::string, Consensus>> segments;  // when any council carries one
    // Whether the Borda top 5 is the same with every council weighing 1.
    bool top_same_with_equal_weights = true;
};

inline constexpr int kSensitivityTop = 5;

Comparison compare(Deck deck, std::vector<CouncilBoard> councils);

// A starting board for the regional workshop, on the deck's lanes: each card
// in the lane most councils chose (a tie goes to the earlier lane, the pile
// last), ordered within it by the consensus. A lane that would overflow its
// capacity passes its lowest cards on to the next ranked lane, the last to
// the pile.
Board regional_board(const Comparison& comparison);

}  // namespace prio
