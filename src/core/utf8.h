#pragma once
// UTF-8, in one place: which byte sequences are valid, decoding, encoding
// and cutting text without splitting a character. Valid means what the
// standard allows: no overlong forms, no surrogates, nothing past U+10FFFF.
#include <cstddef>
#include <string>
#include <string_view>

namespace prio {

// A byte that continues a sequence (10xxxxxx).
bool utf8_continuation(unsigned char byte);

// The length of the valid sequence that starts at `i` (1 to 4), or 0 when
// the bytes there are no valid sequence (or `i` is past the end).
std::size_t utf8_length(std::string_view s, std::size_t i);

// Decodes the sequence at `i` and moves past it; anything invalid gives
// U+FFFD and moves one byte.
char32_t utf8_decode(std::string_view s, std::size_t& i);

// Appends `c` encoded; `c` must be a code point (not a surrogate).
void utf8_append(std::string& out, char32_t c);

// The longest start of `s` of at most `max` bytes that ends on a whole
// character (when `s` is valid UTF-8).
std::string_view utf8_prefix(std::string_view s, std::size_t max);

}  // namespace prio
