#pragma once
// A problem found in a file, with the place it was found. Lines and columns
// count from 1; 0 means "the file as a whole".
#include <string>
#include <string_view>
#include <vector>

#include "core/phrase.h"

namespace prio {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string path;
    int line = 0;
    int column = 0;
    // A strings key ("diag.…", core/strings_diagnostics.cpp) and its named
    // fields: the reader that finds the problem does not word it.
    Phrase message;
    bool operator==(const Diagnostic&) const = default;
};

// "path:line:col: error: message", the form compilers use, so editors and
// terminals can jump to the place; in `language` ("nl": "fout", "let op"):
// the session's language in the window, English on the command line.
std::string format(const Diagnostic& d, std::string_view language);
// The message alone.
std::string message_text(const Diagnostic& d, std::string_view language);
bool has_errors(const std::vector<Diagnostic>& diagnostics);

struct FileFailure;
// "cannot read the file: it does not exist", the reason worded by
// failure_text in both languages.
Phrase cannot_read(const FileFailure& failure);

}  // namespace prio
