// Drawing the masterplan's pieces on PDF pages, each in its structure tag
// (cairo's tag API): headings H1-H4, paragraphs P, the lane-change list as
// L/LI, the action tables as Table/TR/TH/TD. The footer (page furniture) and
// the theme band stay outside the structure tree.
#include <cairo-pdf.h>

#include "core/strings.h"
#include "io/export/pdf_layout.h"

namespace prio::pdf {
namespace {

void draw_table(cairo_t* cr, const Block& b, double y)
{
    double x = kMargin + b.indent;
    double height = kTableHeadHeight + 3 * kTableRowHeight;
    set_colour(cr, kTableHead);
    cairo_rectangle(cr, x, y, kContentWidth, kTableHeadHeight);
    cairo_fill(cr);
    set_colour(cr, kRule);
    cairo_set_line_width(cr, 0.6);
    cairo_rectangle(cr, x, y, kContentWidth, height);
    for (int row = 0; row < 3; ++row) {
        double ry = y + kTableHeadHeight + row * kTableRowHeight;
        cairo_move_to(cr, x, ry);
        cairo_line_to(cr, x + kContentWidth, ry);
    }
    double cx = x;
    for (std::size_t i = 0; i + 1 < b.cells.size(); ++i) {
        cx += kContentWidth * kTableColumns[i];
        cairo_move_to(cr, cx, y);
        cairo_line_to(cr, cx, y + height);
    }
    cairo_stroke(cr);
    cx = x;
    cairo_tag_begin(cr, "TR", nullptr);
    for (std::size_t i = 0; i < b.cells.size(); ++i) {
        cairo_tag_begin(cr, "TH", nullptr);
        set_colour(cr, kAccent);
        cairo_move_to(cr, cx + 4, y + 3.5);
        pango_cairo_show_layout(cr, b.cells[i]);
        cairo_tag_end(cr, "TH");
        cx += kContentWidth * kTableColumns[i];
    }
    cairo_tag_end(cr, "TR");
    // The rows are left empty for the group to fill in on paper.
    for (int row = 0; row < 3; ++row) {
        cairo_tag_begin(cr, "TR", nullptr);
        for (std::size_t i = 0; i < b.cells.size(); ++i) {
            cairo_tag_begin(cr, "TD", nullptr);
            cairo_tag_end(cr, "TD");
        }
        cairo_tag_end(cr, "TR");
    }
}

void draw_content(cairo_t* cr, const Block& b, const Piece& p)
{
    double x = kMargin + b.indent;
    if (b.kind == Block::Table) {
        draw_table(cr, b, p.y);
        return;
    }
    if (b.kind == Block::ThemeStrip) {
        double w = b.strip.empty() ? kContentWidth : kContentWidth / static_cast<double>(b.strip.size());
        for (std::size_t i = 0; i < b.strip.size(); ++i) {
            set_colour(cr, b.strip[i]);
            cairo_rectangle(cr, x + w * static_cast<double>(i), p.y, w, b.height);
            cairo_fill(cr);
        }
        return;
    }
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

}  // namespace

void draw_piece(cairo_t* cr, const Block& b, const Piece& p)
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

void draw_footer(cairo_t* cr, Layout& l, const Document& doc, int page, int pages)
{
    std::string number = fill(tr("fmt.export.page", doc.language),
                              {{"page", std::to_string(page)}, {"pages", std::to_string(pages)}});
    PangoLayout* right = l.make(escape(number), 8, false, kContentWidth);
    pango_layout_set_alignment(right, PANGO_ALIGN_RIGHT);
    std::string left_text = doc.title;
    if (!doc.meta.organisation.empty())
        left_text += " \u00B7 " + doc.meta.organisation;
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
