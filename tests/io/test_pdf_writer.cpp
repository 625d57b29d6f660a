#include <doctest/doctest.h>

#include "io/export/pdf_writer.h"
#include "report_fixture.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;
using block::Style;

namespace {

int tags(const std::string& pdf, const std::string& tag)
{
    return count(pdf, "/S /" + tag + "\n") + count(pdf, "/S /" + tag + " ") + count(pdf, "/S /" + tag + "/");
}

int pages(const std::string& pdf)
{
    return count(pdf, "/Type /Page %");
}

}  // namespace

// The text and the drawing are checked with poppler in tests/e2e
// (test_export_cli.py compares pdftotext's output with a golden file).
TEST_CASE("PDF writer: every block in its structure tag, the strip outside the tree, a bookmark per bookmarked heading")
{
    Report r = fixture::report_of({{block::Heading{1, "Verslag"}},
                                   {block::Strip{{fixture::kSun, fixture::kPlum}}},
                                   {block::List{true, {{"Datum", "14 mei 2024"}, {"Raad", "Zonnedorp"}}}},
                                   {block::Heading{2, "Deel", true}},
                                   {block::Paragraph{{{"Tekst ", false}, {"vet", true}, {" en ", false}, {"schuin", false, true}}, Style::Body, {}}},
                                   {block::Heading{3, "Onder", true, fixture::kSun}},
                                   {block::Paragraph{{{"Thema:", true}, {" De klant"}}, Style::Detail, fixture::kSun}},
                                   {block::Paragraph{{{"Notities"}}, Style::Label, {}}},
                                   {block::Paragraph{{{"een notitie\nover twee regels"}}, Style::Quote, {}}},
                                   {block::Paragraph{{{"niets"}}, Style::Quiet, {}}},
                                   {block::List{false, {{{}, "een"}, {{}, "twee"}}}},
                                   {fixture::filled_table()},
                                   {block::Image{fixture::tiny_png(), "bord.png", "Het bord", 0.5}}});
    Rendered pdf = report_pdf(r);
    REQUIRE(pdf.error.empty());
    const std::string& p = pdf.bytes;
    CHECK(p.rfind("%PDF-", 0) == 0);
    CHECK(tags(p, "Document") == 1);
    CHECK(tags(p, "H1") == 1);
    CHECK(tags(p, "H2") == 1);
    CHECK(tags(p, "H3") == 1);
    CHECK(tags(p, "P") == 2 + 5);  // the fields, the paragraphs
    CHECK(tags(p, "L") == 1);
    CHECK(tags(p, "LI") == 2);
    CHECK(tags(p, "Table") == 1);
    CHECK(tags(p, "TR") == 3);
    CHECK(tags(p, "TH") == 2);
    CHECK(tags(p, "TD") == 4);
    CHECK(tags(p, "Figure") == 1);
    CHECK(p.find("/Subtype /Image") != std::string::npos);
    CHECK(p.find("/Width 3") != std::string::npos);
    CHECK(count(p, "/Dest [") == 2);
    CHECK(p.find("/Lang (nl-BE)") != std::string::npos);
    CHECK(pages(p) == 1);
}

TEST_CASE("PDF writer: a page break starts a new page, one at the top of a page does not")
{
    auto text = [] { return Block{block::Paragraph{{{"tekst"}}, Style::Body, {}}}; };
    Report one = fixture::report_of({text(), text()});
    Report two = fixture::report_of({text(), {block::PageBreak{}}, text()});
    Report still_two = fixture::report_of({{block::PageBreak{}}, text(), {block::PageBreak{}}, text()});
    CHECK(pages(report_pdf(one).bytes) == 1);
    CHECK(pages(report_pdf(two).bytes) == 2);
    CHECK(pages(report_pdf(still_two).bytes) == 2);
}

TEST_CASE("PDF writer: a table longer than its minimum rows grows; text that fills pages breaks across them")
{
    std::string many;
    for (int i = 0; i < 200; ++i)
        many += "Regel " + std::to_string(i) + "\n";
    Report r = fixture::report_of({{block::Paragraph{{{many}}, Style::Quote, {}}}});
    CHECK(pages(report_pdf(r).bytes) >= 4);
    block::Table t = fixture::filled_table();
    t.rows[0][1].text = many.substr(0, 400);  // one tall cell
    Rendered tall = report_pdf(fixture::report_of({{t}}));
    CHECK(tall.error.empty());
    CHECK(pages(tall.bytes) == 1);
}

TEST_CASE("PDF writer: a picture that is no PNG is refused, and the metadata is written")
{
    Rendered bad = report_pdf(fixture::report_of({{block::Image{"GIF89a", "x.gif", "x", 1}}}));
    CHECK(bad.bytes.empty());
    CHECK(bad.error == "a picture is not a PNG image");

    Report r = fixture::report_of({}, "en");
    r.author = "An Peeters";
    r.subject = "Sessie";
    r.created = "2024-05-14T12:00:00Z";
    Rendered pdf = report_pdf(r);
    REQUIRE(pdf.error.empty());
    CHECK(pdf.bytes.find("/Lang (en)") != std::string::npos);
    CHECK(pdf.bytes.find("/Author (An Peeters)") != std::string::npos);
    CHECK(pdf.bytes.find("/Subject (Sessie)") != std::string::npos);
    CHECK(pdf.bytes.find("/CreationDate (20240514120000") != std::string::npos);
}
