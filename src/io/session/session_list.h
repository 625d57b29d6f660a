#pragma once
// What a list of sessions shows: name, organisation, date, progress.
#include <cstdint>
#include <string>
#include <vector>

#include "core/session.h"
#include "io/files/diagnostic.h"

namespace prio {

struct SessionSummary {
    std::string path;
    std::string title;         // the session's title; empty when it has none
    std::string organisation;
    std::string date;
    std::string deck;          // the deck's title
    int placed = 0;            // cards in lanes
    int cards = 0;             // cards in the deck
    int lanes = 0;
    std::size_t log_entries = 0;
    std::size_t retired = 0;
    std::int64_t modified = 0;  // seconds since 1970
    std::vector<Diagnostic> errors;  // when the file does not open: why
};

SessionSummary summarize(const Session& session);

// The sessions (*.yaml) in `folder`, newest first; files that do not open
// are listed too, with their errors, so a broken file does not just vanish
// from sight. Backups (name~) and hidden files are left out.
std::vector<SessionSummary> list_sessions(const std::string& folder);

}  // namespace prio
