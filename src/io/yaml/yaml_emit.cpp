// The layout follows yaml-cpp 0.7's Emitter step by step (PrepareNode and
// its per-group variants, EndSeq/EndMap, SpaceOrIndentTo), for the part the
// program uses: no anchors, tags or aliases, and a comment only at the top.
// Where yaml-cpp writes something odd (an empty block list as "key:\n  []"),
// so does this, so that files stay byte for byte what they were.
#include "io/yaml/yaml_emit.h"

#include <cstdint>
#include <cstring>

#include "core/utf8.h"

namespace prio::yaml {
namespace {

// yaml-cpp's BlankOrBreak at i: the length it matches (a space, a tab, "\n"
// or "\r\n"), 0 for none.
std::size_t blank_or_break(std::string_view s, std::size_t i)
{
    if (i >= s.size())
        return 0;
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n')
        return 1;
    return c == '\r' && i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 0;
}

// (BlankOrBreak | end of text) at i.
bool scalar_may_end(std::string_view s, std::size_t i) { return i >= s.size() || blank_or_break(s, i) > 0; }

// yaml-cpp's NotPrintable, byte order mark, Break and Tab at i: a lone CR
// is none of them.
bool unprintable(std::string_view s, std::size_t i)
{
    const auto u = static_cast<unsigned char>(s[i]);
    if (u <= 0x0C || (u >= 0x0E && u <= 0x1F) || u == 0x7F)
        return true;
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (u == 0xC2 && ((next >= 0x80 && next <= 0x84) || (next >= 0x86 && next <= 0x9F)))
        return true;
    if (u == 0xEF && i + 2 < s.size() && s.compare(i, 3, "\xEF\xBB\xBF") == 0)
        return true;
    return u == '\r' && next == '\n';
}

// yaml-cpp's GetNextCodePointAndAdvance: a bad byte gives U+FFFD, and so
// does a surrogate, a noncharacter or anything past U+10FFFF.
char32_t next_code_point(std::string_view s, std::size_t& i)
{
    const auto lead = static_cast<unsigned char>(s[i]);
    int bytes = 0;
    switch (lead >> 4) {
    case 12: case 13: bytes = 2; break;
    case 14: bytes = 3; break;
    case 15: bytes = 4; break;
    default: bytes = lead < 0x80 ? 1 : -1; break;
    }
    ++i;
    if (bytes < 0)
        return 0xFFFD;
    if (bytes == 1)
        return lead;
    std::uint32_t c = lead & ~(0xFFu << (7 - bytes));
    for (--bytes; bytes > 0; ++i, --bytes) {
        if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    }
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF))
        return 0xFFFD;
    return c;
}

void append_escape(std::string& out, char32_t c)
{
    static const char kHex[] = "0123456789abcdef";
    const int digits = c < 0xFF ? 2 : 4;  // only C0, C1, U+00A0 and U+FEFF get here
    out += c < 0xFF ? "\\x" : "\\u";
    for (int d = digits - 1; d >= 0; --d)
        out += kHex[(c >> (4 * d)) & 0xF];
}

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// Whether a byte of w is zero, or below n (n <= 128): bit tricks that test
// eight bytes at once.
constexpr bool any_zero(std::uint64_t w) { return ((w - kOnes) & ~w & kHighs) != 0; }
constexpr bool any_below(std::uint64_t w, std::uint64_t n) { return ((w - kOnes * n) & ~w & kHighs) != 0; }

bool printable_ascii(char c, bool nor_escaped)
{
    return c >= 0x20 && c < 0x7F && !(nor_escaped && (c == '"' || c == '\\'));
}

}  // namespace

std::size_t printable_ascii_run(std::string_view s, std::size_t from, bool nor_escaped)
{
    std::size_t i = from;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if ((w & kHighs) || any_below(w, 0x20) || any_zero(w ^ (kOnes * 0x7F)) ||
            (nor_escaped && (any_zero(w ^ (kOnes * '"')) || any_zero(w ^ (kOnes * '\\')))))
            break;
    }
    while (i < s.size() && printable_ascii(s[i], nor_escaped))
        ++i;
    return i - from;
}

bool plain_allowed(std::string_view s, bool in_flow)
{
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return false;
    const char first = s[0];
    const std::string_view never_first = in_flow ? "?,[]{}#&*!|>'\"%@`" : ",[]{}#&*!|>'\"%@`";
    if (blank_or_break(s, 0) || never_first.find(first) != std::string_view::npos)
        return false;
    if (in_flow ? (first == '-' || first == ':') && (s.size() == 1 || s[1] == ' ' || s[1] == '\t')
                : (first == '-' || first == '?' || first == ':') && scalar_may_end(s, 1))
        return false;
    if (s.back() == ' ')
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ':' && (scalar_may_end(s, i + 1) || (in_flow && i + 1 < s.size() && std::strchr(",]}", s[i + 1]))))
            return false;
        if (in_flow && (c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}'))
            return false;
        if (const std::size_t n = blank_or_break(s, i); n && i + n < s.size() && s[i + n] == '#')
            return false;
        if (unprintable(s, i))
            return false;
    }
    return true;
}

void append_double_quoted(std::string& out, std::string_view s)
{
    out += '"';
    std::size_t i = 0;
    while (i < s.size()) {
        // Runs of printable ASCII go as they are.
        const std::size_t run = printable_ascii_run(s, i, true);
        out.append(s.substr(i, run));
        i += run;
        if (i == s.size())
            break;
        const char32_t c = next_code_point(s, i);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20 || (c >= 0x80 && c <= 0xA0) || c == 0xFEFF)
                append_escape(out, c);
            else
                utf8_append(out, c);  // never a surrogate: those became U+FFFD
        }
    }
    out += '"';
}

void PlainEmitter::write(std::string_view s)
{
    out_.append(s);
    if (const std::size_t newline = s.rfind('\n'); newline != std::string_view::npos) {
        column_ = s.size() - 1 - newline;
        in_comment_ = false;
    } else {
        column_ += s.size();
    }
}

void PlainEmitter::write(char c) { write(std::string_view(&c, 1)); }

void PlainEmitter::indent_to(std::size_t column)
{
    if (column_ < column)
        write(std::string(column - column_, ' '));
}

void PlainEmitter::space_or_indent_to(bool require_space, std::size_t indent)
{
    if (in_comment_)
        write('\n');
    if (column_ > 0 && require_space)
        write(' ');
    indent_to(indent);
}

void PlainEmitter::started_node()
{
    if (groups_.empty()) {
        ++documents_;
    } else {
        Group& g = groups_.back();
        if (++g.children % 2 == 0)
            g.long_key = false;
    }
    non_content_ = false;
}

void PlainEmitter::prepare(Next next, bool long_text)
{
    const bool scalar_like = next == Next::Scalar || next == Next::FlowSeq || next == Next::FlowMap;
    if (groups_.empty()) {
        if (next == Next::Nothing)
            return;
        if (documents_ > 0 && column_ > 0) {
            write("\n---\n");  // a second document, which the program never writes
            non_content_ = false;
        }
        if (scalar_like)
            space_or_indent_to(false, 0);
        else if (non_content_)
            write('\n');
        return;
    }
    Group& g = groups_.back();
    if (g.map && !g.flow)
        return prepare_block_map(next, long_text);
    if (!g.map && !g.flow) {
        if (next == Next::Nothing)
            return;
        if (g.children > 0 || in_comment_)
            write('\n');
        indent_to(indent_);
        write('-');
        if (scalar_like)
            space_or_indent_to(false, indent_ + kIndent);
        else if (next == Next::BlockSeq || in_comment_)
            write('\n');
        return;
    }
    // A flow group: "[" or "{" before the first entry, "," between, and
    // ":" between a key and its value.
    const std::size_t last = last_indent();
    const bool key = g.map && g.children % 2 == 0;
    if (key && long_text)
        g.long_key = true;
    if (!non_content_) {
        if (in_comment_)
            write('\n');
        indent_to(last);
        if (!g.map || key)
            write(g.children == 0 ? (g.long_key ? "{ ?" : g.map ? "{" : "[") : (g.long_key ? ", ?" : ","));
        else
            write(':');
    }
    if (scalar_like)
        space_or_indent_to(g.children > 0, last);
}

void PlainEmitter::prepare_block_map(Next next, bool long_text)
{
    Group& g = groups_.back();
    const bool key = g.children % 2 == 0;
    const bool block_child = next == Next::BlockSeq || next == Next::BlockMap;
    if (key && (long_text || block_child))
        g.long_key = true;
    if (g.long_key) {
        if (next == Next::Nothing)
            return;
        if (key) {
            if (g.children > 0)
                write('\n');
            if (in_comment_)
                write('\n');
            indent_to(indent_);
            write('?');
            if (!block_child)
                space_or_indent_to(true, indent_ + 1);
        } else {
            write('\n');
            indent_to(indent_);
            write(':');
            space_or_indent_to(true, indent_ + 1);
        }
        return;
    }
    if (key) {
        if (next == Next::Nothing)
            return;
        if (!non_content_ && g.children > 0)
            write('\n');
        if (!block_child)
            space_or_indent_to(false, indent_);
        return;
    }
    if (!non_content_)
        write(':');
    if (block_child)
        write('\n');
    else if (next != Next::Nothing)
        space_or_indent_to(true, indent_ + kIndent);
}

void PlainEmitter::begin(bool map, bool flow)
{
    flow = flow || (!groups_.empty() && groups_.back().flow);
    prepare(map ? (flow ? Next::FlowMap : Next::BlockMap) : (flow ? Next::FlowSeq : Next::BlockSeq), false);
    started_node();
    indent_ += groups_.empty() ? 0 : kIndent;
    groups_.push_back({map, flow, 0, false});
}

void PlainEmitter::end(char open, char close)
{
    Group& g = groups_.back();
    const bool was_flow = g.flow;
    if (g.children == 0)
        g.flow = true;
    if (g.flow) {
        if (in_comment_)
            write('\n');
        indent_to(indent_);
        if (!was_flow || (g.children == 0 && !non_content_))
            write(open);
        write(close);
    }
    groups_.pop_back();
    indent_ -= groups_.empty() ? 0 : kIndent;
    non_content_ = false;
}

void PlainEmitter::atom(std::string_view text, bool long_text)
{
    prepare(Next::Scalar, long_text);
    write_line_part(text);
    started_node();
}

void PlainEmitter::quoted(std::string_view text)
{
    prepare(Next::Scalar, text.size() > 1024);
    const std::size_t before = out_.size();
    append_double_quoted(out_, text);
    column_ += out_.size() - before;
    started_node();
}

void PlainEmitter::scalar(std::string_view text, bool double_quoted)
{
    const bool in_flow = !groups_.empty() && groups_.back().flow;
    if (!double_quoted && plain_allowed(text, in_flow))
        return atom(text, text.size() > 1024);
    quoted(text);
}

void PlainEmitter::value(long long number) { atom(std::to_string(number), false); }

void PlainEmitter::value(bool b) { atom(b ? "true" : "false", false); }

void PlainEmitter::comment(std::string_view text)
{
    prepare(Next::Nothing, false);
    if (column_ > 0)
        write("  ");
    write("# ");
    write(text);  // one line: yaml-cpp would repeat "# " after a line break
    in_comment_ = true;
    non_content_ = true;
}

}  // namespace prio::yaml
