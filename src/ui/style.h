#pragma once
// The look: light or dark, every size scaled with the zoom and the screen's
// content scale. Every text colour reaches 4.5:1 on the backgrounds it is
// drawn on, and frames (fields, radio buttons) 3:1, in both themes.
#include <imgui.h>

namespace prio {

// `presenting`: the tighter spacing of presentation mode (ui/presentation.h).
void apply_style(bool dark, float scale, bool presenting = false);

// Red for text and marks that warn (a failed autosave, a full lane under a
// dragged card), legible on the current theme's backgrounds.
ImU32 warning_colour();

}  // namespace prio
