#pragma once
// A text made where something is found and worded where it is shown: a
// strings key (core/strings) and its named values. The file readers in io
// build them, so the window can word them in the session's language and the
// command line in English, from the same finding.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prio {

struct Phrase {
    Phrase();
    // A value from the file or a number, shown as it is in every language.
    // Implicit so that fields read `{"id", quoted(id)}`. A string literal
    // does not convert (that takes two conversions), so a reader that passes
    // words where a phrase belongs fails to compile unless it builds a
    // std::string on purpose.
    Phrase(std::string verbatim);  // NOLINT(google-explicit-constructor)
    Phrase(std::string key, std::vector<std::pair<std::string, Phrase>> fields);

    std::string key;       // empty: `verbatim` is the text itself
    std::string verbatim;
    std::string verbatim_nl;  // set by worded(): the Dutch of `verbatim`
    std::vector<std::pair<std::string, Phrase>> fields;  // fill's named values, each worded in turn
    bool operator==(const Phrase&) const;
};

using Fields = std::vector<std::pair<std::string, Phrase>>;

// The phrase of `key` with `fields`: phrase("diag.yaml.tab_indent") or
// phrase("fmt.diag.of", {{"key", ...}, {"where", ...}}).
Phrase phrase(std::string key, Fields fields = {});
// A name or value as written in the file ("deck", "cards"): shown as it is.
Phrase verbatim(std::string text);
// A number as a value.
Phrase number(long long n);
// A value already worded in both languages by another table's wording
// (a file failure's reason_text), so it still follows the reader's language.
Phrase worded(std::string nl, std::string en);

// tr(key) with each field worded in `language` and filled in.
std::string word(const Phrase& p, std::string_view language);

}  // namespace prio
