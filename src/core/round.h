#pragma once
// Rounds of individual rankings: every participant ranks alone first (a
// turn on this screen, the paper deck, a phone), nobody sees another's
// ballot, and only then are the results revealed and compared, with the
// same consensus maths as councils (core/comparison.h) over participants.
#include <string>
#include <vector>

#include "core/ballot.h"
#include "core/comparison.h"

namespace prio {

enum class BallotSource { Turn, Paper, Phone };

struct Ballot {
    std::string time;   // when it was given, ISO 8601 UTC
    std::string voter;  // the participant's name in a named round; always "" in an anonymous one
    BallotSource source = BallotSource::Turn;
    BallotGroups groups;  // card ids as check_ballot took them
    bool operator==(const Ballot&) const = default;
};

struct Round {
    std::string question;
    BallotShape shape;
    bool anonymous = true;
    bool open = true;
    bool revealed = false;
    std::string opened, closed;  // times; closed "" while open
    std::vector<Ballot> ballots;
    bool operator==(const Round&) const = default;
};

// The default question, in the session's language ("Rangschik de principes").
std::string default_question(std::string_view language);

// The board a ballot means, on `deck`: a full ranking and a top k are one
// ranked lane in the participant's order (a top k leaves the rest on the
// pile); a lanes ballot lies in the round's lanes.
Board ballot_board(const Deck& deck, const Round& round, const Ballot& ballot);

// The round's ballots compared as a comparison of councils is: each ballot
// a "council" named by its voter, or "Deelnemer N" in an anonymous round.
Comparison round_comparison(const Deck& deck, const Round& round, std::string_view language);

}  // namespace prio
