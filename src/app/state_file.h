#pragma once
// The board as plain text, written on exit with --state-out for end-to-end
// tests: one line per lane, "lane_id: CODE CODE ...", then "pile: ...".
// Lines after those start with "#" and have no colon: "#note CODE text" per
// card with a note (line breaks as \n), and with a view "#zoom PERCENT" and
// "#open CODE" for the card shown large.
#include <string>

#include "core/session.h"
#include "ui/window_view.h"

namespace prio {

std::string board_state_text(const Session& session, const WindowView* view = nullptr);
// Returns false when the file cannot be written.
bool write_board_state(const Session& session, const std::string& path, const WindowView* view = nullptr);

}  // namespace prio
