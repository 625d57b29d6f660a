#pragma once
// Rounds of individual rankings in the window (ui/round_dialogs.cpp): the
// dialog that begins one, the entry of ballots from the paper deck, and the
// round's line in the menu bar, which counts ballots and shows nothing of
// what they say until the round is revealed.
#include <string>

#include "core/round.h"

namespace prio {

// Round changes as the window wishes them; apply_commands carries them out
// through core/session_rounds.h.
struct StartRound {
    Round round;
};
struct GiveBallot {
    int round = 0;  // index into session.rounds
    BallotGroups groups;
    std::string voter;
    BallotSource source = BallotSource::Paper;
};
struct CloseRound {
    int round = 0;
};
struct RevealRound {
    int round = 0;
};

// The dialogs' drafts.
struct RoundView {
    std::string question;  // "" until the dialog first opens: then the default question
    int form = 0;          // BallotForm as an int, for the radio buttons
    int top = 5;
    bool anonymous = true;
    std::string paper;  // the ballot being typed
    std::string voter;  // its name, in a named round
    std::string added;  // what the last added ballot was, said once under the field
    bool refocus = false;  // the keyboard goes back to the first field in the next frame
};

}  // namespace prio
