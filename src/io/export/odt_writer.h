#pragma once
// A report as OpenDocument Text (ODF 1.2): a zip whose first entry is the
// uncompressed "mimetype", then content, styles, meta, the pictures and the
// manifest. Headings use the standard "Heading N" styles with outline
// levels (the title "Title"), so the navigator and a table of contents see
// them; tables are real tables whose header row repeats.
#include <string>

#include "io/export/report.h"

namespace prio {

Rendered report_odt(const Report& report);

// The parts inside the zip, exposed for tests.
std::string odt_content_xml(const Report& report);
std::string odt_styles_xml(const Report& report);
std::string odt_meta_xml(const Report& report);
std::string odt_manifest_xml(std::size_t pictures = 0);

}  // namespace prio
