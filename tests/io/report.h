#pragma once
// Diagnostics as "line:col: error: message" lines without the path, so tests
// can compare all of them exactly and print them readably when they differ.
#include <string>
#include <vector>

#include "io/files/diagnostic.h"

inline std::string report(const std::vector<prio::Diagnostic>& diagnostics)
{
    std::string out;
    for (const prio::Diagnostic& d : diagnostics)
        out += prio::format(d, "en").substr(d.path.size() + (d.line > 0 ? 1 : 2)) + "\n";
    return out;
}
