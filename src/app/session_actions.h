#pragma once
// Between the session dialogs and the files: carries out what the File menu
// and the dialogs asked for (view.requests) on the SessionDocument, and tells
// the dialogs what to show (lists, errors, the recovery offer, a changed deck).
#include <optional>
#include <string>
#include <vector>

#include "app/document.h"
#include "core/comparison.h"
#include "io/session/recovery.h"
#include "io/session/session_deck.h"
#include "ui/window_view.h"

namespace prio {

struct SessionActions {
    SessionDocument doc;
    std::vector<Recovery> left_behind;  // in the order of view.files.recovery
    DeckCheck deck_check;               // of the session opened last
    bool autosave = true;
    std::string reported;  // the autosave error last printed, so a retry does not repeat it
    // Councils' sessions compared, beside the session (Screen::Compare);
    // the session is not touched by it.
    std::optional<Comparison> comparison;
};

struct StartOptions {
    std::string file;   // a session (a top-level `format:` key) or a deck; empty: the bundled deck
    bool restore = false;  // accept the first recovery offer without asking (for tests)
    bool autosave = true;  // false for --screenshot: no slot, no offer
};

// Takes the recovery slot, opens the start file, offers left-behind work.
void start_sessions(SessionActions& app, WindowView& view, const StartOptions& options);

// Carries out one of the last frame's requests about the session's file
// (ui/requests.h; the others are not for it and do nothing here). Returns
// true when the user settled the question about unsaved work and the
// program should end.
bool carry_out_request(SessionActions& app, WindowView& view, const Request& request);

// The user wants to quit (Ctrl+Q, File > Quit, the window's close button):
// flushes a pending autosave, then ends (true) or asks first (false): when
// something is not on disk, or always with `always_ask` (a note was being typed).
bool quit_or_ask(SessionActions& app, WindowView& view, double now, bool always_ask = false);

// Autosaves when due and refreshes what the dialogs and the menu bar show.
void tick_sessions(SessionActions& app, WindowView& view, double now);

// Seconds the loop may sleep before the autosave needs it.
double sessions_due_in(const SessionActions& app, double now);

// A clean end.
void stop_sessions(SessionActions& app);

}  // namespace prio
