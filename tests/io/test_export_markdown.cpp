#include <doctest/doctest.h>

#include "golden.h"
#include "export_fixture.h"
#include "io/export/markdown_writer.h"
#include "io/export/masterplan.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

TEST_CASE("the Markdown masterplan matches its golden files")
{
    for (const char* lang : {"nl", "en"}) {
        CAPTURE(lang);
        std::string md = masterplan_markdown(fixture::export_document(lang));
        CHECK(md == golden::expect(std::string("masterplan.") + lang + ".md", md));
    }
}

TEST_CASE("the Markdown masterplan has one heading per lane, principle and annex part")
{
    std::string md = masterplan_markdown(fixture::export_document());
    CHECK(count(md, "\n# ") + (md.rfind("# ", 0) == 0) == 1);
    CHECK(count(md, "\n## Nu \u2014 jaar 1\n") == 1);
    CHECK(count(md, "\n## Binnen drie jaar\n") == 1);
    CHECK(count(md, "\n## Op langere termijn\n") == 1);
    CHECK(count(md, "\n### Niet prioritair\n") == 1);
    CHECK(count(md, "\n### Niet geplaatst\n") == 1);
    CHECK(count(md, "\n### ") == 1 + 14 + 2 + 4);  // the budget per year, ranked principles, the two annex parts, the themes
    CHECK(count(md, "\n#### ") == 4);      // the principles in the annex
    // Five principles have actions; the other nine ranked ones say there are none yet.
    CHECK(count(md, "\n| Actie ") == 5 + 1);  // and the roadmap's
    CHECK(count(md, "Nog geen acties: vul aan") == 9);
    CHECK(count(md, "\u26A0 eigenaar ontbreekt") == 2);  // a3 under its principle and in the action plan
    CHECK(md.find("\n## Actieplan\n") < md.find("\n## Roadmap\n"));
    CHECK(md.find("\n### 1. K3 \u2014 Slechts \u00e9\u00e9n keer vragen\n") != std::string::npos);
    CHECK(md.find("\n### 14. K2 \u2014 ") != std::string::npos);
}

TEST_CASE("Markdown escaping keeps notes literal")
{
    CHECK(markdown_escape_line("=SOM(A1)") == "\\=SOM(A1)");
    CHECK(markdown_escape_line("- not a list") == "\\- not a list");
    CHECK(markdown_escape_line("+32 9") == "\\+32 9");
    CHECK(markdown_escape_line("1. not a list") == "1\\. not a list");
    CHECK(markdown_escape_line("a) not a list") == "a\\) not a list");
    CHECK(markdown_escape_line("iv. roman") == "iv\\. roman");
    CHECK(markdown_escape_line("3.5 miljoen") == "3.5 miljoen");
    CHECK(markdown_escape_line("Nee. Dat niet") == "Nee. Dat niet");
    CHECK(markdown_escape_line("*a* _b_ `c` <d> [e](f) #g |h| ~i~ ^j^ $k$ @l {m}") ==
          "\\*a\\* \\_b\\_ \\`c\\` \\<d\\> \\[e\\](f) \\#g \\|h\\| \\~i\\~ \\^j\\^ \\$k\\$ \\@l \\{m\\}");
    CHECK(markdown_escape_line("back\\slash") == "back\\\\slash");
    CHECK(markdown_escape_line("&amp; & &#39;") == "\\&amp; & \\&\\#39;");
    CHECK(markdown_escape_line("    indented code?  ") == "indented code?");
    CHECK(markdown_escape_line("1. heading text", false) == "1. heading text");
    CHECK(markdown_escape_line("caf\u00e9 \u201ezo\u201d; \u2018ja\u2019") == "caf\u00e9 \u201ezo\u201d; \u2018ja\u2019");
}

TEST_CASE("a note's lines become hard breaks and its blank lines new paragraphs")
{
    Session s = fixture::export_session_fixture();
    std::string md = masterplan_markdown(make_document(s, ""));
    CHECK(md.find("geldt ook intern.\\\nEerst nagaan:") != std::string::npos);
    CHECK(md.find("de DPO betrekken.\n\nTweede alinea") != std::string::npos);
}

TEST_CASE("an empty ranked lane says so, and an empty annex says every principle has a rank")
{
    Session s = make_session(fixture::export_deck());
    for (std::size_t i = 0; i < s.deck.cards.size(); ++i)
        perform(s, Move{s.deck.cards[i].id, i < 6 ? "nu" : "straks", 0}, fixture::log_time(static_cast<int>(i)));
    std::string md = masterplan_markdown(make_document(s, ""));
    CHECK(md.find("## Op langere termijn") == std::string::npos);
    CHECK(md.find("## Later\n\n*Geen principes in deze baan.*\n") != std::string::npos);
    CHECK(md.find("Alle principes kregen een rang.") != std::string::npos);
}
