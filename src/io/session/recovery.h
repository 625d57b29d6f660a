#pragma once
// Recovery slots: each running program owns a slot in the recovery folder
// ($XDG_STATE_HOME/prioriteer/recovery), held by a lock the kernel drops
// when the program ends in any way (kill -9, a crash, power loss). A slot is
//   NAME.lock  the lock, held while the program runs
//   NAME.yaml  the autosaved session, when it is not safely in its own file
//   NAME.path  the session's own file, when it has one
// A slot whose lock nobody holds belongs to a program that did not close
// cleanly: the next start finds it and offers to restore it.
#include <cstdint>
#include <string>
#include <vector>

#include "io/files/failure.h"

namespace prio {

struct RecoverySlot {
    std::string folder;
    std::string name;  // e.g. "session-4242-1": process id, then a count
    int lock_fd = -1;  // held while open
    bool open() const { return lock_fd >= 0; }
    std::string lock_file() const { return folder + "/" + name + ".lock"; }
    std::string session_copy() const { return folder + "/" + name + ".yaml"; }
    std::string path_file() const { return folder + "/" + name + ".path"; }
};

// Creates the folder if needed and takes a new slot, locked. Returns why it
// failed, if it did (the program then runs without recovery and says so).
FileFailure open_slot(RecoverySlot& slot, const std::string& folder);
// Records which file the session lives in ("" for none), so a crash can
// point back to it. Returns why it failed, if it did.
FileFailure record_session_path(const RecoverySlot& slot, const std::string& session_path);
// Removes the slot's autosaved session, if any (it is safely elsewhere now).
void drop_session_copy(const RecoverySlot& slot);
// A clean end: removes the slot's files and releases the lock.
void close_slot(RecoverySlot& slot);

// The slot of another running program that has `session_path` open, or ""
// when none has: two programs writing one file would undo each other's work.
std::string open_elsewhere(const std::string& folder, const std::string& session_path, const RecoverySlot& self);

struct Recovery {
    RecoverySlot slot;          // not open: the program that owned it is gone
    std::string session_file;   // the session's own file, if it had one
    std::string recovery_file;  // the autosaved session, if there is one
    std::int64_t modified = 0;  // seconds since 1970 of its newest file
};

// Slots left behind by programs that did not close cleanly, newest first.
// Slots of programs still running are not listed.
std::vector<Recovery> find_recovery(const std::string& folder);
// Removes a left-behind slot's files, including temporary files a write
// interrupted by the crash left.
void discard_recovery(const Recovery& recovery);

}  // namespace prio
