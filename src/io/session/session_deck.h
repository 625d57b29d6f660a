#pragma once
// A session keeps its own copy of the deck, so it opens whatever happened to
// the deck file. These functions notice that the deck file changed, say what
// differs, and switch to the new deck only when asked: a card the new deck
// no longer has is kept and marked retired, never dropped; new cards go to
// the pile.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

struct CardChange {
    std::string id;
    std::string old_title;
    std::string new_title;
    std::vector<std::string> fields;  // which of title, theme, summary, body, source differ
    bool operator==(const CardChange&) const = default;
};

struct DeckDiff {
    std::vector<std::string> added;     // in the new deck only, in its order
    std::vector<std::string> removed;   // in the copy only, not counting cards already retired
    std::vector<std::string> returned;  // retired before, in the new deck again
    std::vector<CardChange> changed;    // the same id with other content
    bool details_changed = false;       // the deck's id, title, language, version or description
    bool themes_changed = false;
    bool lanes_changed = false;         // the lanes a new board would start with
    bool empty() const;
};

DeckDiff compare_decks(const Deck& copy, const std::vector<std::string>& retired, const Deck& now);

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

struct DeckSwitch {
    std::vector<std::string> retired;  // every card now kept as retired
    std::vector<std::string> added;    // put on the pile
};

// Makes `deck` the session's deck: cards keep their lanes, places and notes
// by id, new cards go to the end of the pile, cards the deck lacks stay
// where they are as retired cards (with their theme, if the deck dropped
// it). The board's lanes are the group's and stay as they are.
DeckSwitch switch_deck(Session& session, const Deck& deck, const std::string& path, const std::string& hash);

}  // namespace prio
