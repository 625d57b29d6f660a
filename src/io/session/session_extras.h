#pragma once
// The parts of a session file beside the board: the metadata, the decision
// log and the draft (the text being typed when the file was written), and
// the field readers the session reader shares with them.
#include "core/session.h"
#include "io/yaml/yaml_tree.h"

namespace prio {

// The highest capacity a lane may have in a session's lanes and log (a deck's is kMaxLaneCapacity).
constexpr long long kMaxSessionCapacity = 100000;

// A whole number of at most 9 digits, as text.
bool is_digits(std::string_view s);
// Present, and text (possibly empty).
std::string required_text(yaml::Reader& r, const yaml::Node& map, const char* key, const Phrase& where);
// Text or nothing ("remarks:" is the empty text).
std::string optional_text(yaml::Reader& r, const yaml::Node& node, const Phrase& what);
std::string optional_field(yaml::Reader& r, const yaml::Node& map, const char* key, const Phrase& where,
                           bool required = false);

void read_metadata(yaml::Reader& r, const yaml::Node& root, SessionMeta& meta);
// The log's form is checked, not its history: an entry may name a lane
// that was removed since, or a retired card.
void read_log(yaml::Reader& r, const yaml::Node& root, std::vector<LogEntry>& log);
// The rounds (session_rounds_read.cpp); their ballots are checked against
// the session's deck, so it must be read first.
void read_rounds(yaml::Reader& r, const yaml::Node& root, Session& session);
// The plan section (session_plan_read.cpp): actions of cards the deck has,
// unique ids, valid terms and budgets; versions with unique numbers.
void read_plan(yaml::Reader& r, const yaml::Node& root, const Deck& deck, Plan& plan);
// An action as a flow map (the plan section and the log share it).
PlanAction read_action(yaml::Reader& r, const yaml::Node& map, const Phrase& where);
PlanVersion read_version_fields(yaml::Reader& r, const yaml::Node& map, const Phrase& where, const char* number_key);

// A draft that does not fit the session (an unknown card or lane, a field
// this program does not know) is left out with a warning: typing that cannot
// be placed is no reason to refuse the session.
Draft read_draft(yaml::Reader& r, const yaml::Node& root, const Session& session);

}  // namespace prio
