#pragma once
// The priority list as JSON with the session's metadata. The schema is in
// docs/export-formats.md; "format_version" changes when it does.
#include <string>
#include <utility>
#include <vector>

#include "io/export/export_document.h"

namespace prio {

inline constexpr int kPriorityJsonVersion = 1;

std::string priority_json(const Document& doc);

// A JSON string literal, quotes included.
std::string json_string(std::string_view text);

// An object with one member a line, its closing brace `indent` spaces in;
// the values are JSON already.
std::string json_object(int indent, const std::vector<std::pair<const char*, std::string>>& members);

}  // namespace prio
