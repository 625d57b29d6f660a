#pragma once
// The masterplan draft composed as blocks, for the Markdown, ODT and PDF
// writers: the title block, the method, one section per ranked lane with a
// principle and its action table per card, annex A (unranked and not
// placed), annex B (the session's log) and annex C (the priorities per theme).
#include <string>

#include "io/export/export_document.h"
#include "io/export/report.h"

namespace prio {

Report compose_masterplan(const Document& doc);

// The masterplan in each format: the composer and a writer.
std::string masterplan_markdown(const Document& doc);
Rendered masterplan_odt(const Document& doc);
Rendered masterplan_pdf(const Document& doc);

}  // namespace prio
