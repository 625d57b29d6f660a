#pragma once
// The masterplan's PDF, internal to src/io: the page geometry, the blocks
// of laid-out text that are placed on pages, and the drawing of one piece
// of a block (pdf_draw.cpp) with its tag in the PDF's structure tree.
#include <cairo.h>
#include <pango/pangocairo.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/colour.h"
#include "io/export/export_document.h"

namespace prio::pdf {

// A4 in points; margins of 2 cm.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.890;
constexpr double kMargin = 56.69;
constexpr double kTop = kMargin;
constexpr double kBottom = kPageHeight - 62.0;  // the footer lives below
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr const char* kFont = "Noto Sans";

constexpr Colour kInk{0x22, 0x22, 0x22};
constexpr Colour kAccent{0x1F, 0x3A, 0x5F};
constexpr Colour kQuiet{0x5A, 0x63, 0x6E};
constexpr Colour kRule{0x9A, 0xA7, 0xB4};
constexpr Colour kTableHead{0xE8, 0xED, 0xF2};

inline void set_colour(cairo_t* cr, Colour c)
{
    cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
}

inline std::string escape(std::string_view text)
{
    gchar* escaped = g_markup_escape_text(text.data(), static_cast<gssize>(text.size()));
    std::string out(escaped);
    g_free(escaped);
    return out;
}

// Inside a paragraph with a hanging indent a "\n" would start a new
// paragraph (and outdent again); U+2028 breaks the line and keeps the indent.
inline std::string keep_paragraph(std::string_view text)
{
    std::string out;
    for (char c : text)
        out += c == '\n' ? std::string("\u2028") : std::string(1, c);
    return out;
}

struct Block {
    enum Kind { Text, Table, ThemeStrip } kind = Text;
    PangoLayout* layout = nullptr;
    double indent = 0;
    double before = 0;
    double after = 0;
    bool keep_with_next = false;
    bool splittable = false;
    bool rule_below = false;
    Colour ink = kInk;
    bool has_bar = false;
    bool swatch = false;  // a square of `bar` before the first line
    Colour bar;
    double bar_width = 0;
    std::vector<double> tops, bottoms;  // each line's extent in the layout
    double height = 0;
    int outline_level = 0;  // 1: lane, 2: principle; 0: no bookmark
    std::string outline_title;
    std::vector<PangoLayout*> cells;  // table header cells
    std::vector<Colour> strip;        // the theme colours of the title band
    std::string tag = "P";            // in the structure tree: H1-H4, P, LI, Table; "" for none
    bool list_first = false, list_last = false;  // an LI that opens or closes its L
};

constexpr double kTableHeadHeight = 18;
constexpr double kTableRowHeight = 20;
constexpr double kTableColumns[] = {0.53, 0.26, 0.21};

// Where a block, or a run of its lines, lands.
struct Piece {
    std::size_t block = 0;
    int page = 0;
    double y = 0;
    std::size_t first = 0, last = 0;  // lines [first, last)
};

class Layout {
public:
    explicit Layout(cairo_t* cr) : context_(pango_cairo_create_context(cr))
    {
        // Points in, points out: font sizes are in points on the page.
        pango_cairo_context_set_resolution(context_, 72);
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(context_, options);
        cairo_font_options_destroy(options);
    }
    ~Layout()
    {
        for (Block& b : blocks) {
            if (b.layout)
                g_object_unref(b.layout);
            for (PangoLayout* cell : b.cells)
                g_object_unref(cell);
        }
        g_object_unref(context_);
    }
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;

    void set_language(const std::string& language)
    {
        pango_context_set_language(context_, pango_language_from_string(language.c_str()));
    }

    PangoLayout* make(const std::string& markup, double size, bool bold, double width)
    {
        PangoLayout* layout = pango_layout_new(context_);
        PangoFontDescription* font = pango_font_description_new();
        pango_font_description_set_family(font, kFont);
        pango_font_description_set_size(font, static_cast<gint>(size * PANGO_SCALE));
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(layout, font);
        pango_font_description_free(font);
        pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_markup(layout, markup.c_str(), -1);
        return layout;
    }

    Block& text(const std::string& markup, double size, bool bold, double indent = 0)
    {
        Block b;
        b.layout = make(markup, size, bold, kContentWidth - indent);
        b.indent = indent;
        b.splittable = true;
        measure(b);
        blocks.push_back(std::move(b));
        return blocks.back();
    }

    Block& table(const std::vector<std::string>& columns)
    {
        Block b;
        b.kind = Block::Table;
        b.tag = "Table";
        for (std::size_t i = 0; i < columns.size() && i < 3; ++i)
            b.cells.push_back(make("<b>" + escape(columns[i]) + "</b>", 9, false, kContentWidth * kTableColumns[i] - 8));
        b.height = kTableHeadHeight + 3 * kTableRowHeight;
        blocks.push_back(std::move(b));
        return blocks.back();
    }

    Block& strip(std::vector<Colour> colours)
    {
        Block b;
        b.kind = Block::ThemeStrip;
        b.tag.clear();  // decoration
        b.strip = std::move(colours);
        b.height = 5;
        blocks.push_back(std::move(b));
        return blocks.back();
    }

    std::vector<Block> blocks;

    // The block's lines and height, again after its layout changed.
    static void measure(Block& b)
    {
        b.tops.clear();
        b.bottoms.clear();
        PangoLayoutIter* it = pango_layout_get_iter(b.layout);
        do {
            int y0 = 0, y1 = 0;
            pango_layout_iter_get_line_yrange(it, &y0, &y1);
            b.tops.push_back(static_cast<double>(y0) / PANGO_SCALE);
            b.bottoms.push_back(static_cast<double>(y1) / PANGO_SCALE);
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
        b.height = b.bottoms.empty() ? 0 : b.bottoms.back();
    }

private:
    PangoContext* context_;
};

// Draws the part of `b` that `p` places, inside its structure tag.
void draw_piece(cairo_t* cr, const Block& b, const Piece& p);
void draw_footer(cairo_t* cr, Layout& l, const Document& doc, int page, int pages);

}  // namespace prio::pdf
