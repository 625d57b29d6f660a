#pragma once
// The priority list as JSON with the session's metadata. The schema is in
// docs/export-formats.md; "format_version" changes when it does.
#include <string>

#include "io/export_document.h"

namespace prio {

inline constexpr int kPriorityJsonVersion = 1;

std::string priority_json(const Document& doc);

// A JSON string literal, quotes included.
std::string json_string(std::string_view text);

}  // namespace prio
