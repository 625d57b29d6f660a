#include "io/files/text_safety.h"

#include <cstdio>

namespace prio {
namespace {

// Shown escaped although not controls: they reorder or break what follows.
bool invisible_format(char32_t c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 ||
           c == 0x2029 || c == 0xFEFF;
}

}  // namespace

bool is_control(char32_t c)
{
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
}

std::string clean_text(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t c = utf8_decode(text, i);
        if (c == '\r') {
            out += '\n';
            if (i < text.size() && text[i] == '\n')
                ++i;
            continue;
        }
        if (!is_control(c) && c != 0xFFFE && c != 0xFFFF)
            utf8_append(out, c);
    }
    return out;
}

std::string terminal_safe(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    char buffer[16];
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t at = i;
        char32_t c = utf8_decode(text, i);
        if (c == 0xFFFD && !(i - at == 3 && text.substr(at, 3) == "\xEF\xBF\xBD")) {
            std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned char>(text[at]));
            out += buffer;
        } else if (c == '\t' || c == '\n' || is_control(c)) {
            std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned>(c));
            out += buffer;
        } else if (invisible_format(c)) {
            std::snprintf(buffer, sizeof buffer, "\\u{%04X}", static_cast<unsigned>(c));
            out += buffer;
        } else {
            out.append(text.substr(at, i - at));
        }
    }
    return out;
}

}  // namespace prio
