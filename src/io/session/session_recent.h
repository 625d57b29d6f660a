#pragma once
// The list of recently used session files, newest first, one absolute path
// a line in a small text file in the state folder (recent-sessions.txt).
#include <string>
#include <vector>

#include "io/files/failure.h"

namespace prio {

inline constexpr std::size_t kMaxRecent = 10;

// The list as stored; a missing or unreadable file is an empty list.
std::vector<std::string> load_recent(const std::string& list_file);

// Puts `session_path` first (once) and keeps at most kMaxRecent entries.
// Returns why the list could not be written (failed() false when it was);
// a lost entry in this list loses no work, so callers may only log it.
FileFailure remember_recent(const std::string& list_file, const std::string& session_path);

// Drops an entry (e.g. a file that no longer exists, when the user says so).
FileFailure forget_recent(const std::string& list_file, const std::string& session_path);

}  // namespace prio
