#include "io/export/export_csv.h"

#include "core/strings.h"

namespace prio {

std::string csv_field(std::string_view text, char separator)
{
    std::string value;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        value += '\'';
    value += text;
    bool quote = value.find_first_of(std::string{separator, '"', '\n', '\r', '\t'}) != std::string::npos ||
                 (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string priority_csv(const Document& doc, char separator)
{
    std::string out = "\xEF\xBB\xBF";
    auto row = [&](const std::vector<std::string>& cells, const std::vector<bool>& guarded) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += separator;
            // Numbers are written as numbers: the guard is for text.
            out += guarded[i] ? csv_field(cells[i], separator) : cells[i];
        }
        out += "\r\n";
    };
    const std::vector<bool> text{true, true, true, true, true, true, true};
    const std::string& lang = doc.language;
    row({std::string(tr("export.col.rank", lang)), std::string(tr("export.col.lane", lang)),
         std::string(tr("export.col.position", lang)), std::string(tr("export.col.code", lang)),
         std::string(tr("export.col.title", lang)), std::string(tr("export.col.theme", lang)),
         std::string(tr("export.col.note", lang))},
        text);
    const std::vector<bool> body{false, true, false, true, true, true, true};
    for (const DocCard& c : doc.rows)
        row({c.rank > 0 ? std::to_string(c.rank) : std::string(), c.lane, std::to_string(c.position), c.code, c.title,
             c.theme, c.note},
            body);
    return out;
}

std::string sheet_csv(const Sheet& sheet, char separator)
{
    std::string out = "\xEF\xBB\xBF";
    for (const std::vector<SheetCell>& row : sheet.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += separator;
            out += row[i].number ? std::to_string(*row[i].number) : csv_field(row[i].text, separator);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace prio
