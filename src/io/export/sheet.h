#pragma once
// A spreadsheet table: what a composer says for Calc (the action plan), and
// what the ODS and CSV writers print. A cell with a number is a number in
// the ODS (office:value-type="float"), never text; a sum cell carries its
// formula as well, so Calc keeps it live.
#include <optional>
#include <string>
#include <vector>

#include "io/export/report.h"

namespace prio {

struct SheetCell {
    std::string text = {};                  // shown when there is no number
    std::optional<long long> number = {};   // whole euros, a rank, a year
    std::string formula = {};               // OpenFormula, e.g. "of:=SUM([.H2:.H11])"; "" for none
    bool strong = false;                    // the header and the sum row
};

struct Sheet {
    std::string name;               // the table's name, "Actieplan"
    std::vector<double> widths_cm;  // per column
    std::vector<std::vector<SheetCell>> rows;  // the first is the header
};

// The ODS bytes (ods_writer.cpp): the report's metadata (title, language,
// time stamp) with the sheet as its one table.
Rendered sheet_ods(const Sheet& sheet, const Report& about);
// The column letter(s) of a 0-based column: 0 "A", 26 "AA".
std::string column_letter(std::size_t column);

}  // namespace prio
