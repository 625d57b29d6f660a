#include "io/yaml/yaml_tree.h"

#include "io/files/file_read.h"
#include "io/yaml/yaml_source.h"

namespace prio::yaml {

Node::Node() = default;

Phrase kind_phrase(Node::Kind kind)
{
    switch (kind) {
    case Node::Kind::Null: return phrase("diag.kind.nothing");
    case Node::Kind::Scalar: return phrase("diag.kind.text");
    case Node::Kind::Sequence: return phrase("diag.kind.list");
    case Node::Kind::Map: return phrase("diag.kind.map");
    }
    return phrase("diag.kind.nothing");
}

const Node* find(const Node& map, std::string_view key)
{
    for (const auto& [k, v] : map.entries)
        if (k.scalar == key)
            return &v;
    return nullptr;
}

Parsed parse(std::string_view text, const std::string& path, const Limits& limits)
{
    Parsed out;
    std::optional<detail::Source> source = detail::prepare(text, path, limits, out.diagnostics);
    if (!source)
        return out;
    std::optional<Node> tree = detail::build_tree(*source, path, limits, out.diagnostics);
    if (!tree)
        return out;
    if (has_errors(out.diagnostics))
        out.partial = std::move(tree);
    else
        out.root = std::move(tree);
    return out;
}

Parsed parse_file(const std::string& path, const Limits& limits)
{
    ReadResult read = read_file(path, limits.max_file_bytes);
    if (!read.bytes) {
        Parsed out;
        Phrase message = read.failure.fault == Fault::TooLarge
                             ? detail::file_too_large(read.failure.size, limits.max_file_bytes)
                             : cannot_read(read.failure);
        out.diagnostics.push_back({Severity::Error, path, 0, 0, std::move(message)});
        return out;
    }
    return parse(*read.bytes, path, limits);
}

}  // namespace prio::yaml
