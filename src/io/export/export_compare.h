#pragma once
// A comparison of councils as files and as a terminal table. The JSON
// schema is in docs/export-formats.md ("prioriteer-comparison").
#include <string>

#include "core/comparison.h"

namespace prio {

inline constexpr int kComparisonJsonVersion = 1;

std::string comparison_json(const Comparison& comparison, const std::string& generated);
// One row per card in consensus order, one rank column per council (in the
// councils' cluster order); headers in `language`.
std::string comparison_csv(const Comparison& comparison, char separator, const std::string& language);
// For `prioriteer compare` without -o: the consensus, W in numbers and
// words, and the contested cards. English, as the command line is.
std::string comparison_table(const Comparison& comparison);
// agreement_key(), W in words, is in core/consensus.h: the window says it too.

}  // namespace prio
