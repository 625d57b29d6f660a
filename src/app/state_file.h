#pragma once
// The board as plain text, written on exit with --state-out for end-to-end
// tests: one line per lane, "lane_id: CODE CODE ...", then "pile: ...".
#include <string>

#include "core/session.h"

namespace prio {

std::string board_state_text(const Session& session);
// Returns false when the file cannot be written.
bool write_board_state(const Session& session, const std::string& path);

}  // namespace prio
