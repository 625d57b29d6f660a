#pragma once
// One card drawn as a coloured tile: the theme's colour as background, and
// the theme's name on it too, so the theme never rests on colour alone.
#include <imgui.h>

#include "core/deck.h"
#include "ui/fonts.h"

namespace prio {

enum class CardLook {
    Normal,
    Selected,
    Ghost,  // the place a dragged card comes from
};

// Full: code and title on the first line, theme on the second. Compact: all
// on one line, the theme's name at the right end.
void draw_card_face(ImDrawList* draw, const Fonts& fonts, const Deck& deck, int card,
                    ImVec2 min, ImVec2 max, bool compact, CardLook look, bool hovered);

// The card's background and text colours.
Colour card_background(const Deck& deck, int card);

}  // namespace prio
