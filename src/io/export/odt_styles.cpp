// styles.xml, meta.xml and the manifest of the ODT, and what its parts share.
#include <cstdint>
#include <cstdio>

#include "io/export/odt_parts.h"
#include "io/export/odt_writer.h"

namespace prio {
namespace odt {

std::string xml_escape(std::string_view text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string hex(Colour c)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", c.r, c.g, c.b);
    return buf;
}

std::pair<const char*, const char*> locale_of(const std::string& language)
{
    return language == "nl" ? std::pair{"nl", "BE"} : std::pair{"en", "GB"};
}

std::string picture_path(std::size_t n)
{
    return "Pictures/picture" + std::to_string(n) + ".png";
}

// PNG width and height from its header; false when it is no PNG.
bool png_size(const std::string& png, double& width, double& height)
{
    if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || png.compare(12, 4, "IHDR") != 0)
        return false;
    auto be32 = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < 4; ++k)
            v = (v << 8) | static_cast<unsigned char>(png[at + k]);
        return static_cast<double>(v);
    };
    width = be32(16);
    height = be32(20);
    return width > 0 && height > 0;
}


}  // namespace odt

namespace {

using odt::xml_escape;

// "Page {page} of {pages}" with the fields put where the words say.
std::string footer(const std::string& pattern)
{
    std::string out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern.compare(i, 7, "{pages}") == 0) {
            out += "<text:page-count>1</text:page-count>";
            i += 7;
        } else if (pattern.compare(i, 6, "{page}") == 0) {
            out += "<text:page-number text:select-page=\"current\">1</text:page-number>";
            i += 6;
        } else {
            std::size_t next = pattern.find('{', i + 1);
            out += xml_escape(pattern.substr(i, next == std::string::npos ? std::string::npos : next - i));
            i = next == std::string::npos ? pattern.size() : next;
        }
    }
    return out;
}

}  // namespace

std::string odt_styles_xml(const Report& report)
{
    auto [language, country] = odt::locale_of(report.language);
    std::string text_props = std::string("<style:text-properties style:font-name=\"Noto Sans\" fo:font-size=\"10.5pt\" "
                                         "fo:language=\"") +
                             language + "\" fo:country=\"" + country + "\"/>";
    auto para = [](std::string_view name, std::string_view display, std::string_view parent, std::string_view props,
                   std::string_view extra = {}) {
        std::string out = "<style:style style:name=\"" + std::string(name) + "\" style:display-name=\"" +
                          std::string(display) + "\" style:family=\"paragraph\"";
        if (!parent.empty())
            out += " style:parent-style-name=\"" + std::string(parent) + "\"";
        return out + std::string(extra) + ">" + std::string(props) + "</style:style>";
    };
    auto heading_style = [&](int level, std::string_view size, std::string_view above) {
        std::string n = std::to_string(level);
        return para("Heading_20_" + n, "Heading " + n, "Heading",
                    "<style:paragraph-properties fo:margin-top=\"" + std::string(above) +
                        "\" fo:margin-bottom=\"0.15cm\" fo:keep-with-next=\"always\"/>"
                        "<style:text-properties fo:font-size=\"" +
                        std::string(size) + "\" fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/>",
                    " style:default-outline-level=\"" + n + "\" style:next-style-name=\"Text_20_body\"");
    };
    std::string styles =
        "<style:default-style style:family=\"paragraph\">" + text_props + "</style:default-style>" +
        para("Standard", "Standard", "", text_props) +
        para("Heading", "Heading", "Standard",
             "<style:paragraph-properties fo:keep-with-next=\"always\"/><style:text-properties "
             "fo:color=\"#1F3A5F\"/>",
             " style:next-style-name=\"Text_20_body\" style:class=\"text\"") +
        para("Title", "Title", "Heading",
             "<style:paragraph-properties fo:margin-bottom=\"0.4cm\"/><style:text-properties fo:font-size=\"20pt\" "
             "fo:font-weight=\"bold\"/>",
             " style:default-outline-level=\"1\" style:class=\"chapter\"") +
        heading_style(1, "20pt", "0.6cm") + heading_style(2, "16pt", "0.6cm") + heading_style(3, "12.5pt", "0.45cm") +
        heading_style(4, "11pt", "0.35cm") +
        para("Text_20_body", "Text body", "Standard",
             "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.2cm\" "
             "fo:line-height=\"120%\"/>",
             " style:class=\"text\"") +
        // Lead text keeps with what follows (a principle's lines down to its table).
        para("Lead", "Lead", "Text_20_body",
             "<style:paragraph-properties fo:keep-with-next=\"always\"/>") +
        para("Field", "Field", "Text_20_body", "<style:paragraph-properties fo:margin-bottom=\"0.05cm\"/>") +
        para("Quiet", "Quiet", "Text_20_body", "<style:text-properties fo:font-style=\"italic\" fo:color=\"#555555\"/>") +
        para("Label", "Label", "Text_20_body",
             "<style:paragraph-properties fo:margin-bottom=\"0.05cm\" fo:keep-with-next=\"always\"/>"
             "<style:text-properties fo:font-weight=\"bold\"/>") +
        para("Quote", "Quote", "Text_20_body",
             "<style:paragraph-properties fo:keep-with-next=\"always\" fo:margin-left=\"0.4cm\" "
             "fo:padding-left=\"0.2cm\" "
             "fo:border-left=\"0.06cm solid #9AA7B4\" fo:border-right=\"none\" fo:border-top=\"none\" "
             "fo:border-bottom=\"none\"/>") +
        para("Table_20_Contents", "Table Contents", "Standard", "") +
        para("Table_20_Heading", "Table Heading", "Table_20_Contents",
             "<style:text-properties fo:font-weight=\"bold\"/>") +
        para("List_20_Bullet", "List Bullet", "Text_20_body", "<style:paragraph-properties fo:margin-bottom=\"0.05cm\"/>") +
        para("Footer", "Footer", "Standard",
             "<style:paragraph-properties fo:text-align=\"center\"/><style:text-properties fo:font-size=\"9pt\" "
             "fo:color=\"#555555\"/>") +
        "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\" "
        "style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
        "<style:style style:name=\"Emphasis\" style:display-name=\"Emphasis\" style:family=\"text\">"
        "<style:text-properties fo:font-style=\"italic\"/></style:style>"
        "<text:outline-style style:name=\"Outline\">";
    for (int level = 1; level <= 10; ++level)
        styles += "<text:outline-level-style text:level=\"" + std::to_string(level) +
                  "\" style:num-format=\"\"/>";
    styles += "</text:outline-style>"
              "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet text:level=\"1\" "
              "text:bullet-char=\"\u2022\"><style:list-level-properties "
              "text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment "
              "text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.6cm\" fo:text-indent=\"-0.4cm\" "
              "fo:margin-left=\"0.6cm\"/></style:list-level-properties></text:list-level-style-bullet>"
              "</text:list-style>";

    std::string automatic =
        "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" "
        "fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" "
        "fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
        "<style:footer-style><style:header-footer-properties fo:min-height=\"0.8cm\" "
        "fo:margin-top=\"0.4cm\"/></style:footer-style></style:page-layout>";
    std::string master = "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"><style:footer>"
                         "<text:p text:style-name=\"Footer\">" +
                         footer(report.page_number) + "</text:p></style:footer></style:master-page>";

    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles") + odt::kNamespaces + ">" +
           odt::kFontFaces + "<office:styles>" + styles + "</office:styles><office:automatic-styles>" + automatic +
           "</office:automatic-styles><office:master-styles>" + master +
           "</office:master-styles></office:document-styles>\n";
}

std::string odt_meta_xml(const Report& report)
{
    std::string title = report.title;
    if (!report.organisation.empty())
        title += " \u2014 " + report.organisation;
    auto [language, country] = odt::locale_of(report.language);
    std::string meta = "<meta:generator>Prioriteer</meta:generator><dc:title>" + xml_escape(title) +
                       "</dc:title><dc:language>" + language + "-" + country +
                       "</dc:language>";
    if (!report.author.empty())
        meta += "<meta:initial-creator>" + xml_escape(report.author) + "</meta:initial-creator>";
    if (!report.created.empty())
        meta += "<meta:creation-date>" + xml_escape(report.created) + "</meta:creation-date><dc:date>" +
                xml_escape(report.created) + "</dc:date>";
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta") + odt::kNamespaces +
           "><office:meta>" + meta + "</office:meta></office:document-meta>\n";
}

std::string odt_manifest_xml(std::size_t pictures)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                      "manifest:version=\"1.2\">\n"
                      " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
                      "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
                      " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                      " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                      " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n";
    for (std::size_t n = 1; n <= pictures; ++n)
        out += " <manifest:file-entry manifest:full-path=\"" + odt::picture_path(n) +
               "\" manifest:media-type=\"image/png\"/>\n";
    return out + "</manifest:manifest>\n";
}

}  // namespace prio
