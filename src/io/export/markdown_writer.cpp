#include "io/export/markdown_writer.h"

namespace prio {
namespace {

bool is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

std::size_t code_points(std::string_view text)
{
    std::size_t n = 0;
    for (char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// `text` escaped as it is, blanks included; `starts_block`: it begins a
// line, where list and heading markers count.
std::string escape_chars(std::string_view line, bool starts_block)
{
    // A list marker at the start: "-", "+", "*", "1.", "a)", "(i)", ":" (a
    // pandoc definition), "=" (a setext underline), "%" (a pandoc title).
    // Pandoc reads digits, one letter or a roman numeral before "." or ")".
    std::size_t marker = std::string_view::npos;
    if (starts_block && !line.empty() && std::string_view("-+=:%(").find(line.front()) != std::string_view::npos) {
        marker = 0;
    } else if (starts_block) {
        std::size_t n = 0;
        bool digits = true, roman = true;
        while (n < line.size() && is_alnum(line[n])) {
            digits = digits && line[n] >= '0' && line[n] <= '9';
            roman = roman && std::string_view("ivxlcdmIVXLCDM").find(line[n]) != std::string_view::npos;
            ++n;
        }
        bool list_like = n > 0 && n <= 9 && (digits || roman || n == 1);
        if (list_like && n < line.size() && (line[n] == '.' || line[n] == ')') &&
            (n + 1 == line.size() || is_blank(line[n + 1])))
            marker = n;
    }

    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        bool special = std::string_view("\\`*_[]<>#|~^$@{}").find(c) != std::string_view::npos;
        bool entity = c == '&' && i + 1 < line.size() && (is_alnum(line[i + 1]) || line[i + 1] == '#');
        if (special || entity || i == marker)
            out += '\\';
        out += c;
    }
    return out;
}

std::string_view trimmed(std::string_view text, bool front = true, bool back = true)
{
    while (front && !text.empty() && is_blank(text.front()))
        text.remove_prefix(1);
    while (back && !text.empty() && is_blank(text.back()))
        text.remove_suffix(1);
    return text;
}

struct Segment {
    std::string_view text;
    bool strong = false;
    bool emphasis = false;
};

// The spans cut at their line breaks: one list of segments per line.
std::vector<std::vector<Segment>> lines_of(const std::vector<block::Span>& spans, bool strong, bool emphasis)
{
    std::vector<std::vector<Segment>> lines(1);
    for (const block::Span& span : spans) {
        std::string_view text = span.text;
        while (true) {
            std::size_t end = text.find('\n');
            std::string_view part = text.substr(0, end);
            if (!part.empty())
                lines.back().push_back({part, span.strong || strong, span.emphasis || emphasis});
            if (end == std::string_view::npos)
                break;
            lines.emplace_back();
            text.remove_prefix(end + 1);
        }
    }
    return lines;
}

// One line of segments, its outer blanks dropped; "" when nothing is left.
std::string line_markdown(std::vector<Segment> line)
{
    for (bool front : {true, false}) {
        while (!line.empty()) {
            Segment& edge = front ? line.front() : line.back();
            edge.text = trimmed(edge.text, front, !front);
            if (!edge.text.empty())
                break;
            line.erase(front ? line.begin() : line.end() - 1);
        }
    }
    std::string out;
    for (std::size_t k = 0; k < line.size(); ++k) {
        const Segment& s = line[k];
        std::string marks = std::string(s.strong ? "**" : "") + (s.emphasis ? "*" : "");
        if (marks.empty()) {
            out += escape_chars(s.text, k == 0);
            continue;
        }
        // Blanks go outside the marks: "** x**" is no emphasis.
        std::string_view core = trimmed(s.text);
        std::size_t lead = core.empty() ? 0 : static_cast<std::size_t>(core.data() - s.text.data());
        out += std::string(s.text.substr(0, lead));
        if (!core.empty())
            out += marks + escape_chars(core, false) + std::string(marks.rbegin(), marks.rend());
        out += std::string(s.text.substr(lead + core.size()));
    }
    return out;
}

// Lines joined by hard breaks; an empty line starts a new paragraph. Each
// paragraph ends with a blank line.
std::string paragraphs(const std::vector<block::Span>& spans, bool strong = false, bool emphasis = false)
{
    std::string out, para;
    for (const std::vector<Segment>& segments : lines_of(spans, strong, emphasis)) {
        std::string line = line_markdown(segments);
        if (line.empty()) {
            if (!para.empty())
                out += para + "\n\n";
            para.clear();
            continue;
        }
        para += (para.empty() ? "" : "\\\n") + line;
    }
    if (!para.empty())
        out += para + "\n\n";
    return out;
}

void heading(std::string& out, const block::Heading& h)
{
    std::string text = h.text;
    for (char& c : text)
        if (c == '\n')
            c = ' ';
    int level = h.level < 1 ? 1 : h.level > 6 ? 6 : h.level;
    out += std::string(static_cast<std::size_t>(level), '#') + " " + markdown_escape_line(text, false) + "\n\n";
}

void list(std::string& out, const block::List& l)
{
    for (const block::Item& item : l.items) {
        std::string line = "- ";
        if (!item.label.empty())
            line += "**" + markdown_escape_line(item.label) + ":** ";
        // A blank line inside a list item would need an indented paragraph;
        // hard breaks keep the item one paragraph.
        std::string_view text = item.text;
        bool first = true;
        while (true) {
            std::size_t end = text.find('\n');
            std::string escaped = markdown_escape_line(text.substr(0, end));
            if (!escaped.empty()) {
                line += (first ? "" : "\\\n  ") + escaped;
                first = false;
            }
            if (end == std::string_view::npos)
                break;
            text.remove_prefix(end + 1);
        }
        out += line + "\n";
    }
    out += "\n";
}

std::string cell_text(const block::Cell& cell)
{
    std::string text = cell.text;
    for (char& c : text)
        if (c == '\n')
            c = ' ';
    return markdown_escape_line(text, false);  // a cell holds no blocks
}

void table(std::string& out, const block::Table& t)
{
    std::size_t columns = t.header.size();
    if (columns == 0)
        return;
    std::vector<std::vector<std::string>> cells(1 + t.rows.size(), std::vector<std::string>(columns));
    for (std::size_t c = 0; c < columns; ++c)
        cells[0][c] = cell_text(t.header[c]);
    for (std::size_t r = 0; r < t.rows.size(); ++r)
        for (std::size_t c = 0; c < columns && c < t.rows[r].size(); ++c)
            cells[r + 1][c] = cell_text(t.rows[r][c]);
    std::vector<std::size_t> width(columns, 0);
    for (const auto& row : cells)
        for (std::size_t c = 0; c < columns; ++c)
            width[c] = std::max(width[c], code_points(row[c]));
    auto row_line = [&](const std::vector<std::string>& row) {
        std::string line = "|";
        for (std::size_t c = 0; c < columns; ++c)
            line += " " + row[c] + std::string(width[c] - code_points(row[c]), ' ') + " |";
        return line + "\n";
    };
    out += row_line(cells[0]);
    out += "|";
    for (std::size_t c = 0; c < columns; ++c)
        out += std::string(width[c] + 2, '-') + "|";
    out += "\n";
    for (std::size_t r = 1; r < cells.size(); ++r)
        out += row_line(cells[r]);
    out += "\n";
}

void image(std::string& out, const block::Image& i)
{
    if (i.file.empty())
        return;  // no file beside the Markdown to show
    std::string file = i.file.find_first_of(" ()<>") == std::string::npos ? i.file : "<" + i.file + ">";
    out += "![" + markdown_escape_line(i.alt, false) + "](" + file + ")\n\n";
}

}  // namespace

std::string markdown_escape_line(std::string_view line, bool starts_block)
{
    return escape_chars(trimmed(line), starts_block);
}

namespace {

// One overload per block type: a new type that is missed fails to compile.
struct Writer {
    std::string& out;
    void operator()(const block::Heading& h) const { heading(out, h); }
    void operator()(const block::Paragraph& p) const
    {
        out += paragraphs(p.spans, p.style == block::Style::Label, p.style == block::Style::Quiet);
    }
    void operator()(const block::List& l) const { list(out, l); }
    void operator()(const block::Table& t) const { table(out, t); }
    void operator()(const block::Image& i) const { image(out, i); }
    void operator()(const block::Strip&) const {}      // no colours in Markdown
    void operator()(const block::PageBreak&) const {}  // no pages either
};

}  // namespace

std::string report_markdown(const Report& report)
{
    std::string out;
    for (const Block& b : report.blocks)
        std::visit(Writer{out}, b.item);
    while (out.size() > 1 && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

}  // namespace prio
