// Drawing the PDF's pieces on pages, each in its structure tag (cairo's tag
// API): headings H1-H4, paragraphs P, lists L/LI, tables Table/TR/TH/TD,
// pictures Figure. The footer (page furniture) and colour strips stay
// outside the structure tree.
#include <cairo-pdf.h>

#include "io/export/pdf_layout.h"

namespace prio::pdf {
namespace {

void draw_table(cairo_t* cr, const Box& b, double y)
{
    double x = kMargin + b.indent;
    double width = 0;
    for (double w : b.columns)
        width += w;
    // Fills first, then the grid over them, then the text.
    double ry = y;
    for (std::size_t r = 0; r < b.cells.size(); ++r) {
        double cx = x;
        for (std::size_t c = 0; c < b.cells[r].size() && c < b.columns.size(); ++c) {
            const TableCell& cell = b.cells[r][c];
            if (cell.filled || r == 0) {
                set_colour(cr, cell.filled ? cell.fill : kTableHead);
                cairo_rectangle(cr, cx, ry, b.columns[c], b.row_heights[r]);
                cairo_fill(cr);
            }
            cx += b.columns[c];
        }
        ry += b.row_heights[r];
    }
    set_colour(cr, kRule);
    cairo_set_line_width(cr, 0.6);
    cairo_rectangle(cr, x, y, width, b.height);
    ry = y;
    for (std::size_t r = 0; r + 1 < b.cells.size(); ++r) {
        ry += b.row_heights[r];
        cairo_move_to(cr, x, ry);
        cairo_line_to(cr, x + width, ry);
    }
    double cx = x;
    for (std::size_t c = 0; c + 1 < b.columns.size(); ++c) {
        cx += b.columns[c];
        cairo_move_to(cr, cx, y);
        cairo_line_to(cr, cx, y + b.height);
    }
    cairo_stroke(cr);
    ry = y;
    for (std::size_t r = 0; r < b.cells.size(); ++r) {
        const char* tag = r == 0 ? "TH" : "TD";
        cairo_tag_begin(cr, "TR", nullptr);
        cx = x;
        for (std::size_t c = 0; c < b.cells[r].size() && c < b.columns.size(); ++c) {
            const TableCell& cell = b.cells[r][c];
            cairo_tag_begin(cr, tag, nullptr);
            if (cell.layout) {
                set_colour(cr, cell.ink);
                cairo_move_to(cr, cx + kCellPadX, ry + kCellPadY);
                pango_cairo_show_layout(cr, cell.layout);
            }
            cairo_tag_end(cr, tag);
            cx += b.columns[c];
        }
        cairo_tag_end(cr, "TR");
        ry += b.row_heights[r];
    }
}

void draw_picture(cairo_t* cr, const Box& b, double y)
{
    double source = cairo_image_surface_get_width(b.picture);
    if (source <= 0)
        return;
    double scale = b.picture_width / source;
    cairo_save(cr);
    cairo_translate(cr, kMargin + b.indent, y);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, b.picture, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
}

void draw_strip(cairo_t* cr, const Box& b, double y)
{
    double x = kMargin + b.indent;
    double w = b.strip.empty() ? kContentWidth : kContentWidth / static_cast<double>(b.strip.size());
    for (std::size_t i = 0; i < b.strip.size(); ++i) {
        set_colour(cr, b.strip[i]);
        cairo_rectangle(cr, x + w * static_cast<double>(i), y, w, b.height);
        cairo_fill(cr);
    }
}

void draw_text(cairo_t* cr, const Box& b, const Piece& p)
{
    double x = kMargin + b.indent;
    double offset = b.tops.empty() ? 0 : b.tops[p.first];
    double height = p.last > p.first ? b.bottoms[p.last - 1] - offset : b.height;
    if (b.has_bar) {
        set_colour(cr, b.bar);
        cairo_rectangle(cr, x - b.bar_width - 6, p.y + 1, b.bar_width, height - 2);
        cairo_fill(cr);
    }
    if (b.swatch && p.first == 0 && !b.bottoms.empty()) {
        double size = 7;
        set_colour(cr, b.bar);
        cairo_rectangle(cr, x - 13, p.y + (b.bottoms[0] - size) / 2, size, size);
        cairo_fill(cr);
    }
    cairo_save(cr);
    cairo_rectangle(cr, 0, p.y, kPageWidth, height);
    cairo_clip(cr);
    set_colour(cr, b.ink);
    cairo_move_to(cr, x, p.y - offset);
    pango_cairo_show_layout(cr, b.layout);
    cairo_restore(cr);
    if (b.rule_below) {
        set_colour(cr, kRule);
        cairo_set_line_width(cr, 0.8);
        cairo_move_to(cr, kMargin, p.y + height + 2);
        cairo_line_to(cr, kMargin + kContentWidth, p.y + height + 2);
        cairo_stroke(cr);
    }
}

void draw_content(cairo_t* cr, const Box& b, const Piece& p)
{
    switch (b.kind) {
    case Box::Text: draw_text(cr, b, p); break;
    case Box::Table: draw_table(cr, b, p.y); break;
    case Box::Picture: draw_picture(cr, b, p.y); break;
    case Box::Strip: draw_strip(cr, b, p.y); break;
    case Box::Break: break;
    }
}

}  // namespace

void draw_piece(cairo_t* cr, const Box& b, const Piece& p)
{
    if (b.list_first && p.first == 0)
        cairo_tag_begin(cr, "L", nullptr);
    if (!b.tag.empty())
        cairo_tag_begin(cr, b.tag.c_str(), nullptr);
    draw_content(cr, b, p);
    if (!b.tag.empty())
        cairo_tag_end(cr, b.tag.c_str());
    if (b.list_last && p.last >= b.tops.size())
        cairo_tag_end(cr, "L");
}

void draw_footer(cairo_t* cr, Layout& l, const std::string& left_text, const std::string& number)
{
    PangoLayout* right = l.make(escape(number), 8, false, kContentWidth);
    pango_layout_set_alignment(right, PANGO_ALIGN_RIGHT);
    PangoLayout* left = l.make(escape(left_text), 8, false, kContentWidth * 0.7);
    pango_layout_set_ellipsize(left, PANGO_ELLIPSIZE_END);
    double y = kPageHeight - 40;
    set_colour(cr, kRule);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, kMargin, y - 5);
    cairo_line_to(cr, kMargin + kContentWidth, y - 5);
    cairo_stroke(cr);
    set_colour(cr, kQuiet);
    cairo_move_to(cr, kMargin, y);
    pango_cairo_show_layout(cr, left);
    cairo_move_to(cr, kMargin, y);
    pango_cairo_show_layout(cr, right);
    g_object_unref(left);
    g_object_unref(right);
}

}  // namespace prio::pdf
