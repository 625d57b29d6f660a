// yaml-cpp's syntax errors say what its scanner tripped over ("illegal map
// value"); these say what the writer of the file most likely did and how to
// fix it.
#include <algorithm>

#include <yaml-cpp/exceptions.h>

#include "io/yaml/yaml_source.h"

namespace prio::yaml::detail {
namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// True when the last non-blank byte before `offset` on its line is a quote:
// text after a closing quote is the usual cause of "end of map not found".
bool after_closing_quote(const Source& source, std::size_t offset)
{
    std::size_t i = std::min(offset, source.text.size());
    while (i > 0 && (source.text[i - 1] == ' ' || source.text[i - 1] == '\t'))
        --i;
    return i > 0 && (source.text[i - 1] == '"' || source.text[i - 1] == '\'');
}

// A line such as "title" where "title: ..." was meant: plain text at the
// start, no ':' anywhere (comments may hold one, but then we stay silent).
bool lacks_colon(std::string_view text, std::size_t first)
{
    return first != std::string_view::npos && text.find(':') == std::string_view::npos &&
           std::string_view("-?[{\"'&*!|>%@`#").find(text[first]) == std::string_view::npos;
}

// yaml-cpp reads a line without ':' in a block map as the start of a key
// that runs on over the next line, and trips at that line's ':' or, after a
// comment, at the line itself. Returns the offset of that line's text.
std::optional<std::size_t> line_without_colon(const Source& source, std::size_t offset, bool check_own_line)
{
    const auto [line, byte_column] = source.line_and_byte_column(offset);
    const std::string_view own = source.line_text(line);
    const std::size_t indent = own.find_first_not_of(' ');
    if (check_own_line)
        return static_cast<std::size_t>(byte_column) == indent && lacks_colon(own, indent) ? std::optional(offset) : std::nullopt;
    for (int above = line - 1; above >= 0; --above) {
        const std::string_view text = source.line_text(above);
        const std::size_t first = text.find_first_not_of(' ');
        if (first == std::string_view::npos || text[first] == '#')
            continue;
        if (first != indent || !lacks_colon(text, first))
            return std::nullopt;
        return source.line_starts[static_cast<std::size_t>(above)] + first;
    }
    return std::nullopt;
}

// The backslash that starts the escape yaml-cpp complains about just after.
std::size_t escape_start(const Source& source, std::size_t offset)
{
    for (std::size_t i = offset; i > 0 && offset - i < 12; --i)
        if (source.at(i - 1) == '\\')
            return i - 1;
    return offset;
}

}  // namespace

Phrase missing_colon_message(std::string_view key)
{
    std::string shown(utf8_prefix(key, 40));
    while (!shown.empty() && shown.back() == ' ')
        shown.pop_back();
    return phrase("fmt.diag.yaml.missing_colon", {{"key", shown}});
}

Phrase anchor_message(const std::string& name) { return phrase("fmt.diag.yaml.anchor", {{"name", name}}); }

Phrase alias_message(const std::string& name) { return phrase("fmt.diag.yaml.alias", {{"name", name}}); }

Phrase lookahead_message(const Source& source, std::size_t& offset, std::size_t max_lookahead)
{
    // A bracket where a value can start: at the start of a line or after
    // ':', '-', '?', ',' or another bracket, spaces between. One inside
    // plain text ("see [1]") follows a word and is skipped.
    char before = '\n';
    const std::size_t end = std::min(source.text.size(), offset + max_lookahead);
    for (std::size_t i = offset; i < end; ++i) {
        const char c = source.text[i];
        if ((c == '[' || c == '{') && std::string_view("\n:-?,[{").find(before) != std::string_view::npos) {
            offset = i;
            return phrase(c == '[' ? "fmt.diag.yaml.flow_list_too_large" : "fmt.diag.yaml.flow_map_too_large",
                          {{"size", describe_size(max_lookahead)}});
        }
        if (c != ' ')
            before = c;
    }
    return phrase("fmt.diag.yaml.lookahead", {{"size", describe_size(max_lookahead)}});
}

Phrase reword_syntax_error(const std::string& message, const Source& source, std::size_t& offset)
{
    namespace m = YAML::ErrorMsg;
    if (message == m::MAP_VALUE || message == m::END_OF_MAP) {
        if (std::optional<std::size_t> line = line_without_colon(source, offset, message == m::END_OF_MAP)) {
            offset = *line;
            const std::string_view text = source.line_text(source.line_and_byte_column(offset).first);
            return missing_colon_message(text.substr(text.find_first_not_of(' ')));
        }
    }
    if (message == m::INVALID_HEX || starts_with(message, m::INVALID_ESCAPE) || starts_with(message, m::INVALID_UNICODE))
        offset = escape_start(source, offset);
    const char here = source.at(offset);
    const Phrase shown = here == '\n' || here == '\0' ? phrase("diag.yaml.end_of_line") : Phrase("'" + std::string(1, here) + "'");

    if (message == m::MAP_VALUE)
        return phrase("diag.yaml.map_value");
    if (message == m::MAP_KEY)
        return phrase("diag.yaml.map_key");
    if (message == m::BLOCK_ENTRY)
        return phrase("diag.yaml.block_entry");
    if (message == m::END_OF_MAP || message == m::END_OF_SEQ) {
        if (after_closing_quote(source, offset))
            return phrase("diag.yaml.after_quote");
        return phrase(message == m::END_OF_MAP ? "diag.yaml.not_in_map" : "diag.yaml.not_in_list");
    }
    if (message == m::END_OF_SEQ_FLOW)
        return phrase("diag.yaml.flow_list_open");
    if (message == m::END_OF_MAP_FLOW)
        return phrase("diag.yaml.flow_map_open");
    if (message == m::FLOW_END)
        return phrase("fmt.diag.yaml.flow_end", {{"found", shown}});
    if (message == m::UNKNOWN_TOKEN || message == m::CHAR_IN_SCALAR)
        return phrase("fmt.diag.yaml.cannot_start", {{"found", shown}});
    if (starts_with(message, m::INVALID_ESCAPE))
        return phrase("fmt.diag.yaml.unknown_escape", {{"escape", message.substr(std::string(m::INVALID_ESCAPE).size())}});
    if (message == m::INVALID_HEX)
        return phrase("diag.yaml.invalid_hex");
    if (starts_with(message, m::INVALID_UNICODE))
        return phrase("diag.yaml.invalid_unicode");
    if (message == m::EOF_IN_SCALAR)
        return phrase("diag.yaml.eof_in_quotes");
    if (message == m::DOC_IN_SCALAR)
        return phrase("diag.yaml.document_in_quotes");
    if (message == m::TAB_IN_INDENTATION)
        return phrase("diag.yaml.tab_indent");
    if (message == m::CHAR_IN_BLOCK)
        return phrase("diag.yaml.text_after_block");
    if (message == m::ZERO_INDENT_IN_BLOCK)
        return phrase("diag.yaml.zero_indent");
    if (message == m::UNKNOWN_ANCHOR || message == m::ALIAS_NOT_FOUND || message == m::CHAR_IN_ALIAS ||
        message == m::MULTIPLE_ALIASES || message == m::ALIAS_CONTENT)
        return alias_message(here == '*' ? anchor_name_at(source, offset) : std::string());
    if (message == m::ANCHOR_NOT_FOUND || message == m::CHAR_IN_ANCHOR || message == m::MULTIPLE_ANCHORS ||
        message == m::AMBIGUOUS_ANCHOR)
        return anchor_message(here == '&' ? anchor_name_at(source, offset) : std::string());
    if (message == m::MULTIPLE_TAGS || message == m::CHAR_IN_TAG_HANDLE || message == m::TAG_WITH_NO_SUFFIX ||
        message == m::END_OF_VERBATIM_TAG)
        return phrase("diag.yaml.invalid_tag");
    if (message == m::YAML_DIRECTIVE_ARGS || message == m::YAML_MAJOR_VERSION || message == m::REPEATED_YAML_DIRECTIVE ||
        message == m::TAG_DIRECTIVE_ARGS || message == m::REPEATED_TAG_DIRECTIVE || starts_with(message, m::YAML_VERSION))
        return phrase("diag.yaml.directive");
    return phrase("fmt.diag.yaml.other", {{"message", message}});
}

}  // namespace prio::yaml::detail
