#pragma once
// What the ODT's parts share (internal to the ODT writer).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/deck.h"
#include "io/export/report.h"

namespace prio::odt {

inline constexpr const char* kNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " office:version=\"1.2\"";

inline constexpr const char* kFontFaces =
    "<office:font-face-decls>"
    "<style:font-face style:name=\"Noto Sans\" svg:font-family=\"'Noto Sans'\" "
    "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
    "</office:font-face-decls>";

// The text width of an A4 page with 2 cm margins.
inline constexpr double kTextWidthCm = 17.0;

std::string xml_escape(std::string_view text);
std::string hex(Colour c);
// Language and country for fo:language / fo:country.
std::pair<const char*, const char*> locale_of(const std::string& language);
// The zip entry of the n-th picture (1-based).
std::string picture_path(std::size_t n);
// A PNG's width and height in pixels from its header; false for no PNG.
bool png_size(const std::string& png, double& width, double& height);

// An OpenDocument zip (odt_zip.cpp), for the ODT and the ODS: the entries in
// order ("mimetype" first and stored), their time `created` (ISO 8601) or a
// fixed one, so the same document gives the same bytes.
struct ZipEntry {
    std::string name;
    std::string data;
    bool stored = false;  // not compressed
};
Rendered zip_entries(const std::vector<ZipEntry>& parts, const std::string& created);

}  // namespace prio::odt
