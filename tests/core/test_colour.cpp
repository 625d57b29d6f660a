#include <doctest/doctest.h>

#include "core/colour.h"

using namespace prio;

TEST_CASE("WCAG contrast of known pairs")
{
    CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(contrast_ratio({255, 255, 255}, {255, 255, 255}) == doctest::Approx(1.0));
    // #767676 on white is the classic 4.54:1 grey.
    CHECK(contrast_ratio({0x76, 0x76, 0x76}, {255, 255, 255}) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("text colour picks the better of dark and white")
{
    CHECK(text_colour_on({255, 230, 100}) == Colour{0x1a, 0x1a, 0x1a});
    CHECK(text_colour_on({20, 40, 120}) == Colour{255, 255, 255});
}
