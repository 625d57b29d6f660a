#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace prio {

// RGBA pixels, rows top to bottom. Returns false when the file cannot be written.
bool write_png(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba);
// The same PNG in memory, for a safe write; "" when the pixels do not fit the size.
std::string encode_png(int width, int height, const std::vector<std::uint8_t>& rgba);

}  // namespace prio
