#pragma once
// Rounds of individual rankings in the window (ui/round_dialogs.cpp): the
// dialog that begins one, the entry of ballots from the paper deck, and the
// round's line in the menu bar, which counts ballots and shows nothing of
// what they say until the round is revealed.
#include <array>
#include <string>
#include <vector>

#include "core/round.h"

namespace prio {

// Round changes as the window wishes them; apply_commands carries them out
// through core/session_rounds.h.
struct StartRound {
    Round round;
    bool phones = false;  // then the app serves the round to phones (ServePhonesRequest)
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

// A round with phones as the join panel shows it; the app fills it in from
// its server (app/phone_round.h) and the panel only reads it.
struct PhoneJoin {
    bool on = false;
    std::string url;       // the join link, in the QR code
    std::string code_url;  // typed before the code
    std::string code;      // "ABCD-EFGH"
    std::string error;     // why the server does not run, "" when it does
    int joined = 0, given = 0;
    std::string address;                 // where it listens
    std::vector<std::string> addresses;  // this machine's IPv4 addresses, for the facilitator to pick another
    std::vector<std::string> interfaces; // their interfaces' names, in the same order
    int qr_size = 0;             // modules per side
    std::vector<bool> qr_dark;   // row by row
};

// The dialogs' drafts.
struct RoundView {
    std::string question;  // "" until the dialog first opens: then the default question
    int form = 0;          // BallotForm as an int, for the radio buttons
    int top = 5;
    bool anonymous = true;
    bool phones = false;   // the round is served to phones
    PhoneJoin join;
    std::array<float, 4> close_button{};  // where "Close the round" was last drawn, for --geometry-out
    std::string paper;  // the ballot being typed
    std::string voter;  // its name, in a named round
    std::string added;  // what the last added ballot was, said once under the field
    bool refocus = false;  // the keyboard goes back to the first field in the next frame
};

}  // namespace prio
