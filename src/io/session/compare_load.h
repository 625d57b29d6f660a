#pragma once
// Reads the sessions of several councils for a comparison. Either all of
// them load and fit together, or nothing is compared and every problem is
// named with its file.
#include <string>
#include <vector>

#include "core/comparison.h"
#include "io/files/diagnostic.h"

namespace prio {

inline constexpr int kMinCouncils = 2;
inline constexpr int kMaxCouncils = 500;

struct ComparisonLoad {
    bool ok = false;  // no errors: compare(deck, councils) may run
    Deck deck;        // the common deck: the first session's copy
    std::vector<CouncilBoard> councils;  // weight 1, the segment their session gives
    std::vector<Diagnostic> diagnostics;  // errors that refuse, warnings that do not
};

// Refused: fewer than 2 or more than 500 files, the same file twice, a
// session that does not load, sessions of different decks. Warned: another
// deck version than the first's, retired cards (counted as unranked).
ComparisonLoad load_comparison(const std::vector<std::string>& paths);

// A weights file: one line per council, "COUNCIL;WEIGHT" or
// "COUNCIL;WEIGHT;SEGMENT", the council named by its name or its file as
// given; "#" starts a comment. Councils not named keep weight 1. On any
// error nothing is changed and the errors say path:line.
// Each council weighs its inhabitants; refused, naming them, when a session
// does not give them (Session details). Nothing changes on an error.
std::vector<Diagnostic> weigh_by_inhabitants(std::vector<CouncilBoard>& councils);

std::vector<Diagnostic> apply_weights_file(const std::string& path, std::vector<CouncilBoard>& councils);

}  // namespace prio
