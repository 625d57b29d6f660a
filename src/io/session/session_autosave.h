#pragma once
// Autosave: every change to a session is on disk within a second. A session
// with a file of its own is written there (safely, with the version it had
// when it was opened or last saved explicitly kept as `name~`); a session
// without one, or whose file
// cannot be written (a USB stick pulled out, a full disk), is written to the
// program's recovery slot. The window loop calls autosave_tick every frame
// and waits no longer than autosave_due_in.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/session.h"
#include "io/files/atomic_file.h"
#include "io/files/file_stamp.h"
#include "io/session/recovery.h"
#include "io/session/session_yaml.h"

namespace prio {

// Writes are at least this far apart, so a burst of edits costs one write.
inline constexpr double kAutosaveInterval = 0.25;  // seconds
// After a failed write to the session's own file, how long to wait before trying it again.
inline constexpr double kAutosaveRetry = 5.0;  // seconds

struct AutosaveState {
    RecoverySlot slot;
    std::string session_path;        // the session's own file; empty: untitled
    std::uint64_t written = 0;       // the session revision last written
    bool in_file = false;            // ...to the session's own file (else to the slot)
    bool pending = false;            // write even though the revision did not change
    bool backup_made = false;        // the first autosave after opening or saving keeps the backup
    double last_write = -1e18;       // when the last write was tried
    std::vector<Recovery> adopted;   // left-behind slots removed after the next good write
    // Why the last write failed, if it did: the session's own file first,
    // then the recovery slot when that failed too (autosave_error words it).
    std::vector<FileFailure> errors;
    std::optional<FileFailure> warning;  // from the last good write (e.g. no backup)
    FileFailure slot_error;          // why the recovery slot is not available, if it is not
    // The last write could go nowhere, neither to the session's file nor to
    // the slot: the changes since `log_on_disk` entries exist only in memory.
    bool nowhere = false;
    std::size_t log_on_disk = 0;     // log entries of the last version written anywhere
    LogYamlCache log_cache;          // so each write emits only the log's new entries
    FileStamp stamp;                 // the session's file as last written or read here
    // Someone else changed the session's file since: it is not written again
    // (the session goes to the slot) until the user chooses (reload, or a copy).
    bool conflict = false;
};

// Takes a recovery slot in `recovery_folder` (see paths: recovery_folder()).
// Without one, autosave still writes sessions that have a file; the reason
// is kept in slot_error for the window to show.
void autosave_start(AutosaveState& state, const std::string& recovery_folder);

// Follows a session just made, opened, or saved under `session_path` ("" for
// an untitled one): what it is now is what is on disk. Call it after New,
// Open and Save as. The slot's copy of the previous session is dropped: the
// window asked the user about unsaved changes before.
void autosave_follow(AutosaveState& state, const Session& session, const std::string& session_path);

// After the user restored `recovery` into the session being followed: write
// it out at the next tick, and only then remove the left-behind slot.
void autosave_adopt(AutosaveState& state, const Recovery& recovery);

// Save and Save as: writes the session to `path` now and follows it there.
// An explicit save is a version the user meant: the next autosave keeps it
// as `path~` (as it keeps the version a file had when it was opened), later
// autosaves leave that backup alone. On failure nothing changes: the
// session stays where it was followed.
WriteResult autosave_save_as(AutosaveState& state, const Session& session, const std::string& path);

struct AutosaveResult {
    bool wrote = false;   // something was written
    bool ok = true;       // false: the session is on disk nowhere new (see state.error)
    std::string where;    // the file written
};

// Writes the session when it changed and the last write is at least
// kAutosaveInterval ago. `now` is a monotonic clock in seconds.
AutosaveResult autosave_tick(AutosaveState& state, const Session& session, double now);

// Seconds until autosave_tick has work to do; a large number when none.
double autosave_due_in(const AutosaveState& state, const Session& session, double now);

// How many changes (log entries) are on disk nowhere, when the last write
// found no place at all; 0 otherwise. Autosave keeps retrying meanwhile.
std::size_t autosave_changes_nowhere(const AutosaveState& state, const Session& session);

// True when the session's own file holds exactly this revision: no
// "unsaved" mark in the window title.
bool autosave_in_file(const AutosaveState& state, const Session& session);

// Why the last write failed, in `language`; "" when it did not.
std::string autosave_error(const AutosaveState& state, std::string_view language);

// A clean end (the user closed the window and answered about unsaved work):
// removes the slot.
void autosave_stop(AutosaveState& state);

}  // namespace prio
