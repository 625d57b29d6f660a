#include <doctest/doctest.h>

#include "export_fixture.h"
#include "io/export/masterplan.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

// The text itself is checked with poppler in tests/e2e/test_export_formats.py.
TEST_CASE("the PDF is A4, has pages, embeds its fonts and has a bookmark per lane and principle")
{
    Rendered pdf = masterplan_pdf(fixture::export_document());
    REQUIRE(pdf.error.empty());
    const std::string& p = pdf.bytes;
    CHECK(p.rfind("%PDF-", 0) == 0);
    CHECK(p.find("%%EOF") != std::string::npos);
    int pages = count(p, "/Type /Page %");  // cairo numbers its page objects
    CHECK(pages >= 3);
    CHECK(p.find("/MediaBox [ 0 0 595.276 841.89 ]") != std::string::npos);
    CHECK(p.find("/FontFile2") != std::string::npos);  // embedded TrueType
    CHECK(p.find("NotoSans") != std::string::npos);
    // Summary, method, 3 lanes, action plan, roadmap, 3 annexes at the top; 14 + 4 principles and 4 themes below them.
    CHECK(count(p, "/Dest [") == 10 + 18 + 4);
}

TEST_CASE("a PDF of an empty session still renders")
{
    Session s = make_session(fixture::export_deck());
    Rendered pdf = masterplan_pdf(make_document(s, ""));
    CHECK(pdf.error.empty());
    CHECK(pdf.bytes.rfind("%PDF-", 0) == 0);
}

TEST_CASE("a very long note breaks across pages instead of running off the page")
{
    Session s = fixture::export_session_fixture();
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += "Regel " + std::to_string(i) + " van een heel lange notitie.\n";
    perform(s, SetNote{"K3", text}, "2024-05-14T10:00:00Z");
    Rendered pdf = masterplan_pdf(make_document(s, ""));
    REQUIRE(pdf.error.empty());
    Rendered normal = masterplan_pdf(make_document(fixture::export_session_fixture(), ""));
    auto pages = [](const std::string& p) { return count(p, "/Type /Page %"); };
    CHECK(pages(pdf.bytes) >= pages(normal.bytes) + 5);
}
