#pragma once
// Sessions as YAML files. The format is documented in docs/session-format.md.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/session.h"
#include "io/files/atomic_file.h"
#include "io/files/diagnostic.h"
#include "io/yaml/yaml_tree.h"

namespace prio {
namespace yaml {
class Emitter;
}

// The format version this program writes, and the newest it reads.
inline constexpr int kSessionFormat = 5;

// The key that names each kind of edit in the decision log ({move: K1, ...}),
// one overload per alternative of Edit: the reader and the writer share
// them, and a new kind of edit without a key does not compile.
template <class T>
struct EditTag {
    using type = T;
};
constexpr std::string_view edit_key(EditTag<Move>) { return "move"; }
constexpr std::string_view edit_key(EditTag<SetNote>) { return "note"; }
constexpr std::string_view edit_key(EditTag<AddLane>) { return "add_lane"; }
constexpr std::string_view edit_key(EditTag<RemoveLane>) { return "remove_lane"; }
constexpr std::string_view edit_key(EditTag<RenameLane>) { return "rename_lane"; }
constexpr std::string_view edit_key(EditTag<MoveLane>) { return "move_lane"; }
constexpr std::string_view edit_key(EditTag<SetCapacity>) { return "set_capacity"; }
constexpr std::string_view edit_key(EditTag<AddAction>) { return "add_action"; }
constexpr std::string_view edit_key(EditTag<RemoveAction>) { return "remove_action"; }
constexpr std::string_view edit_key(EditTag<SetAction>) { return "set_action"; }
constexpr std::string_view edit_key(EditTag<SetPlanPeriod>) { return "plan_period"; }
constexpr std::string_view edit_key(EditTag<AddVersion>) { return "add_version"; }
constexpr std::string_view edit_key(EditTag<DropVersion>) { return "drop_version"; }
constexpr std::string_view edit_key(EditTag<Batch>) { return "batch"; }

// The words of a round's enums in the file, for the writer and the reader.
constexpr std::string_view round_step_name(RoundStep step)
{
    switch (step) {
    case RoundStep::Started: return "started";
    case RoundStep::Ballot: return "ballot";
    case RoundStep::Closed: return "closed";
    case RoundStep::Revealed: return "revealed";
    }
    return "started";
}
constexpr std::string_view ballot_form_name(BallotForm form)
{
    switch (form) {
    case BallotForm::Full: return "full";
    case BallotForm::Top: return "top";
    case BallotForm::Lanes: return "lanes";
    }
    return "full";
}
constexpr std::string_view ballot_source_name(BallotSource source)
{
    switch (source) {
    case BallotSource::Turn: return "turn";
    case BallotSource::Paper: return "paper";
    case BallotSource::Phone: return "phone";
    }
    return "turn";
}

// Calls f(EditTag<T>{}) for every alternative T of Edit, in order.
template <class F>
void for_each_edit_kind(F&& f)
{
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f(EditTag<std::variant_alternative_t<I, Edit>>{}), ...);
    }(std::make_index_sequence<std::variant_size_v<Edit>>{});
}

// The decision log's entries as written so far, so that writing a session
// again emits only the entries added since (autosave keeps one). It checks
// itself against the log, so a stale cache costs time, never correctness.
struct LogYamlCache {
    std::vector<LogEntry> entries;
    std::string text;
};

// The whole session as the text of a session file. Never fails: text that
// is not valid UTF-8 (which no part of the program produces) is written
// with U+FFFD in place of the bad bytes, so the file can always be read back.
std::string session_to_yaml(const Session& session, LogYamlCache* cache = nullptr);
// The same written through other emitters (io/yaml/yaml_emit.h), one for
// the file and one for each log entry: the tests compare the bytes of ours
// with yaml-cpp's.
using MakeEmitter = std::unique_ptr<yaml::Emitter> (*)();
std::string session_to_yaml(const Session& session, LogYamlCache* cache, MakeEmitter make);

// Writes the session with write_file_atomic.
WriteResult save_session_file(const std::string& path, const Session& session, const WriteOptions& options = {},
                              LogYamlCache* cache = nullptr);

struct SessionLoad {
    std::optional<Session> session;       // set only when there are no errors
    std::vector<Diagnostic> diagnostics;  // every error and warning found, in file order
};

// `path` only names the file in diagnostics. An older format is migrated;
// a newer one is refused, as is anything inconsistent: a session opens
// completely or not at all.
SessionLoad parse_session(std::string_view text, const std::string& path);
SessionLoad load_session_file(const std::string& path);
// Reads an already parsed file (check_file parses once to tell decks from sessions).
SessionLoad read_session(yaml::Parsed parsed, const std::string& path);

// The YAML limits for sessions: larger than a deck's, for notes and long
// decision logs (16 MiB, 64 KiB a value, 1,000,000 nodes, depth 64).
const yaml::Limits& session_limits();

// How a place on the board is written in the decision log: "nu/2" is the
// third card of lane "nu", "pile/0" the first card of the pile. A lane whose
// own id is "pile" or starts with "lane:" is written "lane:ID/INDEX".
std::string place_token(const std::string& lane_id, int index);

}  // namespace prio
