#include "core/colour.h"

#include <algorithm>
#include <cmath>

namespace prio {
namespace {

double linear(std::uint8_t channel)
{
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

double relative_luminance(Colour c)
{
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(Colour a, Colour b)
{
    double la = relative_luminance(a);
    double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Colour text_colour_on(Colour background)
{
    return contrast_ratio(background, kDarkText) >= contrast_ratio(background, kLightText) ? kDarkText : kLightText;
}

}  // namespace prio
