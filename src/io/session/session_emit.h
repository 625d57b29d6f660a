#pragma once
// The session writer's pieces (session_write.cpp): how it emits text and
// keys, and the parts with a file of their own. Internal to io/session.
#include <string>
#include <string_view>
#include <vector>

#include "core/session.h"
#include "io/yaml/yaml_emit.h"

namespace prio::session_emit {

using yaml::Emitter;

// Text as the reader takes it back: quoted when a YAML 1.1 reader would
// take it for something else, cleaned of what it would refuse.
void text(Emitter& out, std::string_view s);
void key_text(Emitter& out, std::string_view key, std::string_view value);
void key_value(Emitter& out, std::string_view key, long long value);
void key_value(Emitter& out, std::string_view key, int value);
void key_value(Emitter& out, std::string_view key, bool value);
void key_value(Emitter& out, std::string_view key, const char* value);
// A word of the format's own (a kind, a form), never quoted.
void key_word(Emitter& out, std::string_view key, std::string_view word);
// The codes of these cards of `deck`, as a flow list.
void card_ids(Emitter& out, const Deck& deck, const std::vector<int>& cards);
void id_list(Emitter& out, const std::vector<std::string>& ids);
// A lane's id, title, capacity and ranked, as the board's lanes and a
// round's lanes both write them.
void lane_shape(Emitter& out, const LaneSpec& lane);

// The deck in the deck file format, so the copy reads like a deck file (session_write_parts.cpp).
void write_deck_copy(Emitter& out, const Deck& deck);
// The session's rounds under "rounds:" (session_write_parts.cpp).
void write_rounds(Emitter& out, const std::vector<Round>& rounds);

// The plan (session_write_plan.cpp): its section, an action as a flow
// map, and the log entry's fields of each plan edit.
void write_plan(Emitter& out, const Plan& plan);
void action_map(Emitter& out, const PlanAction& action);
void version_fields(Emitter& out, const PlanVersion& version);
void plan_edit_entry(Emitter& out, const AddAction& e, const Edit& reverse);
void plan_edit_entry(Emitter& out, const RemoveAction& e, const Edit& reverse);
void plan_edit_entry(Emitter& out, const SetAction& e, const Edit& reverse);
void plan_edit_entry(Emitter& out, const SetPlanPeriod& e, const Edit& reverse);
void plan_edit_entry(Emitter& out, const AddVersion& e, const Edit& reverse);
void plan_edit_entry(Emitter& out, const DropVersion& e, const Edit& reverse);

}  // namespace prio::session_emit
