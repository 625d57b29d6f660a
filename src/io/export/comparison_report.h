#pragma once
// The regional comparison report composed as blocks, for the Markdown, ODT
// and PDF writers: the title block, the method, the councils with their
// weights and segments, W in numbers and words, the consensus, the heatmap
// with its legend, the contested principles with every council's notes,
// Kemeny beside Borda and the consensus per segment. The structure is in
// docs/export-formats.md.
#include <cstddef>
#include <string>

#include "core/comparison.h"
#include "io/export/export_session.h"
#include "io/export/report.h"

namespace prio {

// The PDF's pages are A4 portrait and a table never breaks across pages:
// the heatmap is split into tables of at most this many councils, and any
// table into parts of at most kReportTableRows rows (kReportShortRows when
// every row is one short line: the councils, the heatmap, the legend).
inline constexpr std::size_t kHeatmapColumns = 12;
inline constexpr std::size_t kReportTableRows = 20;
inline constexpr std::size_t kReportShortRows = 30;

struct ComparisonReportOptions {
    std::string language = "en";  // "nl" or "en": the report's texts (the principles stay in the deck's)
    std::string generated;        // ISO 8601 UTC; "" : no date
    std::string time_zone;        // of the date; "" : Europe/Brussels
};

Report comparison_report(const Comparison& comparison, const ComparisonReportOptions& options);

// What `prioriteer compare -o` writes: the report (md, odt, pdf) and the
// list (csv, json), every file named "vergelijking" ("comparison" in English).
ExportSubject comparison_subject(const Comparison& comparison, const ComparisonReportOptions& options, char separator);

}  // namespace prio
