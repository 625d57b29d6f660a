#include <doctest/doctest.h>

#include "round_fixture.h"
#include "test_support.h"

#include "io/export/document_rounds.h"
#include "io/export/markdown_writer.h"
#include "io/export/masterplan.h"
#include "io/export/odt_writer.h"
#include "io/export/round_report.h"

using namespace prio;

namespace {

ExportSubject round_files(const Session& s, int index, const std::string& lang = "nl")
{
    return round_subject(s, index, {lang, fixture::kGenerated, "Europe/Brussels"}, ';', "zonnedorp");
}

// Every format's bytes, the ODT's content.xml beside its zip.
std::vector<std::string> all_bytes(const ExportSubject& subject)
{
    std::vector<std::string> out = {subject.csv, subject.json, odt_content_xml(subject.report), odt_meta_xml(subject.report)};
    for (ExportFormat f : all_export_formats()) out.push_back(render_export(subject, f).bytes);
    return out;
}

}  // namespace

TEST_CASE("round report: the round's facts, W, the consensus with its spread, and the convergence after an earlier round")
{
    Session s = fixture::rounds_session_fixture();
    std::string first = report_markdown(round_report(s, 0, {"nl", fixture::kGenerated, ""}));
    CHECK(first.find("# Rondeverslag \u2014 ronde 1") != std::string::npos);
    CHECK(first.find("Wat eerst?") != std::string::npos);
    CHECK(first.find("de kaarten in de banen van het bord") != std::string::npos);
    CHECK(first.find("anoniem: de stemmen dragen geen naam") != std::string::npos);
    CHECK(first.find("Kendall\u2019s W = ") != std::string::npos);
    CHECK(first.find("5 stemmen, 18 principes") != std::string::npos);
    // K1's ranks 1, 1, 1, 18 (reversed), 10 (halves swapped): Borda 3·17 + 0 + 8 = 59, IQR 10 − 1 = 9,
    // SD √(234,8 / 5) = 6,85; in the lanes Nu three times, Binnen drie jaar and Later once.
    CHECK(first.find("| 59    | 9,0 | 6,9 | Nu \u2014 jaar 1: 3 \u00B7 Binnen drie jaar: 1 \u00B7 Later: 1 |") != std::string::npos);
    CHECK(first.find("**K1 \u00B7 De klant centraal:** IQR 9,0, SD 6,9") != std::string::npos);
    CHECK(first.find("(betwist)") != std::string::npos);
    CHECK(first.find("Tweede ronde") == std::string::npos);  // nothing before it

    std::string second = report_markdown(round_report(s, 1, {"en", fixture::kGenerated, ""}));
    CHECK(second.find("# Round report \u2014 round 2") != std::string::npos);
    CHECK(second.find("Each participant gave:** a full ranking") != std::string::npos);
    CHECK(second.find("## Second round: converging?") != std::string::npos);
    CHECK(second.find("W in round 1 \u2192 round 2: ") != std::string::npos);
    // Every card's SD fell by at least 1.8: K1's from 6.85 (round 1) to √(3/16) = 0.43.
    CHECK(second.find("**Spread shrank (18)**") != std::string::npos);
    CHECK(second.find("- K1 \u00B7 De klant centraal (SD 6.9 \u2192 0.4)") != std::string::npos);
    CHECK(second.find("**Spread grew (0)**\n\n*No principle.*") != std::string::npos);

    std::string third = report_markdown(round_report(s, 2, {"nl", "", ""}));
    CHECK(third.find("een top 5") != std::string::npos);
    CHECK(third.find("Deze ronde is nog niet onthuld") != std::string::npos);
    CHECK(third.find("Kendall") == std::string::npos);
    CHECK(round_files(s, 2).csv.find("K1") != std::string::npos);  // the cards, without ranks
    CHECK(export_file_name(round_files(s, 2).names, ExportFormat::Pdf) == "zonnedorp-ronde-3.pdf");
    CHECK(export_file_name(round_files(s, 0, "en").names, ExportFormat::Json) == "zonnedorp-round-1.json");
}

TEST_CASE("masterplan with rounds: a method paragraph per round, annex D with each revealed round's order")
{
    Document doc = make_document(fixture::rounds_session_fixture(), fixture::kGenerated);
    REQUIRE(doc.rounds_method.size() == 3);
    CHECK(doc.rounds_method[0].find("Ronde 1 (\u201CWat eerst?\u201D): 5 deelnemers, anoniem") == 0);
    CHECK(doc.rounds_method[0].find("Betwist waren: ") != std::string::npos);
    CHECK(doc.rounds_method[0].find(", uiteindelijk in ") != std::string::npos);
    CHECK(doc.rounds_method[1].find("4 deelnemers, op naam; elk gaf een volledige rangschikking. Kendall") != std::string::npos);
    CHECK(doc.rounds_method[2].find("niet onthuld: ze geeft geen resultaten") != std::string::npos);
    REQUIRE(doc.rounds.size() == 3);
    CHECK(doc.rounds[0].order.size() == 18);
    CHECK(doc.rounds[1].order.front() == "K1 \u00B7 De klant centraal");
    CHECK(doc.rounds[2].order.empty());
    std::string md = masterplan_markdown(doc);
    CHECK(md.find("## Bijlage D \u2014 Rondes") != std::string::npos);
    CHECK(md.find("### Ronde 3 \u2014 De vijf belangrijkste") != std::string::npos);
    // Without rounds the masterplan has neither.
    Document plain = make_document(fixture::export_session_fixture(), fixture::kGenerated);
    CHECK(plain.rounds_method.empty());
    CHECK(masterplan_markdown(plain).find("Bijlage D") == std::string::npos);
}

TEST_CASE("anonymous rounds: no voter name in any export's bytes, though the ballots carry one")
{
    Session s = fixture::rounds_session_fixture();
    std::vector<std::vector<std::string>> files;
    for (std::string lang : {"nl", "en"}) {
        ExportOptions options;
        options.generated = fixture::kGenerated;
        Session in_language = s;
        in_language.language = lang;
        files.push_back(all_bytes(session_subject(in_language, options)));
        for (int r : {0, 1, 2}) files.push_back(all_bytes(round_files(s, r, lang)));
    }
    for (const std::vector<std::string>& bytes : files)
        for (const std::string& file : bytes) {
            REQUIRE(!file.empty());
            for (const std::string& name : fixture::kHiddenVoters) {
                CHECK(file.find(name) == std::string::npos);
                CHECK(file.find(name.substr(name.find(' ') + 1)) == std::string::npos);  // nor the surname alone
            }
        }
    // The check can fail: the named round's report does show its voters.
    ExportSubject named = round_files(s, 1);
    CHECK(named.csv.find(fixture::kNamedVoters[0]) != std::string::npos);
    CHECK(report_markdown(named.report).find("Deelnemer") == std::string::npos);
    CHECK(round_files(s, 0).csv.find("Deelnemer 5") != std::string::npos);
}
