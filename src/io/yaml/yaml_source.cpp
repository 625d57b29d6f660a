#include "io/yaml/yaml_source.h"

#include <algorithm>
#include <cstdio>

namespace prio::yaml::detail {
namespace {

constexpr std::size_t kMaxTabReports = 10;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string hex_byte(unsigned char b)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", b);
    return buffer;
}

}  // namespace

// Exact bytes: a rounded size just over the limit would read like the limit.
Phrase file_too_large(std::size_t bytes, std::size_t limit)
{
    return phrase("fmt.diag.file_too_large", {{"size", std::to_string(bytes)}, {"limit", describe_size(limit)}});
}

std::string describe_size(std::size_t bytes)
{
    constexpr std::size_t kib = 1024, mib = kib * kib;
    if (bytes >= mib) {
        if (bytes % mib == 0)
            return std::to_string(bytes / mib) + " MiB";
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.1f MiB", static_cast<double>(bytes) / mib);
        return buffer;
    }
    if (bytes >= kib && bytes % kib == 0)
        return std::to_string(bytes / kib) + " KiB";
    return std::to_string(bytes) + " bytes";
}

int Source::character_column(int line, int byte_column) const
{
    if (line < 0 || byte_column < 0 || static_cast<std::size_t>(line) >= line_starts.size())
        return byte_column + 1;
    const std::size_t line_start = line_starts[static_cast<std::size_t>(line)];
    int from = 0, column = 1;
    if (line == memo_line_ && byte_column >= memo_byte_column_) {
        from = memo_byte_column_;
        column = memo_column_;
    }
    const std::size_t end = std::min(text.size(), line_start + static_cast<std::size_t>(byte_column));
    for (std::size_t i = line_start + static_cast<std::size_t>(from); i < end; ++i)
        if (!utf8_continuation(static_cast<unsigned char>(text[i])))
            ++column;
    memo_line_ = line;
    memo_byte_column_ = byte_column;
    memo_column_ = column;
    return column;
}

std::size_t Source::offset(int line, int byte_column) const
{
    if (line < 0 || static_cast<std::size_t>(line) >= line_starts.size())
        return text.size();
    return line_starts[static_cast<std::size_t>(line)] + static_cast<std::size_t>(std::max(byte_column, 0));
}

std::pair<int, int> Source::line_and_byte_column(std::size_t offset) const
{
    const auto next = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    const auto line = static_cast<int>(next - line_starts.begin()) - 1;
    return {line, static_cast<int>(offset - line_starts[static_cast<std::size_t>(line)])};
}

std::string_view Source::line_text(int line) const
{
    if (line < 0 || static_cast<std::size_t>(line) >= line_starts.size())
        return {};
    const std::size_t start = line_starts[static_cast<std::size_t>(line)];
    const std::size_t end = text.find('\n', start);
    return std::string_view(text).substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::optional<Source> prepare(std::string_view raw, const std::string& path, const Limits& limits,
                              std::vector<Diagnostic>& out)
{
    auto report = [&](int line, int column, Phrase message) {
        out.push_back({Severity::Error, path, line, column, std::move(message)});
    };
    if (raw.size() > limits.max_file_bytes) {
        report(0, 0, file_too_large(raw.size(), limits.max_file_bytes));
        return std::nullopt;
    }
    if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF") || raw.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
        report(1, 1, phrase("diag.yaml.utf16"));
        return std::nullopt;
    }
    if (raw.starts_with("\xEF\xBB\xBF"))
        raw.remove_prefix(3);
    // yaml-cpp would skip a second one unseen and count every position on
    // the first line three bytes off.
    if (raw.starts_with("\xEF\xBB\xBF")) {
        report(1, 1, phrase("diag.yaml.second_bom"));
        return std::nullopt;
    }

    Source source;
    source.text.reserve(raw.size());
    source.line_starts.push_back(0);
    int line = 1, column = 1;
    // The indentation of a line runs over spaces and the '-', '?' and ':'
    // indicators; the first tab in it is reported, blank lines included
    // (yaml-cpp refuses those too).
    bool in_indent = true;
    std::size_t tab_lines = 0;
    for (std::size_t i = 0; i < raw.size();) {
        const char c = raw[i];
        if (c == '\r' || c == '\n') {
            // CR LF and a lone CR both end a line.
            i += c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
            source.text += '\n';
            source.line_starts.push_back(source.text.size());
            ++line;
            column = 1;
            in_indent = true;
            continue;
        }
        if (!in_indent && ((c >= 0x20 && c < 0x7F) || c == '\t')) {
            // Past the indentation, a run of printable ASCII needs no check:
            // copied whole, it costs a fraction of the byte by byte way.
            std::size_t run = i + 1;
            while (run < raw.size() && ((raw[run] >= 0x20 && raw[run] < 0x7F) || raw[run] == '\t'))
                ++run;
            source.text.append(raw.substr(i, run - i));
            column += static_cast<int>(run - i);
            i = run;
            continue;
        }
        const std::size_t length = utf8_length(raw, i);
        if (length == 0) {
            report(line, column, phrase("fmt.diag.yaml.invalid_utf8", {{"byte", hex_byte(static_cast<unsigned char>(c))}}));
            return std::nullopt;
        }
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7F) {
            report(line, column, phrase("fmt.diag.yaml.control", {{"character", hex_byte(byte)}}));
            return std::nullopt;
        }
        // C1 controls (U+0080 to U+009F) are two bytes, 0xC2 0x80 to 0xC2 0x9F.
        if (length == 2 && byte == 0xC2 && static_cast<unsigned char>(raw[i + 1]) <= 0x9F) {
            char name[16];
            std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned char>(raw[i + 1]));
            report(line, column, phrase("fmt.diag.yaml.control", {{"character", std::string(name)}}));
            return std::nullopt;
        }
        if (in_indent && c == '\t') {
            if (tab_lines++ < kMaxTabReports)
                report(line, column, phrase("diag.yaml.tab_indent"));
            in_indent = false;  // once a line
        } else if (in_indent && c != ' ')
            in_indent = (c == '-' || c == '?' || c == ':') && i + 1 < raw.size() && is_blank(raw[i + 1]);
        source.text.append(raw.substr(i, length));
        i += length;
        ++column;
    }
    if (tab_lines > kMaxTabReports)
        report(0, 0, phrase("fmt.diag.yaml.more_tabs", {{"count", number(static_cast<long long>(tab_lines - kMaxTabReports))}}));
    if (tab_lines > 0)
        return std::nullopt;
    return source;
}

std::string anchor_name_at(const Source& source, std::size_t offset)
{
    std::string name;
    for (std::size_t i = offset + 1; i < source.text.size() && name.size() < 40; ++i) {
        const char c = source.text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}')
            break;
        name += c;
    }
    return name;
}

bool quote_is_closed(const Source& source, std::size_t offset)
{
    const char quote = source.at(offset);
    for (std::size_t i = offset + 1; i < source.text.size(); ++i) {
        const char c = source.text[i];
        if (quote == '"' && c == '\\')
            ++i;  // an escape: the next byte cannot close
        else if (c == quote) {
            if (quote == '\'' && source.at(i + 1) == '\'')
                ++i;  // '' is a quote inside single quotes
            else
                return true;
        }
    }
    return false;
}

}  // namespace prio::yaml::detail
