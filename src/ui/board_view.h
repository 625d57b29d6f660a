#pragma once
// The board: the priority lanes side by side, the unsorted pile below them.
#include "core/session.h"
#include "ui/fonts.h"

namespace prio {

// View state only: what is selected, how large things are drawn.
struct BoardView {
    Fonts fonts;
    float zoom = 1.0f;
    int selected = -1;  // card index, -1 for none
};

void draw_board(Session& session, BoardView& view);

}  // namespace prio
