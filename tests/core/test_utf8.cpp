#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/utf8.h"

using namespace prio;

namespace {

std::vector<char32_t> decode_all(std::string_view s)
{
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();)
        out.push_back(utf8_decode(s, i));
    return out;
}

}  // namespace

TEST_CASE("utf8: every code point survives encoding and decoding, in the shortest form")
{
    int wrong = 0;
    char32_t first_wrong = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        std::string bytes;
        utf8_append(bytes, c);
        const std::size_t expected = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        std::size_t i = 0;
        const bool right = bytes.size() == expected && utf8_length(bytes, 0) == expected && utf8_decode(bytes, i) == c && i == expected;
        if (!right && wrong++ == 0)
            first_wrong = c;
    }
    CHECK(wrong == 0);
    CHECK(first_wrong == 0);
}

TEST_CASE("utf8: invalid sequences give U+FFFD and move one byte")
{
    // Overlong forms of '/', a surrogate, past U+10FFFF, a lone continuation
    // byte, a truncated sequence, bytes that never start one.
    for (std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80",
                            "\xE2\x82", "\xF5\x80\x80\x80", "\xFF"}) {
        CAPTURE(bad);
        CHECK(utf8_length(bad, 0) == 0);
        std::size_t i = 0;
        CHECK(utf8_decode(bad, i) == 0xFFFD);
        CHECK(i == 1);
    }
    CHECK(decode_all("a\xE2\x82z") == std::vector<char32_t>{'a', 0xFFFD, 0xFFFD, 'z'});
    CHECK(decode_all("\xE2\x82\xAC!") == std::vector<char32_t>{0x20AC, '!'});
    CHECK(utf8_length("ab", 2) == 0);
}

TEST_CASE("utf8: a prefix ends on a whole character")
{
    const std::string text = "a\xC3\xA9\xE2\x82\xAC";  // a, é, €: 1 + 2 + 3 bytes
    CHECK(utf8_prefix(text, 10) == text);
    CHECK(utf8_prefix(text, 6) == text);
    CHECK(utf8_prefix(text, 5) == "a\xC3\xA9");
    CHECK(utf8_prefix(text, 4) == "a\xC3\xA9");
    CHECK(utf8_prefix(text, 3) == "a\xC3\xA9");
    CHECK(utf8_prefix(text, 2) == "a");
    CHECK(utf8_prefix(text, 0).empty());
    CHECK(utf8_continuation(0x80));
    CHECK(utf8_continuation(0xBF));
    CHECK_FALSE(utf8_continuation(0xC0));
    CHECK_FALSE(utf8_continuation('a'));
}
