// Builds the tree from yaml-cpp's parser events. Working on events rather
// than YAML::Load's node graph is what lets us see duplicate keys, refuse
// anchors and aliases before any expansion, and stop at a depth or node
// count long before memory or the stack run out.
#include <algorithm>
#include <cstdio>
#include <istream>
#include <unordered_map>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "io/files/text_safety.h"
#include "io/yaml/yaml_source.h"

namespace prio::yaml::detail {
namespace {

// What is wrong with a decoded value, or "": the first control character in
// it, or bytes that are not UTF-8. Either can only come from an escape here.
// yaml-cpp 0.7 decodes "\\N" (U+0085) and "\\_" (U+00A0) to one raw byte.
Phrase escape_problem(const std::string& value)
{
    char buffer[16];
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t at = i;
        const char32_t c = utf8_decode(value, i);
        const auto byte = static_cast<unsigned char>(value[at]);
        if (c == 0xFFFD && value.compare(at, 3, "\xEF\xBF\xBD") != 0) {
            if (byte > 0x9F) {
                std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
                return phrase("fmt.diag.yaml.escape_utf8", {{"byte", std::string(buffer)}});
            }
            std::snprintf(buffer, sizeof buffer, "U+%04X", byte);  // "\\N"
        } else if (is_control(c))
            std::snprintf(buffer, sizeof buffer, c < 0x80 ? "0x%02X" : "U+%04X", static_cast<unsigned>(c));
        else
            continue;
        return phrase("fmt.diag.yaml.escape_control", {{"character", std::string(buffer)}});
    }
    return {};
}

// Thrown out of yaml-cpp's parser once a fatal problem has been reported.
struct Stop {};

struct Frame {
    Node node;
    bool flow = false;  // written with [ ] or { }
    int start_offset = 0;
    // Maps: the key waiting for its value, and where each key was first seen.
    std::optional<Node> key;
    bool key_usable = false;
    int key_offset = -1;
    std::unordered_map<std::string, int> key_lines;
};

class Builder : public YAML::EventHandler {
public:
    Builder(const Source& source, const std::string& path, const Limits& limits, std::vector<Diagnostic>& out)
        : source_(source), path_(path), limits_(limits), out_(out)
    {
    }

    std::optional<Node> root;
    int documents = 0;
    int last_offset = 0;  // where the last event was, for GuardedInput

    void OnDocumentStart(const YAML::Mark& mark) override
    {
        if (++documents == 1)
            return;
        // yaml-cpp also starts a new document when top-level content does
        // not fit the one before, with no '---' at all.
        if (source_.text.compare(static_cast<std::size_t>(mark.pos), 3, "---") == 0)
            fail(mark, phrase("diag.yaml.second_document"));
        fail(mark, phrase("fmt.diag.yaml.not_continued", {{"kind", kind_phrase(root ? root->kind : Node::Kind::Null)}}));
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override
    {
        Node node = make(Node::Kind::Null, mark);
        if (!stack_.empty() && stack_.back().key) {
            const Frame& map = stack_.back();
            // yaml-cpp 0.7 reads a block-map line without ':' as a key with
            // an empty value at the key's own position.
            if (map.key_offset == mark.pos && map.node.kind == Node::Kind::Map && !map.flow)
                fail(mark, missing_colon_message(map.key->scalar));
            // An empty value is "found" where the next token starts, often
            // lines further down; the key's place is where the user looks.
            if (node.line > map.key->line) {
                node.line = map.key->line;
                node.column = map.key->column;
            }
        }
        add(std::move(node), mark.pos);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override
    {
        fail(mark, alias_message(anchor_name_at(source_, static_cast<std::size_t>(mark.pos))));
    }

    void OnAnchor(const YAML::Mark& mark, const std::string& name) override { report(mark, anchor_message(name)); }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override
    {
        Node node = make(Node::Kind::Scalar, mark);
        node.quoted = is_text(tag, mark);
        const char first = source_.at(static_cast<std::size_t>(mark.pos));
        if ((first == '"' || first == '\'') && !quote_is_closed(source_, static_cast<std::size_t>(mark.pos)))
            fail(mark, phrase("fmt.diag.yaml.quote_open", {{"quote", std::string(1, first)}}));
        // A literal control character never gets here (prepare refuses it);
        // one written as an escape ("\x07", "\e", "\0") is decoded by now.
        if (Phrase problem = escape_problem(value); !problem.key.empty())
            report(mark, std::move(problem));
        if (value.size() > limits_.max_scalar_bytes) {
            report(mark, phrase("fmt.diag.yaml.text_too_long",
                                {{"size", describe_size(value.size())}, {"limit", describe_size(limits_.max_scalar_bytes)}}));
            node.scalar = utf8_prefix(value, limits_.max_scalar_bytes);
        } else
            node.scalar = value;
        add(std::move(node), mark.pos);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value style) override
    {
        open(Node::Kind::Sequence, mark, style);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value style) override
    {
        open(Node::Kind::Map, mark, style);
    }
    void OnMapEnd() override { close(); }

    // The innermost open collection: where a "too deep" or "not closed"
    // problem is best shown.
    const Frame* innermost(bool flow_only) const
    {
        for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
            if (!flow_only || it->flow)
                return &*it;
        return nullptr;
    }

    void report_at(const Node& at, Phrase message) { report(at.line, at.column, std::move(message)); }
    void report(const YAML::Mark& mark, Phrase message)
    {
        report(mark.line + 1, source_.character_column(mark.line, mark.column), std::move(message));
    }
    void report(int line, int column, Phrase message)
    {
        add_limited(out_, Reader::kMaxDiagnostics, {Severity::Error, path_, line, column, std::move(message)});
    }

private:
    // yaml-cpp tags plain scalars "?", quoted or block ones "!", and passes
    // an explicit tag in full ("!!int 2": "tag:yaml.org,2002:int"). The core
    // schema's tags mean what they say; any other tag is refused.
    bool is_text(const std::string& tag, const YAML::Mark& mark)
    {
        static const std::string core = "tag:yaml.org,2002:";
        if (tag == "?")
            return false;
        if (tag == "!" || tag == core + "str")
            return true;
        for (const char* plain : {"int", "float", "bool", "null"})
            if (tag == core + plain)
                return false;
        const std::string shown = tag.starts_with(core) ? "!!" + tag.substr(core.size()) : tag;
        report(mark, phrase("fmt.diag.yaml.tag", {{"tag", shown}}));
        return true;
    }

    [[noreturn]] void fail(const YAML::Mark& mark, Phrase message)
    {
        report(mark, std::move(message));
        throw Stop{};
    }

    Node make(Node::Kind kind, const YAML::Mark& mark)
    {
        last_offset = std::max(last_offset, mark.pos);
        if (++nodes_ > limits_.max_nodes)
            fail(mark, phrase("fmt.diag.yaml.too_many_values", {{"max", number(static_cast<long long>(limits_.max_nodes))}}));
        Node node;
        node.kind = kind;
        node.line = mark.line + 1;
        node.column = source_.character_column(mark.line, mark.column);
        return node;
    }

    void open(Node::Kind kind, const YAML::Mark& mark, YAML::EmitterStyle::value style)
    {
        Node node = make(kind, mark);
        if (static_cast<int>(stack_.size()) >= limits_.max_depth)
            fail(mark, phrase("fmt.diag.yaml.too_deep", {{"max", number(limits_.max_depth)}}));
        Frame frame;
        frame.node = std::move(node);
        frame.flow = style == YAML::EmitterStyle::Flow;
        frame.start_offset = mark.pos;
        stack_.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(stack_.back());
        stack_.pop_back();
        add(std::move(frame.node), frame.start_offset);
    }

    // Hangs a finished node, which started at `offset`, onto the open
    // collection, or makes it the root.
    void add(Node node, int offset)
    {
        if (stack_.empty()) {
            root = std::move(node);
            return;
        }
        Frame& top = stack_.back();
        if (top.node.kind == Node::Kind::Sequence) {
            top.node.items.push_back(std::move(node));
            return;
        }
        if (!top.key) {
            top.key_usable = node.kind == Node::Kind::Scalar;
            if (node.kind == Node::Kind::Null)
                report_at(node, phrase("diag.yaml.key_missing"));
            else if (!top.key_usable)
                report_at(node, phrase("fmt.diag.yaml.key_not_text", {{"found", kind_phrase(node.kind)}}));
            top.key_offset = offset;
            top.key = std::move(node);
            return;
        }
        Node key = std::move(*top.key);
        top.key.reset();
        if (!top.key_usable)
            return;
        const auto [first, inserted] = top.key_lines.emplace(key.scalar, key.line);
        if (!inserted) {
            report_at(key, phrase("fmt.diag.yaml.duplicate_key", {{"key", key.scalar}, {"line", number(first->second)}}));
            return;
        }
        top.node.entries.emplace_back(std::move(key), std::move(node));
    }

    const Source& source_;
    const std::string& path_;
    const Limits& limits_;
    std::vector<Diagnostic>& out_;
    std::vector<Frame> stack_;
    std::size_t nodes_ = 0;
};

}  // namespace

Phrase too_many_problems(std::size_t max)
{
    return phrase("fmt.diag.too_many_problems", {{"max", number(static_cast<long long>(max))}});
}

void add_limited(std::vector<Diagnostic>& out, std::size_t max, Diagnostic d)
{
    if (out.size() < max)
        out.push_back(std::move(d));
    else if (out.size() == max)
        out.push_back({d.severity, d.path, 0, 0, too_many_problems(max)});
    else if (d.severity == Severity::Error)
        out.back().severity = Severity::Error;  // an error left out still fails the file
}

void keep_first(std::vector<Diagnostic>& all, std::size_t max)
{
    const Phrase note = too_many_problems(max);
    bool more = false, error_left_out = false;
    std::string path;
    std::erase_if(all, [&](const Diagnostic& d) {
        const bool is_note = d.line == 0 && d.message == note;
        if (is_note) {
            more = true;
            path = d.path;
            error_left_out = error_left_out || d.severity == Severity::Error;
        }
        return is_note;
    });
    if (all.size() > max) {
        more = true;
        path = all[max].path;
        for (std::size_t i = max; i < all.size(); ++i)
            error_left_out = error_left_out || all[i].severity == Severity::Error;
        all.resize(max);
    }
    if (more)
        all.push_back({error_left_out ? Severity::Error : Severity::Warning, path, 0, 0, note});
}

std::optional<Node> build_tree(const Source& source, const std::string& path, const Limits& limits,
                               std::vector<Diagnostic>& out, bool plain_first)
{
    if (plain_first) {
        // The fast reading is kept only when it had nothing to say: any
        // file with a problem is read and reported by yaml-cpp.
        std::vector<Diagnostic> quiet;
        Builder fast(source, path, limits, quiet);
        try {
            if (build_plain(source, limits.max_lookahead_bytes, fast) && quiet.empty() && fast.root)
                return std::move(fast.root);
        } catch (const Stop&) {
        }
    }
    Builder builder(source, path, limits, out);
    GuardedInput input(source.text, builder.last_offset, limits.max_lookahead_bytes);
    std::istream in(&input);
    in.exceptions(std::ios::badbit);  // let ReadTooFarAhead through yaml-cpp's reads
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const Stop&) {
        return std::nullopt;
    } catch (const ReadTooFarAhead&) {
        std::size_t offset = static_cast<std::size_t>(builder.last_offset);
        const Phrase message = lookahead_message(source, offset, limits.max_lookahead_bytes);
        const auto [line, byte_column] = source.line_and_byte_column(offset);
        builder.report(line + 1, source.character_column(line, byte_column), message);
        return std::nullopt;
    } catch (const YAML::DeepRecursion& e) {
        const Phrase message = phrase("fmt.diag.yaml.parser_depth", {{"depth", number(static_cast<long long>(e.depth()))}});
        if (const Frame* frame = builder.innermost(false))
            builder.report_at(frame->node, message);
        else
            builder.report(e.mark, message);
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        // An unclosed bracket is found at the end of the file; show the
        // bracket itself.
        const bool unclosed_list = e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW;
        const bool unclosed_map = e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW;
        const Frame* frame = unclosed_list || unclosed_map ? builder.innermost(true) : nullptr;
        if (frame && frame->node.kind == Node::Kind::Sequence)
            builder.report_at(frame->node, phrase("diag.yaml.list_open"));
        else if (frame)
            builder.report_at(frame->node, phrase("diag.yaml.map_open"));
        else {
            std::size_t offset = e.mark.is_null() ? source.text.size() : source.offset(e.mark.line, e.mark.column);
            const Phrase message = reword_syntax_error(e.msg, source, offset);
            const auto [line, byte_column] = source.line_and_byte_column(offset);
            if (e.mark.is_null())
                builder.report(0, 0, message);
            else
                builder.report(line + 1, source.character_column(line, byte_column), message);
        }
        return std::nullopt;
    }
    if (!builder.root) {
        Node empty;  // no document at all: line 0 stands for the whole file
        return empty;
    }
    return std::move(builder.root);
}

}  // namespace prio::yaml::detail
