#pragma once
// Internal to the YAML tree reader: the checks made on the raw text before
// yaml-cpp sees it, and the mapping from yaml-cpp's positions to ours.
#include <cstddef>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/utf8.h"
#include "io/files/diagnostic.h"
#include "io/yaml/yaml_tree.h"

namespace YAML {
class EventHandler;
}

namespace prio::yaml::detail {

// The text as handed to yaml-cpp: valid UTF-8, no BOM, LF line ends (a CR
// before LF is dropped, so lines and columns stay as the user sees them).
struct Source {
    std::string text;
    std::vector<std::size_t> line_starts;  // byte offset of each line

    // yaml-cpp counts columns in bytes; people and editors count characters.
    // Takes 0-based line and byte column, returns a 1-based character column.
    // Remembers the last answer, so positions that move along one long line
    // cost linear time, not quadratic.
    int character_column(int line, int byte_column) const;
    // The byte at a 0-based offset, or '\0' past the end.
    char at(std::size_t offset) const { return offset < text.size() ? text[offset] : '\0'; }
    // The 0-based offset of a 0-based line and byte column, and back.
    std::size_t offset(int line, int byte_column) const;
    std::pair<int, int> line_and_byte_column(std::size_t offset) const;
    // The text of a 0-based line, without its line break.
    std::string_view line_text(int line) const;

private:
    mutable int memo_line_ = -1;
    mutable int memo_byte_column_ = 0;
    mutable int memo_column_ = 1;
};

// Size, encoding, control characters and tab indentation. Reports into
// `out` and returns nullopt when the text must not be parsed.
std::optional<Source> prepare(std::string_view raw, const std::string& path, const Limits& limits,
                              std::vector<Diagnostic>& out);

// Hands the text to yaml-cpp a piece at a time and throws ReadTooFarAhead
// when it reads more than `max_lookahead` bytes past the last event. yaml-cpp
// keeps every token of a [ ] or { } block that might turn out to be a key
// until the block closes (some 160 bytes a token), so a 4 MiB "[1,1,1,..."
// would cost 600 MB before the first event could stop it.
struct ReadTooFarAhead {};
class GuardedInput : public std::streambuf {
public:
    GuardedInput(std::string text, const int& last_event_offset, std::size_t max_lookahead);

protected:
    int_type underflow() override;

private:
    std::string text_;
    const int& last_event_offset_;
    std::size_t max_lookahead_;
    std::size_t served_ = 0;
};

// Runs yaml-cpp's event parser over the prepared text and builds the tree.
// Returns nullopt after a fatal problem (syntax, depth, node count, alias,
// a second document); recoverable ones (see Parsed::partial) are reported
// in `out` and the tree is still returned. `plain_first` tries build_plain
// before yaml-cpp (off only to compare the two in tests).
std::optional<Node> build_tree(const Source& source, const std::string& path, const Limits& limits,
                               std::vector<Diagnostic>& out, bool plain_first = true);

// Gives `out` the events of `source` when it is written in the plain block
// YAML that Prioriteer writes (yaml_fast.cpp says what that is); returns
// false, part way, at anything else. Much faster than yaml-cpp.
bool build_plain(const Source& source, std::size_t max_lookahead, YAML::EventHandler& out);

// Adds a diagnostic unless `out` already holds `max` of them; the first one
// past the limit becomes a note that more were left out.
void add_limited(std::vector<Diagnostic>& out, std::size_t max, Diagnostic d);
// For problems gathered by more than one add_limited list (the YAML layer's
// and the reader's): the first `max` of `all` and one note for the rest.
void keep_first(std::vector<Diagnostic>& all, std::size_t max);

// yaml-cpp's message for a syntax error at `offset`, in plain English.
// Moves `offset` where that helps: to the backslash of a bad escape, to a
// line that lacks its ':'.
Phrase reword_syntax_error(const std::string& message, const Source& source, std::size_t& offset);

// "'title' is not followed by ':': ...", for a key line without ':'.
Phrase missing_colon_message(std::string_view key);
// Anchors and aliases are refused with these messages.
Phrase anchor_message(const std::string& name);
Phrase alias_message(const std::string& name);

// The name after '*' or '&' at `offset` in the source.
std::string anchor_name_at(const Source& source, std::size_t offset);

// True when the quoted scalar that opens at `offset` has its closing quote.
// yaml-cpp 0.7 silently accepts a quote left open until the end of the file.
bool quote_is_closed(const Source& source, std::size_t offset);

// Why yaml-cpp read too far ahead after the last event at `offset`: most
// likely a huge [ ] or { } block, which `offset` is moved to when found.
Phrase lookahead_message(const Source& source, std::size_t& offset, std::size_t max_lookahead);

// "1.5 MiB", "9000 bytes": sizes in messages.
std::string describe_size(std::size_t bytes);
// "the file is too large: 4194305 bytes, more than the 4 MiB allowed"
Phrase file_too_large(std::size_t bytes, std::size_t limit);

}  // namespace prio::yaml::detail
