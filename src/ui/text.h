#pragma once
// Filling placeholders in translated texts ("fmt." keys in core/strings).
#include <initializer_list>
#include <string>
#include <string_view>

namespace prio {

// Replaces each "{}" in `pattern` by the next argument, in order.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace prio
