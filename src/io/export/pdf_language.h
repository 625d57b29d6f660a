#pragma once
// cairo writes no document language (the catalog's /Lang), which screen
// readers and the accessibility rules for public documents need: it is
// added as an incremental update (a new catalog object, an xref section for
// it and a trailer pointing back to cairo's), so cairo's bytes stay as they are.
#include <string>

namespace prio::pdf {

// `pdf` with /Lang (`language`, e.g. "nl-BE") in its catalog; unchanged
// when it is not laid out as cairo writes it (a classic xref table).
std::string with_language(const std::string& pdf, const std::string& language);

}  // namespace prio::pdf
