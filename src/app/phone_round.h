#pragma once
// A round with phones in the program: the server's life beside the open
// round, and the hand-off of its ballots to the session on the UI thread.
#include <map>
#include <memory>
#include <string>

#include "core/session.h"
#include "net/phone_server.h"
#include "ui/window_view.h"

namespace prio {

struct PhoneRound {
    std::unique_ptr<PhoneServer> server;
    int round = -1;          // index into session.rounds
    std::string opened;      // the round's opening time: a different session's round is not this one
    std::map<std::string, int> ballot_of;  // phone id -> its ballot's number in the round (1-based)
    PhoneCounts shown;
};

// Starts serving round `round` of `session` on `address` ("" for the
// default route's) and `port` (0: a free one); view.rounds.join shows the
// link, or why it does not run. `wake` is called from the server's threads.
void serve_phones(PhoneRound& phones, const Session& session, WindowView& view, int round, const std::string& address,
                  int port, std::function<void()> wake);

// After each wake-up, on the UI thread: takes the inbox's ballots into the
// session (a phone's second ballot replaces its first), closes the server's
// round when the session's closed, and stops it when the round is revealed
// or gone. True when the window should draw again.
bool tick_phones(PhoneRound& phones, Session& session, WindowView& view, const std::string& time);

void stop_phones(PhoneRound& phones, WindowView& view);

}  // namespace prio
