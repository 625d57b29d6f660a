#pragma once
// Sessions as YAML files. The format is documented in docs/session-format.md.
#include <string>

#include "core/session.h"
#include "io/atomic_file.h"

namespace prio {

// The format version this program writes, and the newest it reads.
inline constexpr int kSessionFormat = 1;

// The whole session as the text of a session file. Never fails: text that
// is not valid UTF-8 (which no part of the program produces) is written
// with U+FFFD in place of the bad bytes, so the file can always be read back.
std::string session_to_yaml(const Session& session);

// Writes the session with write_file_atomic.
WriteResult save_session_file(const std::string& path, const Session& session, const WriteOptions& options = {});

// How a place on the board is written in the decision log: "nu/2" is the
// third card of lane "nu", "pile/0" the first card of the pile. A lane whose
// own id is "pile" or starts with "lane:" is written "lane:ID/INDEX".
std::string place_token(const std::string& lane_id, int index);

}  // namespace prio
