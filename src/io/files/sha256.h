#pragma once
// SHA-256 (FIPS 180-4), to notice when a deck file changed since a session
// copied it. Small and self-contained: files here are at most a few MiB.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace prio {

std::array<std::uint8_t, 32> sha256(std::string_view bytes);
// The digest as 64 lowercase hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace prio
