#pragma once
// A participant's ballot in a round, however it is given: a turn on this
// screen, a phone, or the paper deck. One check for all three: nothing is
// accepted until it is clean, and each problem says where it is.
//
// From paper, the group reads the order off the physical cards and types
// it as codes ("K3 O3 K4 | I1 S2"):
//   - codes are the deck's card ids, in any case (ASCII letters fold);
//   - spaces, tabs, commas and semicolons go between codes;
//   - a lane ends at "|", and at the end of a line that named a card, so
//     "K1 K2 |" followed by a new line, or an empty line, does not make an
//     empty lane; "| |" does (a lane left empty on the table).
#include <string>
#include <string_view>
#include <vector>

#include "core/deck.h"

namespace prio {

// How a participant answers: every card in order, their first k, or the
// cards laid out in the board's lanes (each lane's capacity holds).
enum class BallotForm { Full, Top, Lanes };

struct BallotShape {
    BallotForm form = BallotForm::Full;
    int top = 0;              // k for BallotForm::Top
    std::vector<LaneSpec> lanes;  // for BallotForm::Lanes: the board's lanes when the round began
    bool operator==(const BallotShape&) const = default;
};

enum class BallotFault {
    Unknown,       // a code that is no card of the deck
    Duplicate,     // a card named a second time
    Missing,       // a card a full ranking leaves out (no place in the text)
    TooFew,        // a top k with fewer than k cards (no place in the text)
    TooMany,       // a top k with more than k cards: at the first one too many
    OverCapacity,  // a lane holds more cards than its capacity: at the first one too many
    TooManyLanes,  // more lanes than the board has: at the first card past them
    Closed,        // the round takes no more ballots
};

struct BallotProblem {
    BallotFault fault = BallotFault::Unknown;
    std::string code;   // the code as given (Missing: the card's id)
    int line = 0;       // 1-based place in the paper text; 0 when the problem has none there
    int column = 0;     // in characters
    int lane = 0;       // 1-based lane (OverCapacity, TooManyLanes)
    std::string lane_title;
    int limit = 0;       // the capacity, k, or the number of lanes it exceeds
    int given = 0;       // TooFew: how many cards the top names
    int first_line = 0;  // Duplicate: where the card was named first
    bool operator==(const BallotProblem&) const = default;
};

struct CheckedBallot {
    // The cards (deck indices) in the participant's order: one group for
    // a full ranking and a top k, one per board lane for Lanes (empty
    // groups for lanes left empty, up to the board's lane count).
    std::vector<std::vector<int>> groups;
    std::vector<BallotProblem> problems;  // in the order of the text; missing cards last, in deck order
    bool clean() const { return problems.empty(); }
};

// A ballot as given: card codes in the participant's order, a group per
// lane (one group for a full ranking and a top k).
using BallotGroups = std::vector<std::vector<std::string>>;

CheckedBallot check_ballot(const Deck& deck, const BallotShape& shape, const BallotGroups& groups);
CheckedBallot read_paper_ballot(const Deck& deck, const BallotShape& shape, std::string_view text);

// One problem in words, in `language`: "regel 2: K33 is geen kaart van
// deze set" from paper, "K33 is geen kaart van deze set" otherwise.
std::string ballot_problem_text(const BallotProblem& problem, std::string_view language);

}  // namespace prio
