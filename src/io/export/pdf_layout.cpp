// Laying out the PDF's boxes with pango, and placing them on pages.
#include "io/export/pdf_layout.h"

namespace prio::pdf {

Layout::Layout(cairo_t* cr) : context_(pango_cairo_create_context(cr))
{
    // Points in, points out: font sizes are in points on the page.
    pango_cairo_context_set_resolution(context_, 72);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
}

Layout::~Layout()
{
    for (Box& b : boxes) {
        if (b.layout)
            g_object_unref(b.layout);
        for (std::vector<TableCell>& row : b.cells)
            for (TableCell& cell : row)
                if (cell.layout)
                    g_object_unref(cell.layout);
        if (b.picture)
            cairo_surface_destroy(b.picture);
    }
    g_object_unref(context_);
}

void Layout::set_language(const std::string& language)
{
    pango_context_set_language(context_, pango_language_from_string(language.c_str()));
}

PangoLayout* Layout::make(const std::string& markup, double size, bool bold, double width)
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

Box& Layout::text(const std::string& markup, double size, bool bold, double indent)
{
    Box b;
    b.layout = make(markup, size, bold, kContentWidth - indent);
    b.indent = indent;
    b.splittable = true;
    measure(b);
    return add(std::move(b));
}

Box& Layout::add(Box box)
{
    boxes.push_back(std::move(box));
    return boxes.back();
}

void Layout::measure(Box& b)
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

namespace {

// The height that must fit with the box on its page: the whole box, or its
// first two lines when it may break across pages.
double first_chunk(const Box& b)
{
    if (!b.splittable || b.bottoms.size() <= 2)
        return b.height;
    return b.bottoms[1];
}

}  // namespace

std::vector<Piece> paginate(const std::vector<Box>& boxes, int& pages)
{
    std::vector<Piece> pieces;
    int page = 0;
    double y = kTop;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Box& b = boxes[i];
        if (b.kind == Box::Break) {
            if (y > kTop) {
                ++page;
                y = kTop;
            }
            continue;
        }
        double before = y == kTop ? 0 : b.before;
        // A heading goes to the next page with what it introduces, and a
        // run of boxes kept together goes as one: the run must fit, the last
        // of them at least with its first lines.
        double need = before;
        std::size_t j = i;
        for (; boxes[j].keep_with_next && j + 1 < boxes.size() && boxes[j + 1].kind != Box::Break; ++j)
            need += boxes[j].height + boxes[j].after + boxes[j + 1].before;
        need += first_chunk(boxes[j]);
        if (need > kBottom - kTop) {
            need = before + first_chunk(b);
            if (b.keep_with_next && i + 1 < boxes.size())
                need += b.after + boxes[i + 1].before + first_chunk(boxes[i + 1]);
        }
        if (y + need > kBottom && y > kTop) {
            ++page;
            y = kTop;
            before = 0;
        }
        y += before;
        std::size_t lines = b.kind == Box::Text ? b.bottoms.size() : 0;
        if (!b.splittable || lines == 0 || y + b.height <= kBottom) {
            pieces.push_back({i, page, y, 0, lines});
            y += b.height + b.after;
            continue;
        }
        std::size_t first = 0;
        while (first < lines) {
            std::size_t last = first;
            while (last < lines && y + (b.bottoms[last] - b.tops[first]) <= kBottom)
                ++last;
            if (last == first)
                last = first + 1;  // a line taller than a page still goes somewhere
            pieces.push_back({i, page, y, first, last});
            double used = b.bottoms[last - 1] - b.tops[first];
            first = last;
            if (first < lines) {
                ++page;
                y = kTop;
            } else {
                y += used + b.after;
            }
        }
    }
    pages = page + 1;
    return pieces;
}

}  // namespace prio::pdf
