#pragma once
// The language an export is written in, chosen in the Export dialog (or with
// the command line's --lang), apart from the interface's. The principle
// texts follow when a bundled deck in that language has the session's
// cards (the bundled decks share their codes); otherwise they stay in the
// deck's language and the dialog says so.
#include <string>

#include "core/session.h"

namespace prio {

// True when the session's principle texts can be given in `language`.
bool deck_has_language(const Session& session, const std::string& language);

// The session as exported in `language`: its language set, and the cards'
// and themes' texts from the bundled deck in that language when it has
// them (the board, the notes and the lanes as the group named them stay).
Session session_in_language(const Session& session, const std::string& language);

}  // namespace prio
