#include <doctest/doctest.h>

#include "io/export/odt_writer.h"
#include "report_fixture.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;
using block::Style;

namespace {

// content.xml's body, without the automatic styles.
std::string body_of(const Report& r)
{
    std::string xml = odt_content_xml(r);
    std::size_t at = xml.find("<office:text>");
    return at == std::string::npos ? xml : xml.substr(at + 13, xml.find("</office:text>") - at - 13);
}

std::string styles_of(const Report& r)
{
    std::string xml = odt_content_xml(r);
    std::size_t at = xml.find("<office:automatic-styles>");
    return xml.substr(at, xml.find("</office:automatic-styles>") - at);
}

}  // namespace

TEST_CASE("ODT writer: headings with outline levels, the title style, a bar style per colour and level")
{
    Report r = fixture::report_of({{block::Heading{1, "Titel"}},
                                   {block::Heading{3, "Een", true, fixture::kSun}},
                                   {block::Heading{3, "Twee", true, fixture::kSun}},
                                   {block::Heading{4, "Drie", false, fixture::kSun}},
                                   {block::Heading{2, "Vier"}}});
    CHECK(body_of(r) == "<text:h text:style-name=\"Title\" text:outline-level=\"1\">Titel</text:h>"
                        "<text:h text:style-name=\"Bar1_3\" text:outline-level=\"3\">Een</text:h>"
                        "<text:h text:style-name=\"Bar1_3\" text:outline-level=\"3\">Twee</text:h>"
                        "<text:h text:style-name=\"Bar1_4\" text:outline-level=\"4\">Drie</text:h>"
                        "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">Vier</text:h>");
    std::string styles = styles_of(r);
    CHECK(count(styles, "fo:border-left=\"0.18cm solid #F2B134\"") == 2);
    CHECK(styles.find("style:name=\"Bar1_4\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_4\"") !=
          std::string::npos);
}

TEST_CASE("ODT writer: paragraph styles, strong and emphasised spans, blanks kept at the edges")
{
    Report r = fixture::report_of({{block::Paragraph{{{"Thema:", true}, {" De klant"}}, Style::Detail, fixture::kSun}},
                                   {block::Paragraph{{{" twee  spaties", false, true}}, Style::Quote, {}}},
                                   {block::Paragraph{{{"leeg"}}, Style::Quiet, {}}},
                                   {block::Paragraph{{{"a\tb\nc"}}, Style::Label, {}}},
                                   {block::Paragraph{{{"x < y & z"}}, Style::Body, {}}}});
    CHECK(body_of(r) ==
          "<text:p text:style-name=\"Lead\"><text:span text:style-name=\"Strong_20_Emphasis\">Thema:</text:span> De "
          "klant</text:p>"
          "<text:p text:style-name=\"Quote\"><text:span text:style-name=\"Emphasis\"><text:s/>twee <text:s/>spaties"
          "</text:span></text:p>"
          "<text:p text:style-name=\"Quiet\">leeg</text:p>"
          "<text:p text:style-name=\"Label\">a<text:tab/>b<text:line-break/>c</text:p>"
          "<text:p text:style-name=\"Text_20_body\">x &lt; y &amp; z</text:p>");
    CHECK(odt_styles_xml(r).find("style:name=\"Emphasis\"") != std::string::npos);
}

TEST_CASE("ODT writer: a bulleted list and a field list")
{
    Report r = fixture::report_of({{block::List{false, {{{}, "een"}, {"Wie", "twee"}}}},
                                   {block::List{true, {{"Datum", "14 mei 2024"}}}}});
    CHECK(body_of(r) == "<text:list text:style-name=\"Bullets\">"
                        "<text:list-item><text:p text:style-name=\"List_20_Bullet\">een</text:p></text:list-item>"
                        "<text:list-item><text:p text:style-name=\"List_20_Bullet\"><text:span "
                        "text:style-name=\"Strong_20_Emphasis\">Wie:</text:span> twee</text:p></text:list-item>"
                        "</text:list>"
                        "<text:p text:style-name=\"Field\"><text:span text:style-name=\"Strong_20_Emphasis\">Datum:"
                        "</text:span> 14 mei 2024</text:p>");
}

TEST_CASE("ODT writer: a table with a repeated header, column widths and cell fills with readable text")
{
    Report r = fixture::report_of({{fixture::filled_table()}});
    std::string body = body_of(r);
    CHECK(body.find("<table:table table:name=\"Scores\" table:style-name=\"Table1\">"
                    "<table:table-column table:style-name=\"Table1.1\"/>"
                    "<table:table-column table:style-name=\"Table1.2\"/><table:table-header-rows><table:table-row>"
                    "<table:table-cell table:style-name=\"Table_Head\" office:value-type=\"string\"><text:p "
                    "text:style-name=\"Table_20_Heading\">Code</text:p></table:table-cell>") == 0);
    // The dark fill gets white text, the light one dark text; a header cell keeps its bold.
    CHECK(body.find("<table:table-cell table:style-name=\"Fill1\" office:value-type=\"string\"><text:p "
                    "text:style-name=\"Fill1_Text\"><text:span text:style-name=\"Strong_20_Emphasis\">Raad</text:span>"
                    "</text:p></table:table-cell></table:table-row></table:table-header-rows>") != std::string::npos);
    CHECK(body.find("<table:table-cell table:style-name=\"Fill2\" office:value-type=\"string\"><text:p "
                    "text:style-name=\"Fill2_Text\">K3</text:p>") != std::string::npos);
    CHECK(body.find("<table:table-cell table:style-name=\"Fill1\" office:value-type=\"string\"><text:p "
                    "text:style-name=\"Fill1_Text\">tweede</text:p>") != std::string::npos);
    CHECK(count(body, "<table:table-row>") == 3);
    std::string styles = styles_of(r);
    CHECK(styles.find("style:name=\"Fill1\" style:family=\"table-cell\"><style:table-cell-properties "
                      "fo:background-color=\"#A23B72\"") != std::string::npos);
    CHECK(styles.find("style:name=\"Fill1_Text\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\">"
                      "<style:text-properties fo:color=\"#FFFFFF\"/>") != std::string::npos);
    CHECK(styles.find("fo:background-color=\"#F2B134\"") != std::string::npos);
    CHECK(styles.find("style:name=\"Fill2_Text\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\">"
                      "<style:text-properties fo:color=\"#1A1A1A\"/>") != std::string::npos);
    CHECK(styles.find("style:name=\"Table1.1\" style:family=\"table-column\"><style:table-column-properties "
                      "style:column-width=\"4.25cm\"/>") != std::string::npos);
    CHECK(styles.find("style:column-width=\"12.75cm\"") != std::string::npos);
    CHECK(styles.find("style:may-break-between-rows=\"false\"") != std::string::npos);
}

TEST_CASE("ODT writer: a picture embedded in the zip, sized by its aspect; a bad one is refused")
{
    Report r = fixture::report_of({{block::Image{fixture::tiny_png(), "bord.png", "Het bord", 0.5}}});
    CHECK(body_of(r) ==
          "<text:p text:style-name=\"Text_20_body\"><draw:frame draw:name=\"Picture1\" text:anchor-type=\"as-char\" "
          "svg:width=\"8.50cm\" svg:height=\"5.67cm\"><draw:image xlink:href=\"Pictures/picture1.png\" "
          "xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/><svg:desc>Het bord</svg:desc>"
          "</draw:frame></text:p>");
    Rendered odt = report_odt(r);
    REQUIRE(odt.error.empty());
    CHECK(odt.bytes.find("Pictures/picture1.png") != std::string::npos);
    CHECK(odt.bytes.find(fixture::tiny_png()) != std::string::npos);  // stored as it is
    CHECK(odt_manifest_xml(1).find("manifest:full-path=\"Pictures/picture1.png\" manifest:media-type=\"image/png\"") !=
          std::string::npos);

    Report bad = fixture::report_of({{block::Image{"not a picture", "x.png", "x", 1}}});
    CHECK(!report_odt(bad).error.empty());
}

TEST_CASE("ODT writer: a page break; the colour strip is the PDF's alone")
{
    Report r = fixture::report_of({{block::Strip{{fixture::kSun, fixture::kPlum}}}, {block::PageBreak{}}});
    CHECK(body_of(r) == "<text:p text:style-name=\"Page_Break\"/>");
    CHECK(styles_of(r).find("<style:paragraph-properties fo:break-after=\"page\"/>") != std::string::npos);
}

TEST_CASE("ODT writer: the metadata, the footer's live page fields and the language")
{
    Report r = fixture::report_of({}, "en");
    r.organisation = "Gemeente Zonnedorp";
    r.author = "An Peeters";
    r.created = "2024-05-14T12:00:00Z";
    r.page_number = "Page {page} of {pages}";
    std::string meta = odt_meta_xml(r);
    CHECK(meta.find("<dc:title>Verslag \u2014 Gemeente Zonnedorp</dc:title><dc:language>en-GB</dc:language>") !=
          std::string::npos);
    CHECK(meta.find("<meta:initial-creator>An Peeters</meta:initial-creator>") != std::string::npos);
    std::string styles = odt_styles_xml(r);
    CHECK(styles.find("Page <text:page-number text:select-page=\"current\">1</text:page-number> of "
                      "<text:page-count>1</text:page-count>") != std::string::npos);
    CHECK(styles.find("fo:language=\"en\" fo:country=\"GB\"") != std::string::npos);
    CHECK(report_odt(r).bytes == report_odt(r).bytes);  // the same report gives the same bytes
}
