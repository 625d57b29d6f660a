#include "core/utf8.h"

namespace prio {

bool utf8_continuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

std::size_t utf8_length(std::string_view s, std::size_t i)
{
    auto byte = [&](std::size_t k) -> unsigned char { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if (i >= s.size())
        return 0;
    const unsigned char b0 = byte(0);
    if (b0 < 0x80)
        return 1;
    // The second byte's range rules out overlong forms, surrogates and
    // code points past U+10FFFF.
    unsigned char lo = 0x80, hi = 0xBF;
    std::size_t n = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        if (b0 == 0xE0)
            lo = 0xA0;
        if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        if (b0 == 0xF0)
            lo = 0x90;
        if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (byte(1) < lo || byte(1) > hi)
        return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (!utf8_continuation(byte(k)))
            return 0;
    return n;
}

char32_t utf8_decode(std::string_view s, std::size_t& i)
{
    const std::size_t n = utf8_length(s, i);
    if (n == 0) {
        ++i;
        return 0xFFFD;
    }
    static constexpr unsigned char kLeadBits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t c = static_cast<unsigned char>(s[i]) & kLeadBits[n];
    for (std::size_t k = 1; k < n; ++k)
        c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    return c;
}

void utf8_append(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string_view utf8_prefix(std::string_view s, std::size_t max)
{
    if (s.size() <= max)
        return s;
    while (max > 0 && utf8_continuation(static_cast<unsigned char>(s[max])))
        --max;
    return s.substr(0, max);
}

}  // namespace prio
