#pragma once
// A session keeps its own copy of the deck, so it opens whatever happened to
// the deck file. These functions read a deck file and notice that it
// changed; what differs and the switch itself are core/deck_change.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deck_change.h"
#include "core/session.h"
#include "io/files/diagnostic.h"

namespace prio {

// Where a deck comes from: a file path, or "bundled:LANG" for a deck built
// into the program (which can change with a new version of the program).
std::string bundled_source(std::string_view language);
bool is_bundled_source(std::string_view where);

struct DeckSource {
    std::optional<Deck> deck;  // set when it reads without errors
    std::string hash;          // SHA-256 of the bytes, when they could be read
    bool missing = false;      // the file is not there (any more)
    std::vector<Diagnostic> diagnostics;
};

DeckSource read_deck_source(const std::string& where);

// A new session on the deck from `where`, with the deck's path and hash.
struct SessionStart {
    std::optional<Session> session;
    std::vector<Diagnostic> diagnostics;
};
SessionStart start_session(const std::string& where);

enum class DeckStatus {
    Same,        // the same bytes, or the same content
    Changed,     // see diff
    Missing,     // the deck file is gone: the session goes on with its copy
    Unreadable,  // see diagnostics: the session goes on with its copy
    NoSource,    // the session does not say where its deck came from
};

struct DeckCheck {
    DeckStatus status = DeckStatus::NoSource;
    DeckDiff diff;
    std::optional<Deck> deck;  // the deck as it is now, when it reads
    std::string hash;          // of the deck file as it is now
    std::vector<Diagnostic> diagnostics;
};

// Compares the session's copy with its deck file: by hash first, by content
// when the bytes differ. Changes nothing.
DeckCheck check_session_deck(const Session& session);

}  // namespace prio
