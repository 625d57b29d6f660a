#pragma once
// A report as PDF, laid out with pango on a cairo PDF surface: A4 pages,
// wrapped text in Noto Sans (found through fontconfig and embedded by cairo
// as a subset), tagged for screen readers (structure tree and /Lang), the
// footer with page numbers, and a bookmark per bookmarked heading.
#include "io/export/report.h"

namespace prio {

Rendered report_pdf(const Report& report);

}  // namespace prio
