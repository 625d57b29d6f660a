#pragma once
// `prioriteer check FILE...` for decks and sessions alike: a session is a
// YAML mapping with a top-level `format` key, anything else is read as a deck.
#include <string>
#include <vector>

#include "io/files/diagnostic.h"

namespace prio {

struct FileCheck {
    enum class Kind { Deck, Session };
    Kind kind = Kind::Deck;
    bool ok = false;
    // When ok, one line:
    //   PATH: ok: deck "ID" (nl), 18 cards, 4 themes, 4 lanes
    //   PATH: ok: session "TITLE" (ORGANISATION), deck "ID", 12/18 placed, 4 lanes, 37 log entries
    std::string summary;
    std::vector<Diagnostic> diagnostics;  // errors and warnings, in file order
};

FileCheck check_file(const std::string& path);

// Whether `path` looks like a session (a line starting with `format:`)
// without parsing it: the window opens a file once, not twice.
bool looks_like_session(const std::string& path);

}  // namespace prio
