#pragma once
// The window's shell: the one top-level Dear ImGui window, its menu bar,
// which view it shows, the key dispatch and the dialogs. The views inside
// (the board, a comparison of councils) draw their own area only.
#include "core/comparison.h"
#include "core/session.h"
#include "ui/window_view.h"

namespace prio {

// Draws the whole window for one frame: what the user asks for is left in
// view.commands (board edits, applied by apply_commands) and view.requests
// (everything else, carried out by the app after the frame).
// `comparison`, when the app holds one, is what Screen::Compare shows;
// without it the window shows the board.
void draw_main_window(const Session& session, WindowView& view, const Comparison* comparison = nullptr);

}  // namespace prio
