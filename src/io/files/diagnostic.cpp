#include "io/files/diagnostic.h"

#include "core/placeholders.h"
#include "core/strings.h"
#include "io/files/failure.h"

namespace prio {

std::string format(const Diagnostic& d, std::string_view language)
{
    std::string place = d.path;
    if (d.line > 0)
        place += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    return fill(tr(d.severity == Severity::Error ? "fmt.diag.error" : "fmt.diag.warning", language),
                {{"place", place}, {"message", message_text(d, language)}});
}

std::string message_text(const Diagnostic& d, std::string_view language) { return word(d.message, language); }

Phrase cannot_read(const FileFailure& failure)
{
    return phrase("fmt.diag.cannot_read", {{"reason", worded(reason_text(failure, "nl"), reason_text(failure, "en"))}});
}

bool has_errors(const std::vector<Diagnostic>& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::Error)
            return true;
    return false;
}

}  // namespace prio
