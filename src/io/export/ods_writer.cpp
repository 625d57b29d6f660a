// A sheet as an ODS spreadsheet, zipped like the ODT: one table, a bold
// header row kept in view, numbers as float cells with a thousands point,
// the sum row's formulas with their values.
#include <cstdio>

#include "io/export/odt_parts.h"
#include "io/export/odt_writer.h"
#include "io/export/sheet.h"

namespace prio {
namespace {

using odt::xml_escape;

constexpr const char* kSheetNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
    " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
    " office:version=\"1.2\"";

std::string styles(const Sheet& sheet)
{
    std::string out =
        "<office:automatic-styles>"
        "<number:number-style style:name=\"N1\"><number:number number:decimal-places=\"0\" number:min-integer-digits=\"1\" "
        "number:grouping=\"true\"/></number:number-style>"
        "<style:style style:name=\"head\" style:family=\"table-cell\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
        "<style:style style:name=\"num\" style:family=\"table-cell\" style:data-style-name=\"N1\"/>"
        "<style:style style:name=\"sum\" style:family=\"table-cell\" style:data-style-name=\"N1\">"
        "<style:text-properties fo:font-weight=\"bold\"/></style:style>";
    for (std::size_t c = 0; c < sheet.widths_cm.size(); ++c) {
        char width[32];
        std::snprintf(width, sizeof width, "%.2fcm", sheet.widths_cm[c]);
        out += "<style:style style:name=\"co" + std::to_string(c + 1) + "\" style:family=\"table-column\">"
               "<style:table-column-properties style:column-width=\"" + width + "\"/></style:style>";
    }
    return out + "</office:automatic-styles>";
}

std::string cell(const SheetCell& c)
{
    if (c.number) {
        std::string value = std::to_string(*c.number);
        std::string out = "<table:table-cell table:style-name=\"" + std::string(c.strong ? "sum" : "num") + "\"";
        if (!c.formula.empty())
            out += " table:formula=\"" + xml_escape(c.formula) + "\"";
        return out + " office:value-type=\"float\" office:value=\"" + value + "\"><text:p>" + value + "</text:p></table:table-cell>";
    }
    if (c.text.empty())
        return "<table:table-cell/>";
    return std::string("<table:table-cell") + (c.strong ? " table:style-name=\"head\"" : "") +
           " office:value-type=\"string\"><text:p>" + xml_escape(c.text) + "</text:p></table:table-cell>";
}

std::string content(const Sheet& sheet)
{
    std::string out = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content") + kSheetNamespaces + ">" +
                      styles(sheet) + "<office:body><office:spreadsheet><table:table table:name=\"" +
                      xml_escape(sheet.name.empty() ? "Sheet1" : sheet.name) + "\">";
    for (std::size_t c = 0; c < sheet.widths_cm.size(); ++c)
        out += "<table:table-column table:style-name=\"co" + std::to_string(c + 1) + "\"/>";
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        // The header repeats on every printed page.
        if (r == 0)
            out += "<table:table-header-rows>";
        out += "<table:table-row>";
        for (const SheetCell& c : sheet.rows[r])
            out += cell(c);
        out += "</table:table-row>";
        if (r == 0)
            out += "</table:table-header-rows>";
    }
    return out + "</table:table></office:spreadsheet></office:body></office:document-content>\n";
}

std::string manifest()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
           " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
           "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\n"
           " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
           " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
           "</manifest:manifest>\n";
}

}  // namespace

std::string column_letter(std::size_t column)
{
    std::string out;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

Rendered sheet_ods(const Sheet& sheet, const Report& about)
{
    return odt::zip_entries({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
                             {"content.xml", content(sheet)},
                             {"meta.xml", odt_meta_xml(about)},
                             {"META-INF/manifest.xml", manifest()}},
                            about.created);
}

}  // namespace prio
