#include <doctest/doctest.h>

#include "io/export/markdown_writer.h"

using namespace prio;
using block::Style;

namespace {

std::string md(std::vector<Block> blocks)
{
    Report r;
    r.blocks = std::move(blocks);
    return report_markdown(r);
}

}  // namespace

TEST_CASE("Markdown writer: headings by level, on one line, escaped")
{
    CHECK(md({{block::Heading{1, "Title"}}}) == "# Title\n");
    CHECK(md({{block::Heading{3, "1. K3 \u2014 a #tag\nnext", true, Colour{1, 2, 3}}}}) ==
          "### 1. K3 \u2014 a \\#tag next\n");
    CHECK(md({{block::Heading{9, "deep"}}}) == "###### deep\n");
}

TEST_CASE("Markdown writer: paragraphs with strong and emphasised spans, hard breaks and new paragraphs")
{
    block::Paragraph p{{{"Theme:", true}, {" De klant *x*"}}, Style::Detail, Colour{9, 9, 9}};
    CHECK(md({{p}}) == "**Theme:** De klant \\*x\\*\n");
    block::Paragraph lines{{{"  - first\nsecond\n\n third "}}, Style::Body, {}};
    CHECK(md({{lines}}) == "\\- first\\\nsecond\n\nthird\n");
    block::Paragraph marks{{{"a "}, {" wide ", false, true}, {"b", true, true}}, Style::Body, {}};
    CHECK(md({{marks}}) == "a  *wide* ***b***\n");  // blanks stay outside the marks
    CHECK(md({{block::Paragraph{{{"nothing here"}}, Style::Quiet, {}}}}) == "*nothing here*\n");
    CHECK(md({{block::Paragraph{{{"Notes"}}, Style::Label, {}}}, {block::Paragraph{{{"=A1"}}, Style::Quote, {}}}}) ==
          "**Notes**\n\n\\=A1\n");
}

TEST_CASE("Markdown writer: bullet lists and field lists")
{
    block::List bullets{false, {{{}, "one"}, {{}, "- two"}, {"Who", "three\nlines\n\nhere"}}};
    CHECK(md({{bullets}, {block::Paragraph{{{"after"}}, Style::Body, {}}}}) ==
          "- one\n- \\- two\n- **Who:** three\\\n  lines\\\n  here\n\nafter\n");
    block::List fields{true, {{"Organisation", "Gemeente Zonnedorp"}, {"Remarks", "a\nb"}}};
    CHECK(md({{fields}}) == "- **Organisation:** Gemeente Zonnedorp\n- **Remarks:** a\\\n  b\n");
}

TEST_CASE("Markdown writer: a pipe table padded by characters, fills left out, pipes escaped")
{
    block::Table t;
    t.widths = {0.5, 0.5};
    t.header = {{"Rang", {}}, {"Principe", Colour{0xA2, 0x3B, 0x72}}};
    t.rows = {{{"1", Colour{0, 0, 0}}, {"\u00e9\u00e9n | twee"}}, {{"12"}}};
    CHECK(md({{t}}) == "| Rang | Principe    |\n"
                       "|------|-------------|\n"
                       "| 1    | \u00e9\u00e9n \\| twee |\n"
                       "| 12   |             |\n");
}

TEST_CASE("Markdown writer: an image by its file; strips and page breaks print nothing")
{
    CHECK(md({{block::Image{"\x89PNG", "board.png", "The board [final]", 0.5}}}) ==
          "![The board \\[final\\]](board.png)\n");
    CHECK(md({{block::Image{"", "my board.png", "b", 1}}}) == "![b](<my board.png>)\n");
    CHECK(md({{block::Heading{2, "A"}}, {block::Strip{{Colour{1, 2, 3}}}}, {block::PageBreak{}},
              {block::Heading{2, "B"}}}) == "## A\n\n## B\n");
}
