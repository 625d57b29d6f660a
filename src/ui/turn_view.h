#pragma once
// Turns on this screen (Screen::Turns): the laptop goes round the table and
// every participant ranks alone on a private board of their own. Between
// turns the screen shows only "Deelnemer 3 — geef de laptop door" and how
// many ballots are in; the shared board is hidden the whole time.
//
// The private board is a draft, like a note being typed: a second session
// beside the real one, with the round's lanes and every card on the pile,
// edited through its own history (undo works inside a turn) and never
// saved. "Klaar" turns it into the one GiveBallot the real session keeps and
// drops it in the same frame, before anything of it is drawn again.
#include <cstdint>
#include <memory>
#include <string>

#include "core/session.h"
#include "ui/window_view.h"

namespace prio {

struct TurnDraft {
    int round = 0;       // index into session.rounds
    int number = 1;      // "Deelnemer 3": the ballots the round had when the turn began, plus one
    std::string voter;   // in a named round
    Session draft;       // the private board; its deck is a copy of the session's
    WindowView view;      // its own selection, drag and notices
};

// A fresh private board for round `round` of `session`: the round's lanes
// (one ranked lane for a full ranking or a top k, capped at k), nothing
// placed.
std::unique_ptr<TurnDraft> begin_turn(const Session& session, int round, std::string voter);

// What the private board says, as a ballot of the round's shape: the one
// lane's order, or the cards lane by lane.
BallotGroups turn_groups(const Session& draft, const BallotShape& shape);

// The private board's revision, 0 when no turn is under way: the app draws
// on while it changes, as it does for the session's.
inline std::uint64_t turn_board_revision(const WindowView& view) { return view.turn ? view.turn->draft.revision : 0; }

}  // namespace prio
