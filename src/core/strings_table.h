#pragma once
// The texts' tables, one per part of the program, each in its own file so
// that no table outgrows its file; tr() (core/strings.h) reads them all.
#include <span>
#include <string_view>

namespace prio {

struct TextEntry {
    std::string_view key;
    std::string_view nl;
    std::string_view en;
};

std::span<const TextEntry> window_texts();  // core/strings.cpp
std::span<const TextEntry> file_texts();    // core/strings_files.cpp: reading and writing files
std::span<const TextEntry> comparison_texts();  // core/strings_compare.cpp: comparing councils, in the window and the report
std::span<const TextEntry> round_texts();              // core/strings_rounds.cpp: rounds and their ballots
std::span<const TextEntry> turn_texts();               // core/strings_turns.cpp: turns on this screen
std::span<const TextEntry> round_report_texts();       // core/strings_round_report.cpp: rounds in the exports, convergence
std::span<const TextEntry> plan_texts();               // core/strings_plan.cpp: actions and the plan
std::span<const TextEntry> phone_texts();              // core/strings_phones.cpp: rounds with phones, the phone page
std::span<const TextEntry> diagnostic_texts();  // core/strings_diagnostics.cpp: problems found in files

}  // namespace prio
