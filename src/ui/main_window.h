#pragma once
// The window's shell: the one top-level Dear ImGui window, its menu bar,
// which view it shows, the key dispatch and the dialogs. The views inside
// (the board today) draw their own area only.
#include "core/session.h"
#include "ui/board_view.h"

namespace prio {

// Draws the whole window for one frame: what the user asks for is left in
// view.commands (board edits, applied by apply_commands) and view.requests
// (everything else, carried out by the app after the frame).
void draw_main_window(const Session& session, BoardView& view);

}  // namespace prio
