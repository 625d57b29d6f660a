#include "core/number_text.h"

#include <cstdio>

namespace prio {

std::string decimal(double value, int places, std::string_view language)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", places, value);
    std::string out = text;
    if (language == "nl")
        for (char& c : out)
            if (c == '.')
                c = ',';
    return out;
}

}  // namespace prio
