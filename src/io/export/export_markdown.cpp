#include "io/export/export_markdown.h"

namespace prio {
namespace {

bool is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::vector<std::string_view> split_lines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return lines;
        start = end + 1;
    }
}

// Non-empty lines joined by hard line breaks; a blank line starts a new
// paragraph. Each paragraph ends with a blank line.
std::string paragraphs(std::string_view text, std::string_view indent = {})
{
    std::string out;
    std::string para;
    auto flush = [&] {
        if (!para.empty())
            out += para + "\n\n";
        para.clear();
    };
    for (std::string_view line : split_lines(text)) {
        std::string escaped = markdown_escape_line(line);
        if (escaped.empty()) {
            flush();
            continue;
        }
        if (!para.empty())
            para += "\\\n";
        para += std::string(para.empty() ? std::string_view{} : indent) + escaped;
    }
    flush();
    return out;
}

void heading(std::string& out, int level, std::string text)
{
    for (char& c : text)
        if (c == '\n')
            c = ' ';
    out += std::string(static_cast<std::size_t>(level), '#') + " " + markdown_escape_line(text, false) + "\n\n";
}

void card(std::string& out, const Document& doc, const DocCard& c, int level, bool actions)
{
    heading(out, level, principle_heading(doc, c));
    out += "**" + markdown_escape_line(doc.theme_label) + ":** " + markdown_escape_line(c.theme) + "\n\n";
    out += paragraphs(c.summary);
    if (!c.note.empty()) {
        out += "**" + markdown_escape_line(doc.notes_label) + "**\n\n";
        out += paragraphs(c.note);
    }
    if (actions) {
        std::string head = "|", rule = "|", empty = "|";
        for (const std::string& column : doc.action_columns) {
            head += " " + markdown_escape_line(column) + " |";
            rule += std::string(column.size() + 2, '-') + "|";
            empty += std::string(column.size() + 2, ' ') + "|";
        }
        out += head + "\n" + rule + "\n";
        for (int row = 0; row < 3; ++row)
            out += empty + "\n";
        out += "\n";
    }
}

}  // namespace

std::string markdown_escape_line(std::string_view line, bool starts_block)
{
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
        line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);

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
            (n + 1 == line.size() || line[n + 1] == ' ' || line[n + 1] == '\t'))
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

std::string masterplan_markdown(const Document& doc)
{
    std::string out;
    heading(out, 1, doc.title);
    for (const DocField& f : doc.fields)
        out += "- **" + markdown_escape_line(f.label) + ":** " + [&] {
            std::string value = paragraphs(f.value, "  ");
            while (!value.empty() && value.back() == '\n')
                value.pop_back();
            // A blank line inside a list item would need an indented
            // paragraph; a hard break keeps the item one paragraph.
            std::string joined;
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (value.compare(i, 2, "\n\n") == 0) {
                    joined += "\\\n  ";
                    ++i;
                } else {
                    joined += value[i];
                }
            }
            return joined;
        }() + "\n";
    out += "\n";

    heading(out, 2, doc.method_heading);
    out += paragraphs(doc.method);

    for (const DocLane& lane : doc.lanes) {
        heading(out, 2, lane.title);
        if (lane.cards.empty())
            out += "*" + markdown_escape_line(doc.lane_empty) + "*\n\n";
        for (const DocCard& c : lane.cards)
            card(out, doc, c, 3, true);
    }

    heading(out, 2, doc.annex_heading);
    if (!doc.annex_none.empty())
        out += paragraphs(doc.annex_none);
    for (const DocLane& lane : doc.annex) {
        heading(out, 3, lane.title);
        for (const DocCard& c : lane.cards)
            card(out, doc, c, 4, false);
    }

    heading(out, 2, doc.log_heading);
    for (const std::string& p : doc.log_paragraphs)
        out += paragraphs(p);
    if (!doc.log_list.empty()) {
        out += paragraphs(doc.log_lane_changes);
        for (const std::string& line : doc.log_list)
            out += "- " + markdown_escape_line(line) + "\n";
        out += "\n";
    }
    while (out.size() > 1 && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

}  // namespace prio
