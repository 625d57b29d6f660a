#pragma once
// The open session's life: the session itself, where it lives, its autosave,
// and the file actions the window asks for (new, open, save, restore). No
// window and no ImGui here: the loop calls these and shows what they return.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/comparison.h"
#include "core/session.h"
#include "io/files/diagnostic.h"
#include "io/session/recovery.h"
#include "io/session/session_autosave.h"
#include "io/session/session_deck.h"

namespace prio {

struct SessionDocument {
    Session session;
    AutosaveState autosave;
    std::string recovery_folder;
    std::string recent_file;   // the recent-sessions list
    std::string sessions_folder;  // the default folder, created on the first save there
    // The revision of a session just made from a deck that nobody changed
    // yet: closing it loses nothing, so no question is asked.
    std::uint64_t pristine = std::numeric_limits<std::uint64_t>::max();
};

// What an action tells the user when it did not (fully) work.
struct Outcome {
    bool ok = false;
    std::vector<std::string> errors;  // one line each ("path:line:col: fout: ..." or a sentence), in the window's language
    std::string warning;
    // A file's problems once more in English, for the terminal, which speaks
    // as the command line does; empty when `errors` are no file's problems.
    std::vector<std::string> terminal;
};

// A file that could not be read: its errors, one line each, in `language`
// (the window's), and in English for the terminal.
Outcome unreadable(const std::vector<Diagnostic>& diagnostics, std::string_view language);

// Takes a recovery slot. Without one the program still runs (see
// doc.autosave.slot_error).
void document_start(SessionDocument& doc, const std::string& recovery_folder, const std::string& recent_file,
                    const std::string& sessions_folder);

// A new untitled session on the deck at `where` (a path or bundled_source()).
// On failure the open session stays as it was.
Outcome document_new(SessionDocument& doc, const std::string& where);

// A new untitled session on the comparison's deck whose board is its
// regional starting board, in `language`; its log says where it came from.
// As after document_new, the autosave follows it (into the recovery slot).
Outcome document_new_regional(SessionDocument& doc, const Comparison& comparison, const std::string& language, const std::string& time);

struct Opened {
    Outcome outcome;
    DeckCheck deck;  // when ok: how the session's deck copy compares with its deck file
};
// Opens a session file. Nothing changes unless it opens completely.
Opened document_open(SessionDocument& doc, const std::string& path);

// Saves to the session's own file (which it must have).
Outcome document_save(SessionDocument& doc);
// Saves to `path` and follows the session there. The default sessions folder
// is created when missing; any other folder must exist.
Outcome document_save_as(SessionDocument& doc, const std::string& path);

// Work left behind by programs that did not end cleanly, newest first.
std::vector<Recovery> document_left_behind(const SessionDocument& doc);
// Loads left-behind work into the window; its slot goes once it is written again.
Outcome document_restore(SessionDocument& doc, const Recovery& recovery);

// Someone else changed the session's file: load their version into the
// window (ours stays in the recovery slot until the next write).
Outcome document_reload(SessionDocument& doc);
// ...or save ours beside it as "NAME (my version).yaml" (a free name) and
// follow that copy.
Outcome document_keep_mine(SessionDocument& doc);

// Switches to the deck file as it is now (the user chose it explicitly).
// Logs the change with `time`.
DeckSwitch document_switch_deck(SessionDocument& doc, const DeckCheck& check, const std::string& time);

// True when closing the session would lose something: not in its own file,
// and not a fresh session nobody touched.
bool document_unsaved(const SessionDocument& doc);
std::string document_title(const SessionDocument& doc);

// A clean end: the slot goes.
void document_stop(SessionDocument& doc);

// An absolute, normalised path, so that the same file is one entry in the
// recent list and is recognised when open in another program.
std::string absolute_path(const std::string& path);

}  // namespace prio
