#pragma once
// The parts of a session file beside the board: the metadata and the draft
// (the text being typed when the file was written).
#include "core/session.h"
#include "io/yaml/yaml_tree.h"

namespace prio {

void read_metadata(yaml::Reader& r, const yaml::Node& root, SessionMeta& meta);
// A draft that does not fit the session (an unknown card or lane, a field
// this program does not know) is left out with a warning: typing that cannot
// be placed is no reason to refuse the session.
Draft read_draft(yaml::Reader& r, const yaml::Node& root, const Session& session);

}  // namespace prio
