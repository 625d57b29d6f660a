#include <algorithm>

#include "io/yaml/yaml_source.h"
#include "io/yaml/yaml_tree.h"

namespace prio::yaml {
namespace {

bool is_decimal(const std::string& s)
{
    const std::size_t start = !s.empty() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
    return s.size() > start && std::all_of(s.begin() + static_cast<long>(start), s.end(),
                                           [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Phrase describe(const Node& node)
{
    if (node.kind != Node::Kind::Scalar)
        return kind_phrase(node.kind);
    std::string shown(utf8_prefix(node.scalar, 40));
    std::replace(shown.begin(), shown.end(), '\n', ' ');
    if (shown.size() < node.scalar.size())
        shown += "...";
    return node.quoted ? "\"" + shown + "\"" : "'" + shown + "'";
}

Reader::Reader(std::string path) : path_(std::move(path)) {}

const Node* Reader::field(const Node& map, std::string_view key, bool required, const Phrase& where)
{
    if (map.kind != Node::Kind::Map)
        return nullptr;
    const Node* value = find(map, key);
    if (!value && required)
        error(map, phrase("fmt.diag.missing_field", {{"key", std::string(key)}, {"where", where}}));
    return value;
}

std::optional<std::string> Reader::text(const Node& node, const Phrase& what)
{
    if (node.kind == Node::Kind::Scalar)
        return node.scalar;
    error(node, phrase("fmt.diag.must_be_text", {{"what", what}, {"found", describe(node)}}));
    return std::nullopt;
}

std::optional<long long> Reader::integer(const Node& node, const Phrase& what, long long min, long long max)
{
    // Plain digits only: a quoted "6" is text in YAML, and saying so now
    // saves a surprise in any other YAML tool.
    if (node.kind == Node::Kind::Scalar && !node.quoted && is_decimal(node.scalar) && node.scalar.size() <= 18) {
        const long long value = std::stoll(node.scalar);
        if (value >= min && value <= max)
            return value;
    }
    error(node, phrase("fmt.diag.must_be_number", {{"what", what}, {"min", number(min)}, {"max", number(max)}, {"found", describe(node)}}));
    return std::nullopt;
}

std::optional<bool> Reader::boolean(const Node& node, const Phrase& what)
{
    if (node.kind == Node::Kind::Scalar && !node.quoted) {
        const std::string& s = node.scalar;
        if (s == "true" || s == "True" || s == "TRUE")
            return true;
        if (s == "false" || s == "False" || s == "FALSE")
            return false;
    }
    error(node, phrase("fmt.diag.must_be_boolean", {{"what", what}, {"found", describe(node)}}));
    return std::nullopt;
}

bool Reader::expect(const Node& node, Node::Kind kind, const Phrase& what)
{
    if (node.kind == kind)
        return true;
    error(node, phrase("fmt.diag.must_be", {{"what", what}, {"kind", kind_phrase(kind)}, {"found", describe(node)}}));
    return false;
}

void Reader::unknown_keys(const Node& map, const std::vector<std::string_view>& known, const Phrase& where)
{
    for (const auto& [key, value] : map.entries) {
        if (std::find(known.begin(), known.end(), key.scalar) != known.end())
            continue;
        std::string list;
        for (std::string_view k : known)
            list += (list.empty() ? "" : ", ") + std::string(k);
        warning(key, phrase("fmt.diag.unknown_field", {{"key", key.scalar}, {"where", where}, {"known", list}}));
    }
}

void Reader::error(const Node& at, Phrase message) { add(Severity::Error, at, std::move(message)); }
void Reader::warning(const Node& at, Phrase message) { add(Severity::Warning, at, std::move(message)); }

void Reader::add(Severity severity, const Node& at, Phrase message)
{
    detail::add_limited(diagnostics_, kMaxDiagnostics, {severity, path_, at.line, at.column, std::move(message)});
}

}  // namespace prio::yaml
