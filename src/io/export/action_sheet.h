#pragma once
// The action plan as a spreadsheet (action_sheet.cpp): the ODS's table and
// the plan's CSV.
#include "io/export/export_document.h"
#include "io/export/sheet.h"

namespace prio {

Sheet action_plan_sheet(const Document& doc);

}  // namespace prio
