#pragma once
// A report as Markdown that pandoc's default reader and CommonMark/GFM read
// alike: ATX headings, paragraphs with hard line breaks, bullet lists, pipe
// tables and images by file name. Colours (bars, swatches, fills, strips)
// and page breaks have no Markdown and are left out.
#include <string>
#include <string_view>

#include "io/export/report.h"

namespace prio {

std::string report_markdown(const Report& report);

// Text made literal for Markdown: every character that could start markup
// (emphasis, links, HTML, lists, headings, tables, pandoc's citations and
// maths) is escaped, so a note reads back exactly as it was typed. Leading
// blanks of a line are dropped: Markdown would take them for code.
// `starts_block`: the line may begin a block, so list markers count.
std::string markdown_escape_line(std::string_view line, bool starts_block = true);

}  // namespace prio
