#include "io/yaml_tree.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "io/yaml_source.h"

namespace prio::yaml {

std::string_view kind_name(Node::Kind kind)
{
    switch (kind) {
    case Node::Kind::Null: return "nothing";
    case Node::Kind::Scalar: return "text";
    case Node::Kind::Sequence: return "a list";
    case Node::Kind::Map: return "a map";
    }
    return "nothing";
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
    namespace fs = std::filesystem;
    Parsed out;
    auto refuse = [&](std::string message) {
        out.diagnostics.push_back({Severity::Error, path, 0, 0, std::move(message)});
        return out;
    };
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        return refuse("cannot open the file: it does not exist");
    if (fs::is_directory(status))
        return refuse("cannot read the file: it is a directory");
    // Checked before reading, so a huge file costs no memory.
    const std::uintmax_t size = fs::file_size(path, error);
    if (!error && size > limits.max_file_bytes)
        return refuse(detail::file_too_large(size, limits.max_file_bytes));

    std::ifstream in(path, std::ios::binary);
    if (!in)
        return refuse(std::string("cannot open the file: ") + std::strerror(errno));
    // Read at most one byte past the limit: a pipe or a file that grew
    // since the size check is cut off there and refused by parse().
    std::string text;
    char buffer[64 * 1024];
    while (text.size() <= limits.max_file_bytes && in.read(buffer, sizeof buffer).gcount() > 0)
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        return refuse("cannot read the file");
    return parse(text, path, limits);
}

}  // namespace prio::yaml
