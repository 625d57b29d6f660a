#include "core/number_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace prio {

std::string decimal(double value, int digits, std::string_view language)
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -digits))
        value = 0;  // no "-0.0"
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", digits, value);
    std::string out = text;
    if (language == "nl")
        std::replace(out.begin(), out.end(), '.', ',');
    return out;
}

std::string grouped(long long value, std::string_view language)
{
    std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += language == "nl" ? '.' : ',';
        out += digits[i];
    }
    return (value < 0 ? "-" : "") + out;
}

std::string amount(double value, std::string_view language)
{
    bool whole = std::abs(value - std::round(value)) < 1e-9;
    if (whole && std::abs(value) < 1e15)
        return grouped(std::llround(value), language);
    return decimal(value, 1, language);
}

std::string p_text(double p, std::string_view language)
{
    return p < 0.001 ? "< " + decimal(0.001, 3, language) : "= " + decimal(p, 3, language);
}

}  // namespace prio
