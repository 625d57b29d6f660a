#pragma once
// The priority list as CSV (RFC 4180): one row per card in ranking order,
// with a header row in the session's language.
#include <string>

#include "io/export/export_document.h"
#include "io/export/sheet.h"

namespace prio {

// `separator` is ';' by default so that Excel in a Dutch locale splits the
// columns; ',' for everything else. The file starts with a UTF-8 BOM (Excel
// needs it to read UTF-8) and lines end in CRLF.
std::string priority_csv(const Document& doc, char separator = ';');

// A sheet (the action plan) with the same conventions: numbers bare, as
// whole numbers; text guarded and quoted as csv_field does.
std::string sheet_csv(const Sheet& sheet, char separator = ';');

// One field, quoted when it holds the separator, a quote, a line break, a
// tab or edge spaces (so no reader splits or trims it), and guarded against
// formula injection: a cell that starts with = + - @, a tab or CR gets a
// leading apostrophe, so a spreadsheet shows the text instead of running it.
std::string csv_field(std::string_view text, char separator);

}  // namespace prio
