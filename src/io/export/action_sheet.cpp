// The action plan as a spreadsheet: one row per action, in the principles'
// order, with the budgets as numbers and a sum row (formulas over them).
#include "io/export/action_sheet.h"

#include "core/strings.h"

namespace prio {

Sheet action_plan_sheet(const Document& doc)
{
    const std::string& lang = doc.language;
    auto head = [&](const char* key) { return SheetCell{std::string(tr(key, lang)), {}, {}, true}; };
    Sheet sheet;
    sheet.name = tr("export.action_plan", lang);
    sheet.widths_cm = {6.0, 1.4, 7.0, 4.5, 2.4, 2.4, 2.4, 3.2, 3.2};
    sheet.rows.push_back({head("export.col.principle"), head("export.col.rank"), head("export.action"), head("export.owner"),
                          head("plan.start"), head("plan.end"), head("export.col.status"), head("export.col.operating"),
                          head("export.col.investment")});
    for (const DocAction& a : doc.plan.actions) {
        auto budget = [](const std::optional<long long>& b) { return SheetCell{{}, b}; };
        std::string from = a.term.substr(0, a.term.find(" \u2013 "));
        std::string to = a.term.find(" \u2013 ") == std::string::npos ? from : a.term.substr(a.term.find(" \u2013 ") + 5);
        sheet.rows.push_back({{a.principle},
                              a.rank > 0 ? SheetCell{{}, a.rank} : SheetCell{},
                              {a.what},
                              {a.owner},
                              {from},
                              {to},
                              {a.status},
                              budget(a.operating),
                              budget(a.investment)});
    }
    // The sum row: Calc adds the column itself; the value is there for
    // readers that do not recalculate.
    const std::size_t last = sheet.rows.size();
    std::vector<SheetCell> sum(9);
    sum[0] = head("export.col.total");
    for (std::size_t c : {std::size_t{7}, std::size_t{8}}) {
        std::string col = column_letter(c);
        sum[c] = {{}, c == 7 ? doc.plan.operating : doc.plan.investment, "of:=SUM([." + col + "2:." + col + std::to_string(last) + "])", true};
    }
    sheet.rows.push_back(std::move(sum));
    return sheet;
}

}  // namespace prio
