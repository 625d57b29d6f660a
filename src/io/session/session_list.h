#pragma once
// What a list of sessions shows: name, organisation, date, progress.
#include <cstdint>
#include <string>
#include <vector>

#include "core/session_summary.h"
#include "io/files/diagnostic.h"

namespace prio {

// A session file in a folder, with its summary when it opens.
struct ListedSession : SessionSummary {
    std::string path;
    std::int64_t modified = 0;       // seconds since 1970
    std::vector<Diagnostic> errors;  // when the file does not open: why
};

// The sessions (*.yaml) in `folder`, newest first; files that do not open
// are listed too, with their errors, so a broken file does not just vanish
// from sight. Backups (name~) and hidden files are left out.
std::vector<ListedSession> list_sessions(const std::string& folder);

}  // namespace prio
