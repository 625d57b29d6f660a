#pragma once
// The masterplan draft as Markdown that pandoc (and CommonMark readers)
// turn into the same headings, paragraphs and tables as the ODT and PDF.
#include <string>

#include "io/export/export_document.h"

namespace prio {

std::string masterplan_markdown(const Document& doc);

// Text made literal for Markdown: every character that could start markup
// (emphasis, links, HTML, lists, headings, tables, pandoc's citations and
// maths) is escaped, so a note reads back exactly as it was typed. Leading
// blanks of a line are dropped: Markdown would take them for code.
// `starts_block`: the line may begin a block, so list markers count.
std::string markdown_escape_line(std::string_view line, bool starts_block = true);

}  // namespace prio
