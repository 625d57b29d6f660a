#pragma once
// Writing YAML. The session writer speaks to an Emitter; PlainEmitter is
// ours and writes byte for byte what yaml-cpp 0.7's emitter writes with an
// indent of 2 (block and flow groups, simple and long keys, plain and
// double-quoted scalars), at a small part of its cost: yaml-cpp checks
// every byte of a scalar against a tree of regular expressions, which made
// a session at the limits take more than a second to write. The tests run
// the same writer over yaml-cpp's emitter and compare the bytes.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prio::yaml {

class Emitter {
public:
    virtual ~Emitter() = default;
    // A comment line; only before the first node.
    virtual void comment(std::string_view text) = 0;
    // A group; `flow` asks for [ ] or { } (inside a flow group it always is).
    virtual void begin_map(bool flow) = 0;
    virtual void end_map() = 0;
    virtual void begin_seq(bool flow) = 0;
    virtual void end_seq() = 0;
    // A key or a value: plain when YAML allows it, else double-quoted;
    // `double_quoted` forces the quotes.
    virtual void scalar(std::string_view text, bool double_quoted = false) = 0;
    virtual void value(long long number) = 0;
    virtual void value(bool b) = 0;
    // All written so far, moved out: the emitter is done.
    virtual std::string take() = 0;
};

class PlainEmitter final : public Emitter {
public:
    void comment(std::string_view text) override;
    void begin_map(bool flow) override { begin(true, flow); }
    void end_map() override { end('{', '}'); }
    void begin_seq(bool flow) override { begin(false, flow); }
    void end_seq() override { end('[', ']'); }
    void scalar(std::string_view text, bool double_quoted = false) override;
    void value(long long number) override;
    void value(bool b) override;
    std::string take() override { return std::move(out_); }

private:
    // What comes next, as yaml-cpp's EmitterNodeType.
    enum class Next { Nothing, Scalar, FlowSeq, FlowMap, BlockSeq, BlockMap };
    struct Group {
        bool map = false;
        bool flow = false;
        std::size_t children = 0;
        bool long_key = false;
    };

    void begin(bool map, bool flow);
    void end(char open, char close);
    void atom(std::string_view text, bool long_text);
    void quoted(std::string_view text);
    void prepare(Next next, bool long_text);
    void prepare_block_map(Next next, bool long_text);
    void started_node();
    void write(std::string_view s);
    void write(char c);
    // A scalar is one line: plain ones cannot hold a line break, and
    // double-quoted ones escape it.
    void write_line_part(std::string_view s)
    {
        out_.append(s);
        column_ += s.size();
    }
    void indent_to(std::size_t column);
    void space_or_indent_to(bool require_space, std::size_t indent);
    std::size_t last_indent() const { return groups_.size() <= 1 ? 0 : indent_ - kIndent; }

    static constexpr std::size_t kIndent = 2;
    std::string out_;
    std::vector<Group> groups_;
    std::size_t indent_ = 0;
    std::size_t column_ = 0;
    std::size_t documents_ = 0;
    bool in_comment_ = false;  // the line so far is a comment
    bool non_content_ = false;  // a comment came since the last node
};

// yaml-cpp's rule for a scalar that may be written plain, in a block or a
// flow group; and its double-quoted form (escapes, and U+FFFD for what is
// not a character).
bool plain_allowed(std::string_view s, bool in_flow);
// The length of the run from `from` of printable ASCII (0x20 to 0x7E), and
// without '"' and '\\' when `nor_escaped`; eight bytes at a time.
std::size_t printable_ascii_run(std::string_view s, std::size_t from, bool nor_escaped);
void append_double_quoted(std::string& out, std::string_view s);

}  // namespace prio::yaml
