#pragma once
// Rounds in a session: each change is kept at once (the autosave sees the
// revision change) and logged as a RoundEvent, so a kill loses no ballot
// that was given.
#include <string>

#include "core/session.h"

namespace prio {

// The open round's index in session.rounds, or -1.
int open_round(const Session& session);

// Opens a round asked as `round` says (question, shape, anonymity); its
// ballots and times are set here. Refused (-1) while another is open;
// otherwise its index.
int start_round(Session& session, Round round, const std::string& time);

// Takes a ballot into the open round `index` when check_ballot finds it
// clean; a round that is closed (or not there) takes nothing and says so.
// The ballot is kept with the deck's own codes; an anonymous round keeps
// no voter. With `replaces` (1-based, 0 for none) the ballot takes the
// place of that earlier ballot of the round instead of adding one: a phone
// that gives again changes its own ballot.
CheckedBallot give_ballot(Session& session, int index, const BallotGroups& groups, const std::string& voter,
                          BallotSource source, const std::string& time, int replaces = 0);

// Ends the round: no more ballots. False when it was not open.
bool close_round(Session& session, int index, const std::string& time);
// Shows the results: closes the round first when it is open. False when
// it was revealed already.
bool reveal_round(Session& session, int index, const std::string& time);

}  // namespace prio
