#pragma once
// Text helpers for the views: the placeholder filler of core (texts with
// {name} fields) and translated texts as std::string.
#include <string>
#include <string_view>

#include "core/placeholders.h"

namespace prio {

// A translated text (a string_view into the table) as a std::string, to
// join with + or hand to ImGui as a C string.
inline std::string s(std::string_view text)
{
    return std::string(text);
}

}  // namespace prio
