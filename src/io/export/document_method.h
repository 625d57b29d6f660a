#pragma once
// Who took part and when, for the masterplan's method section: the
// participants and facilitator the details name, the workshop's date and
// the days on which the decision log shows work on the board (in the
// document's time zone). Nothing is said of what the session does not know.
#include "core/session.h"
#include "io/export/export_document.h"

namespace prio {

// Local dates (YYYY-MM-DD) of the log's entries, oldest first, each once.
std::vector<std::string> working_days(const Session& session, const std::string& time_zone);

void add_method_facts(const Session& session, Document& doc);

}  // namespace prio
