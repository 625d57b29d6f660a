#pragma once
// A guarded YAML reader shared by decks and sessions. It builds its own small
// tree from yaml-cpp's parser events, so it can refuse what yaml-cpp lets
// through (duplicate keys, anchors and aliases, tabs, invalid UTF-8, absurd
// sizes and depths) with a position, before anything costs memory.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/files/diagnostic.h"

namespace prio::yaml {

struct Limits {
    std::size_t max_file_bytes = 4u << 20;  // 4 MiB
    std::size_t max_scalar_bytes = 8u << 10;  // 8 KiB for one value
    std::size_t max_nodes = 200000;
    // How far yaml-cpp may read past the last value it reported: bounds the
    // tokens it holds back for one [ ] or { } block (see GuardedInput) to
    // some 20 MB, and is far above any sane run of comments or blank lines.
    std::size_t max_lookahead_bytes = 256u << 10;
    int max_depth = 64;
};

struct Node {
    // Out of line: `entries` holds pairs of Node, which clang can only
    // instantiate once Node is complete.
    Node();
    enum class Kind { Null, Scalar, Sequence, Map };
    Kind kind = Kind::Null;
    int line = 0;  // 1-based
    int column = 0;  // 1-based
    std::string scalar;
    bool quoted = false;  // the scalar was written in quotes: a string for sure
    std::vector<Node> items;  // Sequence
    std::vector<std::pair<Node, Node>> entries;  // Map: key, value, in file order
};

// "a map", "a list", "text", "nothing": for messages.
Phrase kind_phrase(Node::Kind kind);
// A found value as messages show it: 'many', "6" (quoted in the file), a
// map, a list, nothing. Long text is cut.
Phrase describe(const Node& node);
// The value under `key` in a map, or nullptr (also when `map` is not a map).
const Node* find(const Node& map, std::string_view key);

struct Parsed {
    std::optional<Node> root;  // set when the text is well-formed and within limits
    // The tree as far as it could be read when the only errors were ones that
    // leave its shape intact: a duplicate key (the first is kept), an anchor
    // (ignored), a non-text key (dropped), a too long value (cut to the limit).
    // A reader may check it to report its own problems in the same run; it is
    // never a basis for accepting the file. Unset when root is set.
    std::optional<Node> partial;
    std::vector<Diagnostic> diagnostics;
};

// `path` names the file in diagnostics. A UTF-8 BOM and CRLF line ends are
// accepted. An empty file (or one with only comments) gives a Null root at
// line 0, meaning the file as a whole.
Parsed parse(std::string_view text, const std::string& path, const Limits& limits = {});
// Reads through read_file: anything but a regular file (a directory, a FIFO,
// a device, a socket) and a file over the size limit are refused unread.
Parsed parse_file(const std::string& path, const Limits& limits = {});

// Walks a tree and reports what does not fit the expected shape, every
// problem with its position; callers keep going to report all of them.
class Reader {
public:
    explicit Reader(std::string path);

    // The value under `key` in `map`, or nullptr. A missing required key is
    // reported at the map's own position ("missing required field 'x' in ...").
    // `where` and `what` name the place for messages: phrases such as
    // "title of card 'x'" (see deck_checks.h), worded where they are shown.
    const Node* field(const Node& map, std::string_view key, bool required, const Phrase& where);
    // Each returns nullopt (and reports) when the node is not of that type.
    std::optional<std::string> text(const Node& node, const Phrase& what);
    std::optional<long long> integer(const Node& node, const Phrase& what, long long min, long long max);
    std::optional<bool> boolean(const Node& node, const Phrase& what);
    bool expect(const Node& node, Node::Kind kind, const Phrase& what);
    // Warns about keys not in `known`, so a newer file still opens.
    void unknown_keys(const Node& map, const std::vector<std::string_view>& known, const Phrase& where);

    // At most kMaxDiagnostics are kept, then one note that more were left
    // out, so a broken file of 2,000 cards still gives a readable report.
    static constexpr std::size_t kMaxDiagnostics = 100;
    void error(const Node& at, Phrase message);
    void warning(const Node& at, Phrase message);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    std::vector<Diagnostic> take_diagnostics() { return std::move(diagnostics_); }
    bool failed() const { return has_errors(diagnostics_); }

private:
    void add(Severity severity, const Node& at, Phrase message);

    std::string path_;
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace prio::yaml
