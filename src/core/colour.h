#pragma once
// Colour arithmetic for legible cards: WCAG 2 relative luminance and
// contrast ratio, and the text colour that reads best on a background.
#include "core/deck.h"

namespace prio {

double relative_luminance(Colour c);
// From 1 (no contrast) to 21 (black on white).
double contrast_ratio(Colour a, Colour b);
// The two colours a card's text can have.
inline constexpr Colour kDarkText{0x1a, 0x1a, 0x1a};
inline constexpr Colour kLightText{0xff, 0xff, 0xff};
// kDarkText or kLightText, whichever contrasts more with `background`.
Colour text_colour_on(Colour background);

}  // namespace prio
