#pragma once
// A workshop session: the deck it was made with (a full copy), the board,
// what the group wrote about itself, and the decision log. Every change to
// the board goes through perform/undo/redo here, so the history, the log
// and the autosave see the same edits.
#include <cstdint>
#include <string>
#include <vector>

#include "core/history.h"

namespace prio {

struct SessionMeta {
    std::string organisation;  // municipality, OCMW, police zone...
    std::string title;
    std::string facilitator;
    std::string participants;
    std::string date;  // ISO 8601 date
    std::string remarks;
    // For comparing councils: the weight "by inhabitants", and the track
    // ("groot", "klein") that the consensus is also shown for. Format 2.
    long long inhabitants = 0;  // 0: not given
    std::string segment;
    bool operator==(const SessionMeta&) const = default;
};

enum class LogKind { Do, Undo, Redo };

// One line of the decision log. `applied` is what changed the board;
// `reverse` is what would turn it back (for a Move: where the card came from).
struct LogEntry {
    std::string time;  // ISO 8601, UTC
    LogKind kind = LogKind::Do;
    Edit applied;
    Edit reverse;
    bool operator==(const LogEntry&) const = default;
};

// Text being typed into a field that edits the session, before it becomes
// its edit (when the field closes): kept with the session and autosaved, so
// a crash loses no typing. Not an edit itself: undo never sees it.
struct Draft {
    std::string field;   // "note" (target: a card id) or "lane" (target: a lane id, its new title); "" for none
    std::string target;
    std::string text;
    bool operator==(const Draft&) const = default;
};

struct Session {
    Deck deck;
    std::string deck_path;  // where the deck was loaded from; may be gone
    std::string deck_hash;  // of the deck file's bytes, to notice a change
    std::string language;   // of the interface and the exports
    // Ids of cards in `deck` that its deck file no longer has (after a
    // switch to a newer deck): kept with their place and note, never
    // dropped, and shown as retired.
    std::vector<std::string> retired;
    SessionMeta meta;
    Board board;
    std::vector<LogEntry> log;
    Draft draft;
    History history;  // not saved: undo lasts as long as the program runs
    std::uint64_t revision = 0;  // bumped by every change, saved or not
};

Session make_session(Deck deck);

Refusal perform(Session& session, const Edit& edit, const std::string& time);
bool undo(Session& session, const std::string& time);
bool redo(Session& session, const std::string& time);
// For changes that are not board edits (the metadata dialog).
void touch(Session& session);

}  // namespace prio
