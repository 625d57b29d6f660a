// The action plan as a spreadsheet: the sheet's rows and sum, its CSV with
// the priority list's conventions, and the ODS's number cells.
#include <doctest/doctest.h>

#include "export_fixture.h"
#include "io/export/action_sheet.h"
#include "io/export/export_csv.h"
#include "io/export/export_session.h"
#include "test_support.h"

using namespace prio;

TEST_CASE("the action plan sheet: a header, one row per action in priority order, budgets as numbers, a sum row with formulas")
{
    Sheet sheet = action_plan_sheet(fixture::export_document());
    CHECK(sheet.name == "Actieplan");
    REQUIRE(sheet.rows.size() == 1 + 10 + 1);
    CHECK(sheet.rows[0][0].text == "Principe");
    CHECK(sheet.rows[0][7].text == "Exploitatie");
    const auto& first = sheet.rows[1];
    CHECK(first[0].text == "1. K3 \u2014 Slechts \u00e9\u00e9n keer vragen");
    CHECK(first[1].number == 1);
    CHECK(first[4].text == "2025 K1");
    CHECK(first[5].text == "2025 K4");
    CHECK(first[7].number == 15000);
    CHECK_FALSE(first[8].number);
    const auto& sum = sheet.rows.back();
    CHECK(sum[0].text == "Totaal");
    CHECK(sum[7].number == 131000);
    CHECK(sum[7].formula == "of:=SUM([.H2:.H11])");
    CHECK(sum[8].number == 400000);
    CHECK(sum[8].formula == "of:=SUM([.I2:.I11])");
    CHECK(column_letter(0) == "A");
    CHECK(column_letter(25) == "Z");
    CHECK(column_letter(26) == "AA");
}

TEST_CASE("the action plan as CSV: BOM, semicolons, CRLF, numbers bare, text guarded")
{
    Sheet sheet = action_plan_sheet(fixture::export_document());
    sheet.rows[2][2].text = "=SOM(1;2)";  // a formula typed as an action is text
    std::string csv = sheet_csv(sheet);
    CHECK(csv.rfind("\xEF\xBB\xBFPrincipe;Rang;Actie;Eigenaar;Start;Einde;Status;Exploitatie;Investering\r\n", 0) == 0);
    CHECK(csv.find("1. K3 \u2014 Slechts \u00e9\u00e9n keer vragen;1;Attesten via MAGDA ophalen;Dienst burgerzaken;2025 K1;2025 K4;lopend;15000;\r\n") !=
          std::string::npos);
    CHECK(csv.find(";\"'=SOM(1;2)\";") != std::string::npos);
    CHECK(csv.find("Totaal;;;;;;;131000;400000\r\n") != std::string::npos);
    CHECK(sheet_csv(sheet, ',').find("Totaal,,,,,,,131000,400000\r\n") != std::string::npos);
}

TEST_CASE("the ODS holds the budgets as float cells and the sums as formulas with their values")
{
    ExportOptions options;
    options.generated = fixture::kGenerated;
    ExportSubject subject = session_subject(fixture::export_session_fixture(), options);
    Rendered ods = render_export(subject, ExportFormat::Ods);
    REQUIRE(ods.error.empty());
    CHECK(ods.bytes.rfind("PK", 0) == 0);
    CHECK(ods.bytes.find("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") != std::string::npos);
    // The same session at the same moment gives the same bytes.
    CHECK(render_export(session_subject(fixture::export_session_fixture(), options), ExportFormat::Ods).bytes == ods.bytes);
}
