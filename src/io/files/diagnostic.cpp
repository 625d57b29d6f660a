#include "io/files/diagnostic.h"

namespace prio {

std::string format(const Diagnostic& d)
{
    std::string out = d.path;
    if (d.line > 0)
        out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    out += d.severity == Severity::Error ? ": error: " : ": warning: ";
    out += d.message;
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::Error)
            return true;
    return false;
}

}  // namespace prio
