#include <doctest/doctest.h>

#include <algorithm>

#include "export_fixture.h"
#include "io/export/masterplan.h"
#include "io/export/odt_writer.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

TEST_CASE("the ODT starts with the stored mimetype entry")
{
    Rendered odt = masterplan_odt(fixture::export_document());
    REQUIRE(odt.error.empty());
    const std::string& z = odt.bytes;
    REQUIRE(z.size() > 100);
    CHECK(z.compare(0, 4, "PK\x03\x04") == 0);
    CHECK(z[8] == 0);   // compression method 0: stored
    CHECK(z[9] == 0);
    CHECK(z[28] == 0);  // no extra field
    CHECK(z[29] == 0);
    CHECK(z.compare(30, 8, "mimetype") == 0);
    CHECK(z.compare(38, 39, "application/vnd.oasis.opendocument.text") == 0);
    CHECK(z.find("content.xml") != std::string::npos);
    CHECK(z.find("styles.xml") != std::string::npos);
    CHECK(z.find("meta.xml") != std::string::npos);
    CHECK(z.find("META-INF/manifest.xml") != std::string::npos);

    // The same session at the same time stamp gives the same bytes.
    CHECK(masterplan_odt(make_document(fixture::export_session_fixture(), fixture::kGenerated)).bytes == z);
}

TEST_CASE("ODT content: headings with outline levels, one action table per ranked principle, one table per theme")
{
    Document doc = fixture::export_document();
    std::string xml = odt_content_xml(compose_masterplan(doc));
    CHECK(count(xml, "text:outline-level=\"1\"") == 1);
    // Versions, summary, method, three ranked lanes, action plan, roadmap, the three annexes.
    CHECK(count(xml, "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">") == 11);
    CHECK(count(xml, "text:outline-level=\"3\"") == 1 + 14 + 2 + 4);
    CHECK(count(xml, "text:outline-level=\"4\"") == 4);
    CHECK(count(xml, "<table:table ") == 5 + 4 + 5);
    // Each with its header: 5 principles' 10 actions, 4 themes' 18 cards, 2 versions, the top 5, 6 years + no term
    // + the sum, the action plan's 10 and the roadmap's 10.
    CHECK(count(xml, "<table:table-row>") == (5 + 10) + (4 + 18) + (1 + 2) + (1 + 5) + (1 + 8) + (1 + 10) + (1 + 10));
    CHECK(xml.find("<text:h text:style-name=\"Bar1_3\" text:outline-level=\"3\">1. K3 \u2014 Slechts") !=
          std::string::npos);
    CHECK(xml.find("<text:h text:style-name=\"Bar1_3\" text:outline-level=\"3\">De klant</text:h><table:table "
                   "table:name=\"Thema_1\"") != std::string::npos);
    CHECK(xml.find("fo:border-left=\"0.18cm solid #F2B134\"") != std::string::npos);
}

TEST_CASE("ODT text escapes XML and keeps line breaks, tabs and runs of spaces")
{
    Document doc = fixture::export_document();
    std::string xml = odt_content_xml(compose_masterplan(doc));
    CHECK(xml.find("&lt;b&gt;tags&lt;/b&gt;, [links](x) &amp; #hashtags") != std::string::npos);
    CHECK(xml.find("&quot;\u00e9\u00e9n keer&quot; geldt ook intern.<text:line-break/>Eerst nagaan") !=
          std::string::npos);
    CHECK(xml.find("betrekken.<text:line-break/><text:line-break/>Tweede alinea") != std::string::npos);
    CHECK(xml.find("<text:tab/>Opleidingsplan") != std::string::npos);
    CHECK(xml.find("=SOM(A1:A3) is geen formule") != std::string::npos);

    Session s = fixture::export_session_fixture();
    perform(s, SetNote{"K1", " two  spaces   three "}, "2024-05-14T10:00:00Z");
    xml = odt_content_xml(compose_masterplan(make_document(s, "")));
    CHECK(xml.find("<text:s/>two <text:s/>spaces <text:s text:c=\"2\"/>three<text:s/>") != std::string::npos);
}

TEST_CASE("ODT styles: A4 pages, page numbers in the footer, standard heading styles")
{
    Document doc = fixture::export_document();
    std::string styles = odt_styles_xml(compose_masterplan(doc));
    CHECK(styles.find("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\"") != std::string::npos);
    CHECK(styles.find("Pagina <text:page-number text:select-page=\"current\">1</text:page-number> van "
                      "<text:page-count>1</text:page-count>") != std::string::npos);
    for (int level = 1; level <= 4; ++level)
        CHECK(styles.find("style:name=\"Heading_20_" + std::to_string(level) + "\" style:display-name=\"Heading " +
                          std::to_string(level) + "\"") != std::string::npos);
    CHECK(styles.find("fo:language=\"nl\" fo:country=\"BE\"") != std::string::npos);
    std::string meta = odt_meta_xml(compose_masterplan(doc));
    CHECK(meta.find("<dc:title>Masterplan informatievoorziening \u2014 ontwerp \u2014 Gemeente Zonnedorp</dc:title>") !=
          std::string::npos);
    CHECK(meta.find("<meta:creation-date>2024-05-14T12:00:00Z</meta:creation-date>") != std::string::npos);
    std::string manifest = odt_manifest_xml();
    for (const char* part : {"content.xml", "styles.xml", "meta.xml"})
        CHECK(manifest.find(std::string("manifest:full-path=\"") + part + "\"") != std::string::npos);
}

TEST_CASE("bad bytes and control characters in a note never reach the XML")
{
    Session s = fixture::export_session_fixture("en");
    perform(s, SetNote{"K1", std::string("bell\x07 nul\x00 bad\xFF end", 19)}, "2024-05-14T10:00:00Z");
    Document doc = make_document(s, "");
    std::string xml = odt_content_xml(compose_masterplan(doc));
    CHECK(xml.find("bell nul bad\uFFFD end") != std::string::npos);
    CHECK(std::none_of(xml.begin(), xml.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; }));
    Rendered odt = masterplan_odt(doc);
    CHECK(odt.error.empty());
}

TEST_CASE("an untouched session exports with every card in the annex")
{
    Session s = make_session(fixture::export_deck());
    s.language = "en";
    std::string xml = odt_content_xml(compose_masterplan(make_document(s, "")));
    CHECK(count(xml, "<table:table ") == 4);  // annex C's alone
    CHECK(count(xml, "No principles in this lane.") == 3);
    CHECK(count(xml, "text:outline-level=\"4\"") == 18);
}
