#pragma once
// What the window says about sessions, in the session's language: its name
// and title bar, its progress, a changed deck, and left-behind work.
#include <string>
#include <string_view>
#include <vector>

#include "core/session.h"
#include "io/session/recovery.h"
#include "io/session/session_deck.h"
#include "core/session_summary.h"

namespace prio {

// The session's title, else its file's name without ".yaml", else "Untitled session".
std::string session_name(const Session& session, const std::string& session_path, std::string_view language);

// "Workshop masterplan — Prioriteer", with "* " in front while unsaved.
std::string window_title(const Session& session, const std::string& session_path, bool saved, std::string_view language);

// "12/18 placed"
std::string progress_text(const SessionSummary& summary, std::string_view language);

// What to tell the user after check_session_deck: empty when there is
// nothing to tell (the same deck, or no deck file to compare with).
std::vector<std::string> deck_check_lines(const DeckCheck& check, const Session& session, std::string_view language);

// One line offering left-behind work; `time` is the slot's time as the
// window formats it (io reads no clock), `summary` that of the session in it.
std::string recovery_line(const Recovery& recovery, const SessionSummary& summary, const std::string& time, std::string_view language);

}  // namespace prio
