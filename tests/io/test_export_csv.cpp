#include <doctest/doctest.h>

#include "golden.h"
#include "io/export/export_csv.h"
#include "export_fixture.h"

using namespace prio;

namespace {

// A strict RFC 4180 reader, to read back what the writer wrote.
std::vector<std::vector<std::string>> parse_csv(std::string_view text, char sep)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    std::size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                i += 2;
                continue;
            }
            if (c == '"')
                quoted = false;
            else
                field += c;
            ++i;
            continue;
        }
        if (c == '"' && field.empty()) {
            quoted = true;
        } else if (c == sep) {
            row.push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            REQUIRE_MESSAGE(c != '"', "a quote inside an unquoted field");
            REQUIRE_MESSAGE(c != '\n', "a bare LF outside quotes");
            field += c;
        }
        ++i;
    }
    REQUIRE_MESSAGE(!quoted, "unterminated quote");
    REQUIRE_MESSAGE(field.empty(), "the last line has no CRLF");
    return rows;
}

}  // namespace

TEST_CASE("the CSV priority list matches its golden file")
{
    std::string csv = priority_csv(fixture::export_document());
    CHECK(csv == golden::expect("priorities.nl.csv", csv));
}

TEST_CASE("the CSV has a BOM, a header and one row per card in ranking order, and reads back exactly")
{
    Document doc = fixture::export_document();
    for (char sep : {';', ','}) {
        CAPTURE(sep);
        std::string csv = priority_csv(doc, sep);
        REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
        auto rows = parse_csv(std::string_view(csv).substr(3), sep);
        REQUIRE(rows.size() == 19);
        CHECK(rows[0] == std::vector<std::string>{"Rang", "Baan", "Positie", "Code", "Titel", "Thema", "Notitie"});
        for (std::size_t i = 0; i < doc.rows.size(); ++i) {
            const DocCard& c = doc.rows[i];
            const auto& r = rows[i + 1];
            REQUIRE(r.size() == 7);
            CHECK(r[0] == (c.rank ? std::to_string(c.rank) : ""));
            CHECK(r[1] == c.lane);
            CHECK(r[2] == std::to_string(c.position));
            CHECK(r[3] == c.code);
            CHECK(r[4] == c.title);
            CHECK(r[5] == c.theme);
            bool guarded = !c.note.empty() && std::string("=+-@\t").find(c.note[0]) != std::string::npos;
            CHECK(r[6] == (guarded ? "'" + c.note : c.note));
        }
        CHECK(rows[18][1] == "Niet geplaatst");
        CHECK(rows[18][0] == "");
    }
}

TEST_CASE("CSV fields are quoted when needed and guarded against formulas")
{
    CHECK(csv_field("plain", ';') == "plain");
    CHECK(csv_field("a;b", ';') == "\"a;b\"");
    CHECK(csv_field("a;b", ',') == "a;b");
    CHECK(csv_field("a,b", ',') == "\"a,b\"");
    CHECK(csv_field("say \"hi\"", ';') == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines", ';') == "\"two\nlines\"");
    CHECK(csv_field(" padded ", ';') == "\" padded \"");
    CHECK(csv_field("=1+1", ';') == "'=1+1");
    CHECK(csv_field("+32", ';') == "'+32");
    CHECK(csv_field("-20%", ';') == "'-20%");
    CHECK(csv_field("@SUM(A1)", ';') == "'@SUM(A1)");
    CHECK(csv_field("\tx", ';') == "\"'\tx\"");
    CHECK(csv_field("\rx", ';') == "\"'\rx\"");
    CHECK(csv_field("=HYPERLINK(\"http://x\";\"y\")", ';') == "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
    CHECK(csv_field("a=b", ';') == "a=b");
    CHECK(csv_field("", ';') == "");
}
