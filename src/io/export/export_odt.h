#pragma once
// The masterplan draft as OpenDocument Text (ODF 1.2): a zip whose first
// entry is the uncompressed "mimetype", then content, styles, meta and the
// manifest. Headings use the standard "Heading N" styles and carry outline
// levels, so LibreOffice and Word show them in the navigator and a table of
// contents picks them up; the action tables are real tables.
#include "io/export/export_document.h"

namespace prio {

Rendered masterplan_odt(const Document& doc);

// The parts inside the zip, exposed for tests.
std::string odt_content_xml(const Document& doc);
std::string odt_styles_xml(const Document& doc);
std::string odt_meta_xml(const Document& doc);
std::string odt_manifest_xml();

}  // namespace prio
