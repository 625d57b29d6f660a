#pragma once
// The comparison report's insides, shared by its two files: tables split
// to fit a page, and the sections that show the councils' boards
// (comparison_heatmap.cpp). Numbers are core/number_text's.
#include <string>
#include <string_view>
#include <vector>

#include "core/comparison.h"
#include "core/comparison_lanes.h"
#include "core/number_text.h"
#include "io/export/comparison_report.h"
#include "io/export/report.h"

namespace prio::comparison_parts {

// The text for `key` (core/strings), as a string to build on.
std::string t(std::string_view key, const std::string& language);
// `table` as one or more tables of at most `most_rows` rows in equal parts,
// each with the header, named "<name>_<part>". Rows whose text may wrap
// take kReportTableRows, rows of one short line kReportShortRows.
void add_table(ReportBuilder& out, block::Table table, std::size_t most_rows = kReportTableRows);

// The councils in cluster order: their numbers in the report are 1.. in it.
const std::vector<int>& cluster_order(const Comparison& comparison);

std::string clean_name(const CouncilBoard& council);
// "K3 · De klant centraal"
std::string card_label(const Comparison& comparison, int card);

// The consensus table's first columns, the same in every report: the
// rank, the code, the principle (marked when contested) and its Borda score.
std::vector<block::Cell> consensus_header(const std::string& language);
std::vector<block::Cell> consensus_cells(const Comparison& comparison, std::size_t place, const std::string& language);

// The heatmap with its legend, and the contested principles with each
// council's notes (comparison_heatmap.cpp).
void heatmap_section(ReportBuilder& out, const Comparison& comparison, const std::vector<LaneKey>& legend,
                     const std::string& language);
void contested_section(ReportBuilder& out, const Comparison& comparison, const std::vector<LaneKey>& legend,
                       const std::string& language);

}  // namespace prio::comparison_parts
