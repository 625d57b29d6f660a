#pragma once
// A second round after the discussion: did the group converge? Two
// rounds over one deck side by side: Kendall's W of each (tie-corrected,
// core/consensus.h) and per card its spread in each, the same IQR and SD
// of ranks the comparison uses for contested cards.
#include <string>
#include <vector>

#include "core/comparison.h"
#include "core/round.h"

namespace prio {

// Why two rounds cannot be compared; None when they can.
enum class ConvergenceProblem {
    None,
    DifferentDeck,   // not the same cards (ids, in order)
    TooFewBallots,   // a round with fewer than 2 ballots has no spread nor W
};

enum class SpreadChange { Same, Shrank, Grew };

// A spread counts as changed only past noise: the card's SD moved by at
// least a tenth of the deck size in rank places (n/10: 1.8 places for the
// 18 principles), and its IQR did not move the other way.
inline constexpr double kSpreadChangeShare = 0.1;
inline constexpr const char* kSpreadChangeRule = "SD moved by >= n/10 rank places and the IQR not the other way";

struct CardConvergence {
    double iqr_before = 0, iqr_after = 0;
    double sd_before = 0, sd_after = 0;
    SpreadChange change = SpreadChange::Same;
};

struct Convergence {
    ConvergenceProblem problem = ConvergenceProblem::None;
    int problem_round = 0;  // TooFewBallots: 1 or 2, the round that has too few
    int ballots_before = 0, ballots_after = 0;
    double w_before = 0, w_after = 0;
    std::vector<CardConvergence> cards;  // by card index of the deck; empty on a problem
    // Card indices; the largest change in SD first, then by index.
    std::vector<int> shrank, grew;
    bool ok() const { return problem == ConvergenceProblem::None; }
};

// `before` and `after` as round_comparison gives them.
Convergence convergence(const Comparison& before, const Comparison& after);
// The two rounds of one session over `deck`.
Convergence round_convergence(const Deck& deck, const Round& before, const Round& after);

// The problem in words, in `language` ("" for None).
std::string convergence_problem_text(const Convergence& c, std::string_view language);

}  // namespace prio
