#pragma once
// A problem found in a file, with the place it was found. Lines and columns
// count from 1; 0 means "the file as a whole".
#include <string>
#include <vector>

namespace prio {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string path;
    int line = 0;
    int column = 0;
    std::string message;
    bool operator==(const Diagnostic&) const = default;
};

// "path:line:col: error: message", the form compilers use, so editors and
// terminals can jump to the place.
std::string format(const Diagnostic& d);
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace prio
