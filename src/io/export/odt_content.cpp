// content.xml of the ODT: the blocks as ODF elements, and the automatic
// styles they need (a bar colour per heading, a layout per table, a fill per
// cell colour), each made once when first used.
#include <algorithm>
#include <cstdio>

#include "core/colour.h"
#include "io/export/odt_parts.h"
#include "io/export/odt_writer.h"

namespace prio {
namespace {

using odt::hex;
using odt::xml_escape;

// Paragraph text: ODF collapses white space, so line breaks, tabs and runs
// of spaces need their own elements to survive. Blanks at the paragraph's
// edges (`at_start`, `at_end`) are all kept as elements.
std::string odt_text(std::string_view text, bool at_start = true, bool at_end = true)
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
            bool at_edge = (i == 0 && at_start) || (i + n == text.size() && at_end);
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

std::string spans_xml(const std::vector<block::Span>& spans)
{
    static constexpr Marks kMarks{"<text:span text:style-name=\"Strong_20_Emphasis\">", "</text:span>",
                                  "<text:span text:style-name=\"Emphasis\">", "</text:span>"};
    return marked_spans(spans, kMarks, [&](const block::Span& s, std::size_t k) {
        return odt_text(s.text, k == 0, k + 1 == spans.size());
    });
}

std::string paragraph(std::string_view style, const std::string& inner)
{
    if (inner.empty())
        return "<text:p text:style-name=\"" + std::string(style) + "\"/>";
    return "<text:p text:style-name=\"" + std::string(style) + "\">" + inner + "</text:p>";
}

std::string strong(std::string_view label)
{
    return "<text:span text:style-name=\"Strong_20_Emphasis\">" + odt_text(label) + ":</text:span> ";
}

// `keep`: the block stays with the next (its section's intro before a table).
const char* style_name(block::Style style, bool keep)
{
    switch (style) {
    case block::Style::Body: return keep ? "Lead" : "Text_20_body";
    case block::Style::Lead:
    case block::Style::Detail: return "Lead";
    case block::Style::Label: return "Label";
    case block::Style::Quote: return "Quote";
    case block::Style::Quiet: return "Quiet";
    }
    return "Text_20_body";
}

std::string cm(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2fcm", value);
    return buf;
}

// The index (1-based) of `value` in `seen`, added when new; `added` says so.
template <class T>
std::size_t index_of(std::vector<T>& seen, const T& value, bool& added)
{
    for (std::size_t i = 0; i < seen.size(); ++i)
        if (seen[i] == value) {
            added = false;
            return i + 1;
        }
    seen.push_back(value);
    added = true;
    return seen.size();
}

struct Content {
    std::string automatic, body;
    std::vector<Colour> bar_colours;
    std::vector<std::pair<std::size_t, int>> bar_styles;  // (colour index, level)
    std::vector<std::vector<double>> layouts;
    std::vector<Colour> fills;
    int tables = 0;
    bool keep = false;  // the block being written stays with the next one
    std::size_t pictures = 0;
    bool cell_styles = false, break_style = false;

    void operator()(const block::Heading& h)
    {
        int level = h.level < 1 ? 1 : h.level > 10 ? 10 : h.level;
        std::string style = level == 1 ? "Title" : "Heading_20_" + std::to_string(level);
        if (h.bar && level > 1) {
            bool added = false;
            std::size_t colour = index_of(bar_colours, *h.bar, added);
            std::pair<std::size_t, int> key{colour, level};
            std::string name = "Bar" + std::to_string(colour) + "_" + std::to_string(level);
            index_of(bar_styles, key, added);
            if (added)
                automatic += "<style:style style:name=\"" + name +
                             "\" style:family=\"paragraph\" style:parent-style-name=\"" + style +
                             "\"><style:paragraph-properties fo:border-left=\"0.18cm solid " + hex(*h.bar) +
                             "\" fo:padding-left=\"0.2cm\" fo:border-right=\"none\" fo:border-top=\"none\" "
                             "fo:border-bottom=\"none\"/></style:style>";
            style = name;
        }
        body += "<text:h text:style-name=\"" + style + "\" text:outline-level=\"" + std::to_string(level) + "\">" +
                odt_text(h.text) + "</text:h>";
    }

    void operator()(const block::Paragraph& p) { body += paragraph(style_name(p.style, keep), spans_xml(p.spans)); }

    void operator()(const block::List& l)
    {
        if (l.fields) {
            for (const block::Item& item : l.items)
                body += paragraph("Field", (item.label.empty() ? "" : strong(item.label)) + odt_text(item.text));
            return;
        }
        body += "<text:list text:style-name=\"Bullets\">";
        for (const block::Item& item : l.items)
            body += "<text:list-item>" +
                    paragraph("List_20_Bullet", (item.label.empty() ? "" : strong(item.label)) + odt_text(item.text)) +
                    "</text:list-item>";
        body += "</text:list>";
    }

    std::string cell(const block::Cell& c, bool head)
    {
        std::string style = head ? "Table_Head" : "Table_Cell";
        std::string para = head ? "Table_20_Heading" : "Table_20_Contents";
        std::string text = odt_text(c.text);
        if (c.fill) {
            bool added = false;
            std::string n = std::to_string(index_of(fills, *c.fill, added));
            if (added)
                automatic += "<style:style style:name=\"Fill" + n +
                             "\" style:family=\"table-cell\"><style:table-cell-properties fo:background-color=\"" +
                             hex(*c.fill) + "\" fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #7A8794\"/></style:style>"
                             "<style:style style:name=\"Fill" + n + "_Text\" style:family=\"paragraph\" "
                             "style:parent-style-name=\"Table_20_Contents\"><style:text-properties fo:color=\"" +
                             hex(text_colour_on(*c.fill)) + "\"/></style:style>";
            style = "Fill" + n;
            para = "Fill" + n + "_Text";
            if (head && !text.empty())
                text = "<text:span text:style-name=\"Strong_20_Emphasis\">" + text + "</text:span>";
        }
        return "<table:table-cell table:style-name=\"" + style + "\" office:value-type=\"string\">" +
               paragraph(para, text) + "</table:table-cell>";
    }

    void operator()(const block::Table& t)
    {
        if (t.header.empty())
            return;
        ++tables;
        if (!cell_styles) {
            cell_styles = true;
            automatic += "<style:style style:name=\"Table_Head\" style:family=\"table-cell\"><style:table-cell-properties "
                         "fo:background-color=\"#E8EDF2\" fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #7A8794\"/>"
                         "</style:style><style:style style:name=\"Table_Cell\" style:family=\"table-cell\">"
                         "<style:table-cell-properties fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #7A8794\"/>"
                         "</style:style>";
        }
        std::vector<double> widths = t.widths;
        widths.resize(t.header.size(), widths.empty() ? 1.0 / static_cast<double>(t.header.size()) : widths.back());
        bool added = false;
        std::string layout = "Table" + std::to_string(index_of(layouts, widths, added));
        if (added) {
            automatic += "<style:style style:name=\"" + layout + "\" style:family=\"table\"><style:table-properties "
                         "style:width=\"17cm\" table:align=\"margins\" fo:margin-top=\"0.1cm\" "
                         "fo:margin-bottom=\"0.3cm\" style:may-break-between-rows=\"false\"/></style:style>";
            for (std::size_t c = 0; c < widths.size(); ++c)
                automatic += "<style:style style:name=\"" + layout + "." + std::to_string(c + 1) +
                             "\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"" +
                             cm(widths[c] * odt::kTextWidthCm) + "\"/></style:style>";
        }
        std::string name = t.name.empty() ? "Table" + std::to_string(tables) : t.name;
        body += "<table:table table:name=\"" + xml_escape(name) + "\" table:style-name=\"" + layout + "\">";
        for (std::size_t c = 0; c < widths.size(); ++c)
            body += "<table:table-column table:style-name=\"" + layout + "." + std::to_string(c + 1) + "\"/>";
        body += "<table:table-header-rows><table:table-row>";
        for (const block::Cell& c : t.header)
            body += cell(c, true);
        body += "</table:table-row></table:table-header-rows>";
        for (const std::vector<block::Cell>& row : t.rows) {
            body += "<table:table-row>";
            for (std::size_t c = 0; c < t.header.size(); ++c)
                body += cell(c < row.size() ? row[c] : block::Cell{}, false);
            body += "</table:table-row>";
        }
        body += "</table:table>";
    }

    void operator()(const block::Image& i)
    {
        double w = 0, h = 0;
        if (!odt::png_size(i.png, w, h))
            return;  // report_odt refuses the document before it gets here
        ++pictures;
        double width = std::clamp(i.width, 0.05, 1.0) * odt::kTextWidthCm;
        std::string n = std::to_string(pictures);
        body += paragraph("Text_20_body", "<draw:frame draw:name=\"Picture" + n +
                                              "\" text:anchor-type=\"as-char\" svg:width=\"" + cm(width) +
                                              "\" svg:height=\"" + cm(width * h / w) + "\"><draw:image xlink:href=\"" +
                                              odt::picture_path(pictures) +
                                              "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>"
                                              "<svg:desc>" + xml_escape(i.alt) + "</svg:desc></draw:frame>");
    }

    void operator()(const block::Strip&) {}  // decoration: the PDF's alone

    void operator()(const block::PageBreak&)
    {
        if (!break_style) {
            break_style = true;
            automatic += "<style:style style:name=\"Page_Break\" style:family=\"paragraph\" "
                         "style:parent-style-name=\"Standard\"><style:paragraph-properties fo:break-after=\"page\"/>"
                         "</style:style>";
        }
        body += paragraph("Page_Break", "");
    }
};

}  // namespace

std::string odt_content_xml(const Report& report)
{
    Content c;
    for (const Block& b : report.blocks) {
        c.keep = b.keep_with_next;
        std::visit(c, b.item);
    }
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content") + odt::kNamespaces +
           ">" + odt::kFontFaces + "<office:automatic-styles>" + c.automatic + "</office:automatic-styles>" +
           "<office:body><office:text>" + c.body + "</office:text></office:body></office:document-content>\n";
}

}  // namespace prio
