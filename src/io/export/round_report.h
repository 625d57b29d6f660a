#pragma once
// A round of individual rankings as a report, by the comparison report's
// parts (comparison_parts.h) with the round as its subject: what was asked
// and how, W in numbers and words, the consensus, the contested principles,
// how each card spread over the lanes, and, after an earlier revealed round,
// whether the group converged (core/convergence.h). The structure is in
// docs/export-formats.md. An anonymous round names nobody: its participants
// are "Deelnemer N" (round_comparison).
#include <string>
#include <string_view>

#include "core/session.h"
#include "io/export/comparison_report.h"
#include "io/export/export_session.h"

namespace prio {

// The round's ballot form in words: "een volledige rangschikking", "een top 5".
std::string round_form_text(const Round& round, const std::string& language);
// A lane id from a round's comparison (CardConsensus::lanes) as its title.
std::string round_lane_title(const Round& round, const std::string& lane_id, const std::string& language);
// The revealed round before `index`, or -1.
int earlier_revealed_round(const Session& session, int index);

// Round `index` (0-based) of `session`. A round that is not revealed gives
// its title block and says that it has no results yet.
Report round_report(const Session& session, int index, const ComparisonReportOptions& options);

// What `prioriteer export --round N` writes: the report (md, odt, pdf) and
// the comparison's list (csv, json: the participants as its councils),
// every file named "<stem>-ronde-N" ("round-N" in English).
ExportSubject round_subject(const Session& session, int index, const ComparisonReportOptions& options, char separator,
                            const std::string& stem);

}  // namespace prio
