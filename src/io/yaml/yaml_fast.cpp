// A fast reading of the plain block YAML that Prioriteer writes itself:
// block maps and lists by indentation, one-line scalars (plain, '...' and
// "..." with the common escapes) and one-line [ ] and { } blocks. yaml-cpp's
// scanner costs some 100 ns a byte, which put a session at the limits at two
// seconds; this reads the same file in a fraction of that. It gives yaml-cpp's
// events, with yaml-cpp's positions, to the same tree builder, so every check
// still applies. At the first thing outside that subset it gives up, and the
// caller reads the file again with yaml-cpp: any file that is not plain, and
// any file with a problem, is read and reported exactly as before.
#include <cstring>

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include "io/yaml/yaml_source.h"

namespace prio::yaml::detail {
namespace {

struct GiveUp {};

struct Line {
    std::size_t start = 0;  // offset of the line
    std::size_t content = 0;  // offset of its first non-space byte
    std::size_t end = 0;  // offset of its line break (or the end of the text)
    int number = 0;  // 0-based
    int indent() const { return static_cast<int>(content - start); }
};

bool is_space(char c) { return c == ' '; }

// Characters that start something other than a plain scalar.
bool is_indicator(char c)
{
    switch (c) {
    case '-': case '?': case ':': case ',': case '[': case ']': case '{': case '}': case '#':
    case '&': case '*': case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
        return true;
    default:
        return false;
    }
}

bool is_null_word(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

class FastScanner {
public:
    FastScanner(const Source& source, std::size_t max_lookahead, YAML::EventHandler& out) : text_(source.text), out_(out)
    {
        // yaml-cpp's reading refuses a run of text, or of comments, longer
        // than the lookahead limit (GuardedInput): such a file is its to judge.
        const std::size_t max_run = max_lookahead / 2;
        std::size_t previous = 0;
        std::size_t at = 0;
        int number = 0;
        while (at < text_.size()) {
            std::size_t end = text_.find('\n', at);
            if (end == std::string::npos)
                end = text_.size();
            std::size_t content = at;
            while (content < end && is_space(text_[content]))
                ++content;
            if (std::memchr(text_.data() + at, '\t', end - at))
                throw GiveUp{};
            if (content < end && text_[content] != '#') {
                if (end - previous > max_run)
                    throw GiveUp{};
                previous = at;
                lines_.push_back({at, content, end, number});
            }
            at = end + 1;
            ++number;
        }
    }

    void document()
    {
        if (lines_.empty())
            throw GiveUp{};  // an empty file: yaml-cpp's way is cheap
        const Line& first = lines_.front();
        const std::string_view start = line_view(first);
        if (start.starts_with("---") || start.starts_with("...") || start.starts_with("%"))
            throw GiveUp{};
        out_.OnDocumentStart(mark(first.content));
        block_node(first.indent());
        if (next_ < lines_.size())
            throw GiveUp{};  // something left, less indented: yaml-cpp decides
        out_.OnDocumentEnd();
    }

private:
    std::string_view line_view(const Line& line) const { return std::string_view(text_).substr(line.content, line.end - line.content); }

    YAML::Mark mark(std::size_t offset) const
    {
        const Line& line = lines_[std::min(next_, lines_.size() - 1)];
        YAML::Mark m;
        m.pos = static_cast<int>(offset);
        m.line = line.number;
        m.column = static_cast<int>(offset - line.start);
        return m;
    }

    static bool is_item(std::string_view s) { return s.starts_with('-') && (s.size() == 1 || s[1] == ' '); }

    // Where the ':' of a "key: value" line is, or npos when it is not one.
    std::size_t key_colon(std::size_t from, std::size_t end) const
    {
        const char first = text_[from];
        if (is_indicator(first) || first == '"' || first == '\'')
            return std::string::npos;
        for (std::size_t i = from; i < end; ++i) {
            if (text_[i] == '#' && is_space(text_[i - 1]))
                return std::string::npos;
            if (text_[i] == ':' && (i + 1 == end || is_space(text_[i + 1])))
                return i;
        }
        return std::string::npos;
    }

    // The node whose first line is the current one, at `indent`.
    void block_node(int indent)
    {
        const Line& line = lines_[next_];
        if (line.indent() != indent)
            throw GiveUp{};
        if (is_item(line_view(line)))
            sequence(indent);
        else if (key_colon(line.content, line.end) != std::string::npos)
            map(line.content);
        else
            throw GiveUp{};
    }

    void sequence(int indent)
    {
        out_.OnSequenceStart(mark(lines_[next_].content), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
        while (next_ < lines_.size() && lines_[next_].indent() == indent && is_item(line_view(lines_[next_]))) {
            const Line& line = lines_[next_];
            std::size_t at = line.content + 1;
            while (at < line.end && is_space(text_[at]))
                ++at;
            if (at == line.end || text_[at] == '#')
                throw GiveUp{};  // "-" alone: the item is on the lines below
            if (is_item(std::string_view(text_).substr(at, line.end - at)))
                throw GiveUp{};
            if (key_colon(at, line.end) != std::string::npos)
                map(at);  // "- key: value": a map whose keys stand at `at`
            else
                inline_value(at, line, indent);
        }
        out_.OnSequenceEnd();
    }

    // A map whose first key is at `key_at` on the current line.
    void map(std::size_t key_at)
    {
        const int column = static_cast<int>(key_at - lines_[next_].start);
        out_.OnMapStart(mark(key_at), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
        bool first = true;
        while (next_ < lines_.size()) {
            const Line& line = lines_[next_];
            const std::size_t at = first ? key_at : line.content;
            if (!first && line.indent() != column)
                break;
            first = false;
            const std::size_t colon = key_colon(at, line.end);
            if (colon == std::string::npos)
                throw GiveUp{};
            const std::string_view key = std::string_view(text_).substr(at, colon - at);
            if (key.ends_with(' ') || is_null_word(key))
                throw GiveUp{};
            out_.OnScalar(mark(at), "?", YAML::NullAnchor, std::string(key));
            std::size_t value = colon + 1;
            while (value < line.end && is_space(text_[value]))
                ++value;
            if (value == line.end || text_[value] == '#')
                nested_value(column, colon + 1);
            else
                inline_value(value, line, column);
        }
        if (next_ < lines_.size() && lines_[next_].indent() > column)
            throw GiveUp{};
        out_.OnMapEnd();
    }

    // A key with nothing after it on its line, in a map at `indent`: the
    // value is on the lines below (a list may stand at the key's own
    // indent), or there is none.
    void nested_value(int indent, std::size_t after)
    {
        const int number = lines_[next_].number;
        ++next_;
        if (next_ < lines_.size()) {
            const Line& below = lines_[next_];
            if (below.indent() > indent || (below.indent() == indent && is_item(line_view(below)))) {
                block_node(below.indent());
                return;
            }
        }
        // yaml-cpp finds an empty value where the next token starts, below.
        YAML::Mark m;
        m.pos = static_cast<int>(after);
        m.line = number + 1;
        m.column = 0;
        out_.OnNull(m, YAML::NullAnchor);
    }

    // A one-line value from `at` on `line`, in a collection at `indent`.
    void inline_value(std::size_t at, const Line& line, int indent)
    {
        std::size_t end = line.end;
        if (text_[at] == '[' || text_[at] == '{')
            at = flow(at, end);
        else if (text_[at] == '"' || text_[at] == '\'')
            at = quoted(at, end);
        else
            at = plain(at, end, false);
        while (at < end && is_space(text_[at]))
            ++at;
        if (at < end && !(text_[at] == '#' && is_space(text_[at - 1])))
            throw GiveUp{};
        ++next_;
        // A more indented line below would continue a plain scalar or be an error.
        if (next_ < lines_.size() && lines_[next_].indent() > indent)
            throw GiveUp{};
    }

    // A plain scalar from `at`; returns where it ends.
    std::size_t plain(std::size_t at, std::size_t end, bool in_flow)
    {
        const char first = text_[at];
        // "-5" and "?T" are plain: a '-' or '?' followed by a character.
        const char second = at + 1 < end ? text_[at + 1] : ' ';
        const bool plain_start = (first == '-' || first == '?') && !is_space(second) &&
                                 !(in_flow && (second == ',' || second == '[' || second == ']' || second == '{' || second == '}'));
        if (is_indicator(first) && !plain_start)
            throw GiveUp{};
        std::size_t stop = at;
        for (; stop < end; ++stop) {
            const char c = text_[stop];
            if (c == '#' && is_space(text_[stop - 1]))
                break;
            // yaml-cpp ends a plain scalar at ": " (in [ ] and { } also at
            // ":," ":]" ":}"), which would make it a key here.
            const char after = stop + 1 < end ? text_[stop + 1] : ' ';
            if (c == ':' && (is_space(after) || (in_flow && (after == ',' || after == ']' || after == '}'))))
                throw GiveUp{};
            if (in_flow && (c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}'))
                break;
        }
        std::size_t last = stop;
        while (last > at && is_space(text_[last - 1]))
            --last;
        const std::string_view value = std::string_view(text_).substr(at, last - at);
        if (value.empty() || is_null_word(value))
            throw GiveUp{};
        out_.OnScalar(mark(at), "?", YAML::NullAnchor, std::string(value));
        return last;
    }

    // A quoted scalar that closes on its line; returns the offset after it.
    std::size_t quoted(std::size_t at, std::size_t end)
    {
        const char quote = text_[at];
        std::string value;
        std::size_t i = at + 1;
        for (;; ++i) {
            if (i >= end)
                throw GiveUp{};  // continues on the next line: folding rules
            const char c = text_[i];
            if (c == quote) {
                if (quote == '\'' && i + 1 < end && text_[i + 1] == '\'') {
                    value += '\'';
                    ++i;
                    continue;
                }
                break;
            }
            if (quote == '"' && c == '\\') {
                if (++i >= end)
                    throw GiveUp{};
                switch (text_[i]) {
                case '\\': value += '\\'; break;
                case '"': value += '"'; break;
                case '/': value += '/'; break;
                case 'n': value += '\n'; break;
                case 't': value += '\t'; break;
                case 'x': i = hex_escape(i, 2, end, value); break;
                case 'u': i = hex_escape(i, 4, end, value); break;
                case 'U': i = hex_escape(i, 8, end, value); break;
                default: throw GiveUp{};
                }
                continue;
            }
            value += c;
        }
        out_.OnScalar(mark(at), "!", YAML::NullAnchor, value);
        return i + 1;
    }

    // "\\xA0", "\\u00E9", "\\U0001F642" (the letter is at `at`), as yaml-cpp
    // decodes them, to UTF-8; returns the offset of the last digit. Control
    // characters and what is no character are left to yaml-cpp's reading.
    std::size_t hex_escape(std::size_t at, std::size_t digits, std::size_t end, std::string& value) const
    {
        if (at + digits >= end)
            throw GiveUp{};
        char32_t c = 0;
        for (std::size_t k = 1; k <= digits; ++k) {
            const char h = text_[at + k];
            const int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0)
                throw GiveUp{};
            c = c * 16 + static_cast<char32_t>(d);
        }
        if (c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
            throw GiveUp{};
        if (c < 0x800) {
            value += static_cast<char>(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            value += static_cast<char>(0xE0 | (c >> 12));
            value += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        } else {
            value += static_cast<char>(0xF0 | (c >> 18));
            value += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            value += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        }
        value += static_cast<char>(0x80 | (c & 0x3F));
        return at + digits;
    }

    std::size_t skip_spaces(std::size_t at, std::size_t end) const
    {
        while (at < end && is_space(text_[at]))
            ++at;
        if (at >= end)
            throw GiveUp{};  // a [ ] or { } that goes on below
        return at;
    }

    std::size_t flow_value(std::size_t at, std::size_t end)
    {
        if (text_[at] == '[' || text_[at] == '{')
            return flow(at, end);
        if (text_[at] == '"' || text_[at] == '\'')
            return quoted(at, end);
        return plain(at, end, true);
    }

    // A [ ] or { } block that closes on its line; returns the offset after it.
    std::size_t flow(std::size_t at, std::size_t end)
    {
        const bool is_map = text_[at] == '{';
        const char close = is_map ? '}' : ']';
        if (is_map)
            out_.OnMapStart(mark(at), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
        else
            out_.OnSequenceStart(mark(at), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
        at = skip_spaces(at + 1, end);
        if (text_[at] != close) {
            for (;;) {
                if (is_map) {
                    at = plain_key(at, end);
                    at = skip_spaces(at, end);
                }
                at = skip_spaces(flow_value(at, end), end);
                if (text_[at] == close)
                    break;
                if (text_[at] != ',')
                    throw GiveUp{};
                at = skip_spaces(at + 1, end);
                if (text_[at] == close)
                    throw GiveUp{};  // a trailing comma
            }
        }
        if (is_map)
            out_.OnMapEnd();
        else
            out_.OnSequenceEnd();
        return at + 1;
    }

    // "key: " inside { }; returns the offset after the ':'.
    std::size_t plain_key(std::size_t at, std::size_t end)
    {
        std::size_t colon = at;
        while (colon < end && text_[colon] != ':' && text_[colon] != ',' && text_[colon] != '}' && text_[colon] != '#')
            ++colon;
        if (colon + 1 >= end || text_[colon] != ':' || !is_space(text_[colon + 1]) || colon == at)
            throw GiveUp{};
        const std::string_view key = std::string_view(text_).substr(at, colon - at);
        if (is_indicator(key.front()) || key.ends_with(' ') || is_null_word(key) || key.find_first_of("[]{\"'") != std::string_view::npos)
            throw GiveUp{};
        out_.OnScalar(mark(at), "?", YAML::NullAnchor, std::string(key));
        return colon + 1;
    }

    const std::string& text_;
    YAML::EventHandler& out_;
    std::vector<Line> lines_;
    std::size_t next_ = 0;  // the current line in lines_
};

}  // namespace

bool build_plain(const Source& source, std::size_t max_lookahead, YAML::EventHandler& out)
{
    try {
        FastScanner scanner(source, max_lookahead, out);
        scanner.document();
        return true;
    } catch (const GiveUp&) {
        return false;
    }
}

}  // namespace prio::yaml::detail
