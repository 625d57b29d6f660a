#pragma once
// One card drawn as a coloured tile: the theme's colour as background, and
// the theme's name on it too, so the theme never rests on colour alone.
#include <imgui.h>

#include "core/deck.h"
#include "ui/fonts.h"
#include "ui/layout.h"

namespace prio {

enum class CardLook {
    Normal,
    Selected,
    Ghost,  // the place a dragged card comes from
};

void draw_card_face(ImDrawList* draw, const Fonts& fonts, const Deck& deck, int card,
                    ImVec2 min, ImVec2 max, CardSize size, CardLook look, bool hovered);

// The card's background and text colours.
Colour card_background(const Deck& deck, int card);

}  // namespace prio
