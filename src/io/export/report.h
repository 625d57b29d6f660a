#pragma once
// A document as a list of blocks: what a composer says (the masterplan
// today; a comparison of councils or a round report next) and what the
// Markdown, ODT and PDF writers print, each in its own terms. The writers
// know blocks only, nothing of sessions; the composers know no format.
//
// Text is clean UTF-8 (io/files/text_safety.h): the composers clean what
// they take from a session.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/deck.h"

namespace prio {
namespace block {

// A run of text inside a paragraph.
struct Span {
    std::string text = {};
    bool strong = false;
    bool emphasis = false;
};

struct Heading {
    int level = 1;  // 1: the title; 2: sections; 3 and 4 below them
    std::string text;
    bool bookmark = false;      // in the PDF's outline, under the nearest bookmarked heading of a lower level
    std::optional<Colour> bar = {};  // a bar in this colour beside the heading (ODT, PDF)
};

// What a paragraph is for; each writer gives every style its own look.
enum class Style {
    Body,    // running text
    Lead,    // body text that stays with what follows it
    Detail,  // a small grey line under a heading; `swatch` draws a square before it (PDF)
    Label,   // a short bold lead-in to the quote below it
    Quote,   // indented, with a rule beside it: what someone wrote
    Quiet,   // italic and grey: a remark such as "no principles in this lane"
};

// A "\n" in a span breaks the line; an empty line starts a new paragraph.
struct Paragraph {
    std::vector<Span> spans;
    Style style = Style::Body;
    std::optional<Colour> swatch = {};
};

struct Item {
    std::string label = {};  // printed bold before the text, with a colon; may be empty
    std::string text = {};
};

struct List {
    // Fields: "label: value" lines such as a title block, without bullets
    // (the Markdown keeps them a list); otherwise a bulleted list.
    bool fields = false;
    std::vector<Item> items = {};
};

struct Cell {
    std::string text = {};
    std::optional<Colour> fill = {};  // the writer picks dark or light text to go with it
};

// The header row is shaded unless a cell has its own fill. The PDF keeps a
// table on one page and grows a row with its text; in the ODT rows do not
// break and the header repeats. Markdown has no colours: the text alone.
struct Table {
    std::string name;            // ODT's table name (unique in the document); "" : numbered
    std::vector<double> widths;  // fractions of the text width, one per column
    std::vector<Cell> header;
    std::vector<std::vector<Cell>> rows;
};

// A band of colours across the text width (decoration: the PDF draws it;
// Markdown and ODT leave it out).
struct Strip {
    std::vector<Colour> colours;
};

struct Image {
    std::string png;     // the PNG's bytes, embedded by the ODT and the PDF
    std::string file;    // where the Markdown finds the same picture, relative to it
    std::string alt;     // what the picture shows, for a reader that cannot see it
    double width = 1.0;  // a fraction of the text width
};

// The next block starts a new page (Markdown has no pages).
struct PageBreak {};

}  // namespace block

struct Block {
    std::variant<block::Heading, block::Paragraph, block::List, block::Table, block::Strip, block::Image,
                 block::PageBreak>
        item;
    // The PDF keeps this block on the page of the next one when they fit
    // (headings always do); ODT styles carry their own keeping.
    bool keep_with_next = false;
};

struct Report {
    std::string language;      // "nl" or "en": hyphenation, spelling and the PDF's /Lang
    std::string title;         // the document's title in its metadata
    std::string organisation;  // who it is for: added to the ODT's title
    std::string subject;       // PDF subject
    std::string author;        // PDF author, ODT initial creator
    std::string created;       // ISO 8601 time stamp; "" : none (and the ODT's zip entries get a fixed time)
    std::string footer;        // at the foot of each PDF page, left
    std::string page_number;   // "Page {page} of {pages}": the PDF prints it, the ODT fills in live fields
    std::vector<Block> blocks;
};

// A file rendered in memory, or why it could not be.
struct Rendered {
    std::string bytes;
    std::string error;
};

// A paragraph's spans in a format: each span's text as `text(span, index)`
// gives it, inside the format's marks for strong and emphasis.
struct Marks {
    std::string_view strong_open, strong_close, emphasis_open, emphasis_close;
};
template <class Text>
std::string marked_spans(const std::vector<block::Span>& spans, const Marks& marks, Text text)
{
    std::string out;
    for (std::size_t k = 0; k < spans.size(); ++k) {
        std::string piece = text(spans[k], k);
        if (spans[k].emphasis)
            piece = std::string(marks.emphasis_open) + piece + std::string(marks.emphasis_close);
        if (spans[k].strong)
            piece = std::string(marks.strong_open) + piece + std::string(marks.strong_close);
        out += piece;
    }
    return out;
}

// Adds blocks to a report; the composers' shorthand.
class ReportBuilder {
public:
    explicit ReportBuilder(Report& report) : report_(report) {}
    Block& add(Block block)
    {
        report_.blocks.push_back(std::move(block));
        return report_.blocks.back();
    }
    Block& heading(int level, std::string text, bool bookmark = false, std::optional<Colour> bar = {})
    {
        return add({block::Heading{level, std::move(text), bookmark, bar}});
    }
    Block& paragraph(std::string text, block::Style style = block::Style::Body)
    {
        return add({block::Paragraph{{{std::move(text)}}, style, {}}});
    }
    // The blocks from `first` to the last one stay on one page when they fit.
    void keep_together(std::size_t first)
    {
        for (std::size_t i = first; i + 1 < report_.blocks.size(); ++i)
            report_.blocks[i].keep_with_next = true;
    }
    std::size_t size() const { return report_.blocks.size(); }

private:
    Report& report_;
};

}  // namespace prio
