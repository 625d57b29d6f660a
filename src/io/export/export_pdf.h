#pragma once
// The masterplan draft as PDF, laid out with pango on a cairo PDF surface:
// A4 pages, wrapped text in Noto Sans (found through fontconfig and embedded
// by cairo as a subset), the theme colours beside each principle, page
// numbers in the footer and a bookmark per lane and principle.
#include "io/export/export_document.h"

namespace prio {

Rendered masterplan_pdf(const Document& doc);

}  // namespace prio
