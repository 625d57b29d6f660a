#include "io/export/export_odt.h"

#include <cstdio>
#include <ctime>
#include <map>
#include <zip.h>

#include "core/strings.h"

namespace prio {
namespace {

constexpr const char* kNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " office:version=\"1.2\"";

constexpr const char* kFontFaces =
    "<office:font-face-decls>"
    "<style:font-face style:name=\"Noto Sans\" svg:font-family=\"'Noto Sans'\" "
    "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
    "</office:font-face-decls>";

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

// Paragraph text: ODF collapses white space, so line breaks, tabs and runs
// of spaces need their own elements to survive.
std::string odt_text(std::string_view text)
{
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c == '\n') {
            out += "<text:line-break/>";
            ++i;
        } else if (c == '\t') {
            out += "<text:tab/>";
            ++i;
        } else if (c == ' ') {
            std::size_t n = 0;
            while (i + n < text.size() && text[i + n] == ' ')
                ++n;
            bool at_edge = i == 0 || i + n == text.size();
            std::size_t literal = at_edge ? 0 : 1;
            out += std::string(literal, ' ');
            if (n > literal)
                out += n - literal == 1 ? "<text:s/>" : "<text:s text:c=\"" + std::to_string(n - literal) + "\"/>";
            i += n;
        } else {
            std::size_t end = text.find_first_of("\n\t ", i);
            if (end == std::string_view::npos)
                end = text.size();
            out += xml_escape(text.substr(i, end - i));
            i = end;
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

std::string heading(int level, std::string_view text, std::string_view style = {})
{
    std::string name = style.empty() ? "Heading_20_" + std::to_string(level) : std::string(style);
    return "<text:h text:style-name=\"" + name + "\" text:outline-level=\"" + std::to_string(level) + "\">" +
           odt_text(text) + "</text:h>";
}

std::string paragraph(std::string_view text, std::string_view style = "Text_20_body")
{
    return "<text:p text:style-name=\"" + std::string(style) + "\">" + odt_text(text) + "</text:p>";
}

std::string labelled(std::string_view label, std::string_view value, std::string_view style = "Text_20_body")
{
    return "<text:p text:style-name=\"" + std::string(style) + "\"><text:span text:style-name=\"Strong_20_Emphasis\">" +
           odt_text(label) + ":</text:span> " + odt_text(value) + "</text:p>";
}

std::string action_table(const Document& doc, int number)
{
    std::string out = "<table:table table:name=\"" + xml_escape(doc.action_columns.empty() ? "" : doc.action_columns[0]) +
                      "_" + std::to_string(number) + "\" table:style-name=\"Actions\">";
    static constexpr const char* kColumns[] = {"Actions.A", "Actions.B", "Actions.C"};
    for (std::size_t i = 0; i < doc.action_columns.size() && i < 3; ++i)
        out += std::string("<table:table-column table:style-name=\"") + kColumns[i] + "\"/>";
    out += "<table:table-header-rows><table:table-row>";
    for (const std::string& column : doc.action_columns)
        out += "<table:table-cell table:style-name=\"Actions.Head\" office:value-type=\"string\">" +
               paragraph(column, "Table_20_Heading") + "</table:table-cell>";
    out += "</table:table-row></table:table-header-rows>";
    for (int row = 0; row < 3; ++row) {
        out += "<table:table-row>";
        for (std::size_t i = 0; i < doc.action_columns.size(); ++i)
            out += "<table:table-cell table:style-name=\"Actions.Cell\" office:value-type=\"string\">"
                   "<text:p text:style-name=\"Table_20_Contents\"/></table:table-cell>";
        out += "</table:table-row>";
    }
    return out + "</table:table>";
}

std::string card(const Document& doc, const DocCard& c, int level, const std::map<std::string, std::string>& styles,
                 bool actions)
{
    auto style = styles.find(c.theme_id);
    std::string out = heading(level, principle_heading(doc, c),
                              style == styles.end() ? std::string_view{} : std::string_view(style->second));
    out += labelled(doc.theme_label, c.theme, "Principle");
    if (!c.summary.empty())
        out += paragraph(c.summary, "Principle");
    if (!c.note.empty()) {
        out += paragraph(doc.notes_label, "Notes_20_Label");
        out += paragraph(c.note, "Notes");
    }
    if (actions)
        out += action_table(doc, c.rank);
    return out;
}

std::string footer(const Document& doc)
{
    // "Page {page} of {pages}" with the fields put where the words say.
    std::string pattern(tr("fmt.export.page", doc.language));
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

// Language and country for fo:language / fo:country.
std::pair<const char*, const char*> locale_of(const Document& doc)
{
    return doc.language == "nl" ? std::pair{"nl", "BE"} : std::pair{"en", "GB"};
}

}  // namespace

std::string odt_content_xml(const Document& doc)
{
    // One paragraph style per theme: the principle's heading carries the
    // theme colour as a bar on its left, like the card on the board.
    std::map<std::string, std::string> theme_styles;
    std::string automatic;
    for (const DocCard& c : doc.rows) {
        if (theme_styles.count(c.theme_id))
            continue;
        std::string name = "Theme" + std::to_string(theme_styles.size() + 1);
        theme_styles[c.theme_id] = name;
        for (int level = 3; level <= 4; ++level)
            automatic += "<style:style style:name=\"" + name + "_" + std::to_string(level) +
                         "\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_" + std::to_string(level) +
                         "\"><style:paragraph-properties fo:border-left=\"0.18cm solid " + hex(c.theme_colour) +
                         "\" fo:padding-left=\"0.2cm\" fo:border-right=\"none\" fo:border-top=\"none\" "
                         "fo:border-bottom=\"none\"/></style:style>";
    }
    std::map<std::string, std::string> level3, level4;
    for (const auto& [id, name] : theme_styles) {
        level3[id] = name + "_3";
        level4[id] = name + "_4";
    }
    automatic +=
        "<style:style style:name=\"Actions\" style:family=\"table\"><style:table-properties style:width=\"17cm\" "
        "table:align=\"margins\" fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.3cm\" "
        "style:may-break-between-rows=\"false\"/></style:style>"
        "<style:style style:name=\"Actions.A\" style:family=\"table-column\"><style:table-column-properties "
        "style:column-width=\"9cm\"/></style:style>"
        "<style:style style:name=\"Actions.B\" style:family=\"table-column\"><style:table-column-properties "
        "style:column-width=\"4.5cm\"/></style:style>"
        "<style:style style:name=\"Actions.C\" style:family=\"table-column\"><style:table-column-properties "
        "style:column-width=\"3.5cm\"/></style:style>"
        "<style:style style:name=\"Actions.Head\" style:family=\"table-cell\"><style:table-cell-properties "
        "fo:background-color=\"#E8EDF2\" fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #7A8794\"/></style:style>"
        "<style:style style:name=\"Actions.Cell\" style:family=\"table-cell\"><style:table-cell-properties "
        "fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #7A8794\"/></style:style>";

    std::string body;
    body += heading(1, doc.title, "Title");
    for (const DocField& f : doc.fields)
        body += labelled(f.label, f.value, "Field");
    body += heading(2, doc.method_heading);
    body += paragraph(doc.method);
    for (const DocLane& lane : doc.lanes) {
        body += heading(2, lane.title);
        if (lane.cards.empty())
            body += paragraph(doc.lane_empty, "Quiet");
        for (const DocCard& c : lane.cards)
            body += card(doc, c, 3, level3, true);
    }
    body += heading(2, doc.annex_heading);
    if (!doc.annex_none.empty())
        body += paragraph(doc.annex_none);
    for (const DocLane& lane : doc.annex) {
        body += heading(3, lane.title);
        for (const DocCard& c : lane.cards)
            body += card(doc, c, 4, level4, false);
    }
    body += heading(2, doc.log_heading);
    for (const std::string& p : doc.log_paragraphs)
        body += paragraph(p);
    if (!doc.log_list.empty()) {
        body += paragraph(doc.log_lane_changes);
        body += "<text:list text:style-name=\"Bullets\">";
        for (const std::string& line : doc.log_list)
            body += "<text:list-item>" + paragraph(line, "List_20_Bullet") + "</text:list-item>";
        body += "</text:list>";
    }

    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content") + kNamespaces + ">" +
           kFontFaces + "<office:automatic-styles>" + automatic + "</office:automatic-styles>" +
           "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>\n";
}

std::string odt_styles_xml(const Document& doc)
{
    auto [language, country] = locale_of(doc);
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
        // A principle's lines keep with what follows, down to its table.
        para("Principle", "Principle", "Text_20_body",
             "<style:paragraph-properties fo:keep-with-next=\"always\"/>") +
        para("Field", "Field", "Text_20_body", "<style:paragraph-properties fo:margin-bottom=\"0.05cm\"/>") +
        para("Quiet", "Quiet", "Text_20_body", "<style:text-properties fo:font-style=\"italic\" fo:color=\"#555555\"/>") +
        para("Notes_20_Label", "Notes Label", "Text_20_body",
             "<style:paragraph-properties fo:margin-bottom=\"0.05cm\" fo:keep-with-next=\"always\"/>"
             "<style:text-properties fo:font-weight=\"bold\"/>") +
        para("Notes", "Notes", "Text_20_body",
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
                         footer(doc) + "</text:p></style:footer></style:master-page>";

    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles") + kNamespaces + ">" +
           kFontFaces + "<office:styles>" + styles + "</office:styles><office:automatic-styles>" + automatic +
           "</office:automatic-styles><office:master-styles>" + master +
           "</office:master-styles></office:document-styles>\n";
}

std::string odt_meta_xml(const Document& doc)
{
    std::string title = doc.title;
    if (!doc.meta.organisation.empty())
        title += " \u2014 " + doc.meta.organisation;
    std::string meta = "<meta:generator>Prioriteer</meta:generator><dc:title>" + xml_escape(title) +
                       "</dc:title><dc:language>" + locale_of(doc).first + "-" + locale_of(doc).second +
                       "</dc:language>";
    if (!doc.meta.facilitator.empty())
        meta += "<meta:initial-creator>" + xml_escape(doc.meta.facilitator) + "</meta:initial-creator>";
    if (!doc.generated.empty())
        meta += "<meta:creation-date>" + xml_escape(doc.generated) + "</meta:creation-date><dc:date>" +
                xml_escape(doc.generated) + "</dc:date>";
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta") + kNamespaces +
           "><office:meta>" + meta + "</office:meta></office:document-meta>\n";
}

std::string odt_manifest_xml()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
           "manifest:version=\"1.2\">\n"
           " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
           "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
           " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
           " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
           " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
           "</manifest:manifest>\n";
}

namespace {

// The zip entries' time: the export's own time stamp when there is one, so
// the same session exported at the same moment gives the same bytes.
time_t entry_time(const Document& doc)
{
    std::tm tm{};
    if (doc.generated.size() >= 19 &&
        std::sscanf(doc.generated.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                    &tm.tm_hour, &tm.tm_min, &tm.tm_sec) == 6) {
        tm.tm_year -= 1900;
        tm.tm_mon -= 1;
        time_t t = timegm(&tm);
        if (t > 315532800)  // the zip format starts in 1980
            return t;
    }
    return 315532800 + 86400;
}

std::string zip_message(zip_error_t* error)
{
    std::string message = zip_error_strerror(error);
    zip_error_fini(error);
    return message;
}

}  // namespace

Rendered masterplan_odt(const Document& doc)
{
    const std::pair<const char*, std::string> parts[] = {
        {"mimetype", "application/vnd.oasis.opendocument.text"},
        {"content.xml", odt_content_xml(doc)},
        {"styles.xml", odt_styles_xml(doc)},
        {"meta.xml", odt_meta_xml(doc)},
        {"META-INF/manifest.xml", odt_manifest_xml()},
    };

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return {{}, zip_message(&error)};
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return {{}, zip_message(&error)};
    }
    zip_source_keep(buffer);  // we read the bytes back after zip_close
    auto fail = [&](zip_error_t* e) {
        std::string message = zip_error_strerror(e);
        zip_discard(archive);
        zip_source_free(buffer);
        return Rendered{{}, message};
    };

    time_t when = entry_time(doc);
    bool first = true;
    for (const auto& [name, data] : parts) {
        zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
        if (!source)
            return fail(zip_get_error(archive));
        zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return fail(zip_get_error(archive));
        }
        // ODF: "mimetype" comes first and is stored, so tools can read the
        // type at a fixed offset without unzipping.
        auto entry = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive, entry, first ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9) != 0 ||
            zip_file_set_mtime(archive, entry, when, 0) != 0)
            return fail(zip_get_error(archive));
        first = false;
    }
    if (zip_close(archive) != 0)
        return fail(zip_get_error(archive));

    std::string bytes;
    if (zip_source_open(buffer) != 0) {
        std::string message = zip_error_strerror(zip_source_error(buffer));
        zip_source_free(buffer);
        return {{}, message};
    }
    char chunk[16384];
    zip_int64_t n;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
        bytes.append(chunk, static_cast<std::size_t>(n));
    std::string message = n < 0 ? zip_error_strerror(zip_source_error(buffer)) : "";
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (!message.empty())
        return {{}, message};
    return {std::move(bytes), {}};
}

}  // namespace prio
