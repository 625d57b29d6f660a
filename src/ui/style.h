#pragma once
// The look: light or dark, every size scaled with the zoom and the screen's
// content scale.
namespace prio {

void apply_style(bool dark, float scale);

}  // namespace prio
