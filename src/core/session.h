#pragma once
// A workshop session: the deck it was made with (a full copy), the board,
// what the group wrote about itself, and the decision log. Every change to
// the board goes through perform/undo/redo here, so the history, the log
// and the autosave see the same edits.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/history.h"
#include "core/round.h"

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

// A change to the board. `applied` is what changed it; `reverse` is what
// would turn it back (for a Move: where the card came from).
struct EditRecord {
    LogKind kind = LogKind::Do;
    Edit applied;
    Edit reverse;
    bool operator==(const EditRecord&) const = default;
};

// Changes outside the board, which undo does not reach: logged so that the
// log tells the whole story of a session. Format 3.
struct DeckChange {  // the session moved to a newer version of its deck
    std::string from_version, to_version;
    std::vector<std::string> added;    // card ids put on the pile
    std::vector<std::string> retired;  // card ids the deck no longer has
    bool operator==(const DeckChange&) const = default;
};
struct DetailChange {  // one field of the session's details
    std::string field;  // its key under metadata: in the session file
    std::string from, to;
    bool operator==(const DetailChange&) const = default;
};
struct LanguageChange {
    std::string from, to;
    bool operator==(const LanguageChange&) const = default;
};

// The session was made from a comparison of councils (File > Compare
// sessions, "Open as new board"): its board is their regional starting
// board. Format 4.
struct ComparisonOrigin {
    std::vector<std::string> councils;  // the councils' names, in the order they were picked
    double kendall_w = 0;               // their agreement, rounded to 3 decimals
    bool operator==(const ComparisonOrigin&) const = default;
};

// A round of individual rankings began, took a ballot, closed or was
// revealed (core/session_rounds.h). Numbers only: the log never names who
// gave a ballot, so an anonymous round stays anonymous in it. Format 4.
enum class RoundStep { Started, Ballot, Closed, Revealed };
struct RoundEvent {
    RoundStep step = RoundStep::Started;
    int round = 0;   // 1-based
    int ballot = 0;  // 1-based, for RoundStep::Ballot
    // The ballot-th ballot was given again and replaced the earlier one
    // (a phone that resubmits): the round still holds one ballot for it.
    bool replaces = false;
    bool operator==(const RoundEvent&) const = default;
};

using LogWhat = std::variant<EditRecord, DeckChange, DetailChange, LanguageChange, ComparisonOrigin, RoundEvent>;

// One line of the decision log.
struct LogEntry {
    std::string time;  // ISO 8601, UTC
    LogWhat what;
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
    std::vector<Round> rounds;  // oldest first; at most one open
    History history;  // not saved: undo lasts as long as the program runs
    std::uint64_t revision = 0;  // bumped by every change, saved or not
};

Session make_session(Deck deck);

Refusal perform(Session& session, const Edit& edit, const std::string& time);
Replay undo(Session& session, const std::string& time);
Replay redo(Session& session, const std::string& time);

// Changes that are not board edits; each logs what it changed and returns
// whether anything did.
bool set_language(Session& session, const std::string& language, const std::string& time);
bool set_meta(Session& session, const SessionMeta& meta, const std::string& time);
void log_deck_change(Session& session, DeckChange change, const std::string& time);
// Lays out `board` (on the session's deck) as the starting board of a
// session made from a comparison, and logs where it came from. W is
// rounded to 3 decimals, as the file keeps it.
void start_from_comparison(Session& session, Board board, ComparisonOrigin origin, const std::string& time);
// Every field of the details as (key, text), in the order of the file.
std::vector<std::pair<std::string, std::string>> meta_fields(const SessionMeta& meta);

// For changes that are neither edits nor logged (the draft being typed).
void touch(Session& session);

}  // namespace prio
