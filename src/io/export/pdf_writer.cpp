#include "io/export/pdf_writer.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <cstdio>

#include "core/colour.h"
#include "io/export/export_document.h"
#include "io/export/pdf_language.h"
#include "io/export/pdf_layout.h"

namespace prio {
namespace {

using namespace pdf;

std::string markup(const std::vector<block::Span>& spans)
{
    return marked_spans(spans, {"<b>", "</b>", "<i>", "</i>"}, [](const block::Span& s, std::size_t) {
        return escape(s.text);
    });
}

void set_tab(Box& b, double at)
{
    PangoTabArray* tabs = pango_tab_array_new_with_positions(1, TRUE, PANGO_TAB_LEFT, static_cast<gint>(at));
    pango_layout_set_tabs(b.layout, tabs);
    pango_tab_array_free(tabs);
}

std::string labelled(const block::Item& item, std::string_view between)
{
    std::string label = item.label.empty() ? "" : "<b>" + escape(item.label) + ":</b>" + std::string(between);
    return label + escape(keep_paragraph(item.text));
}

// One overload per block type: the boxes each becomes.
struct Boxes {
    Layout& l;
    std::string error;

    void operator()(const block::Heading& h)
    {
        static constexpr double kSize[] = {0, 20, 15, 11.5, 10.5};
        static constexpr double kBefore[] = {0, 0, 18, 12, 9};
        int level = std::clamp(h.level, 1, 6);
        std::size_t k = static_cast<std::size_t>(std::min(level, 4));
        Box& b = l.text(escape(h.text), kSize[k], true);
        b.ink = kAccent;
        b.tag = "H" + std::to_string(level);
        b.before = kBefore[k];
        b.after = level == 1 ? 6 : level == 2 ? 8 : 4;
        b.keep_with_next = true;
        b.splittable = false;
        b.rule_below = level == 2;
        if (h.bar) {
            b.has_bar = true;
            b.bar = *h.bar;
            b.bar_width = 4;
        }
        if (h.bookmark) {
            b.heading_level = level;
            b.outline_title = h.text;
        }
    }

    void operator()(const block::Paragraph& p)
    {
        using block::Style;
        std::string text = markup(p.spans);
        switch (p.style) {
        case Style::Body:
        case Style::Lead: {
            Box& b = l.text(text, 10, false);
            b.after = p.style == Style::Lead ? 5 : 6;
            break;
        }
        case Style::Detail: {
            Box& b = l.text(text, 9.5, false, 13);
            b.ink = kQuiet;
            b.after = 3;
            b.keep_with_next = true;
            b.splittable = false;
            b.swatch = p.swatch.has_value();
            b.bar = p.swatch.value_or(kRule);
            break;
        }
        case Style::Label: {
            Box& b = l.text("<b>" + text + "</b>", 9.5, false, 12);
            b.after = 2;
            b.keep_with_next = true;
            b.splittable = false;
            break;
        }
        case Style::Quote: {
            Box& b = l.text(text, 10, false, 12);
            b.has_bar = true;
            b.bar = kRule;
            b.bar_width = 1.5;
            b.after = 6;
            break;
        }
        case Style::Quiet: {
            Box& b = l.text("<i>" + text + "</i>", 10, false);
            b.ink = kQuiet;
            b.after = 6;
            break;
        }
        }
    }

    void operator()(const block::List& list)
    {
        for (const block::Item& item : list.items) {
            bool first = &item == &list.items.front(), last = &item == &list.items.back();
            if (list.fields) {
                Box& b = l.text(labelled(item, "\t"), 10, false);
                set_tab(b, 110);
                // Negative indent: the first line (the label) starts at the
                // margin, the wrapped lines of the value line up with its first word.
                pango_layout_set_indent(b.layout, -110 * PANGO_SCALE);
                Layout::measure(b);
                b.after = last ? 10 : 2;
            } else {
                Box& b = l.text("\u2022\t" + labelled(item, " "), 10, false);
                set_tab(b, 12);
                Layout::measure(b);
                b.tag = "LI";
                b.list_first = first;
                b.list_last = last;
                b.after = last ? 6 : 2;
            }
        }
    }

    void operator()(const block::Table& t)
    {
        std::size_t columns = t.header.size();
        if (columns == 0)
            return;
        Box b;
        b.kind = Box::Table;
        b.tag = "Table";
        b.before = 2;
        b.after = 8;
        for (std::size_t c = 0; c < columns; ++c)
            b.columns.push_back(kContentWidth * (c < t.widths.size() ? t.widths[c] : 1.0 / static_cast<double>(columns)));
        auto row = [&](const std::vector<block::Cell>& cells, bool head) {
            std::vector<TableCell> out(columns);
            double height = head ? kTableHeadHeight : kTableRowHeight;
            for (std::size_t c = 0; c < columns && c < cells.size(); ++c) {
                const block::Cell& cell = cells[c];
                TableCell& o = out[c];
                o.filled = cell.fill.has_value();
                o.fill = cell.fill.value_or(kTableHead);
                o.ink = o.filled ? text_colour_on(o.fill) : head ? kAccent : kInk;
                if (cell.text.empty())
                    continue;
                std::string text = escape(keep_paragraph(cell.text));
                o.layout = l.make(head ? "<b>" + text + "</b>" : text, 9, false, b.columns[c] - 2 * kCellPadX);
                int w = 0, h = 0;
                pango_layout_get_size(o.layout, &w, &h);
                height = std::max(height, kCellPadY + static_cast<double>(h) / PANGO_SCALE + 2);
            }
            b.cells.push_back(std::move(out));
            b.row_heights.push_back(height);
            b.height += height;
        };
        row(t.header, true);
        for (const std::vector<block::Cell>& cells : t.rows)
            row(cells, false);
        l.add(std::move(b));
    }

    void operator()(const block::Strip& s)
    {
        Box b;
        b.kind = Box::Strip;
        b.tag.clear();  // decoration
        b.strip = s.colours;
        b.height = 5;
        b.after = 12;
        l.add(std::move(b));
    }

    void operator()(const block::Image& i)
    {
        struct Reader {
            const std::string& png;
            std::size_t at = 0;
        } reader{i.png};
        auto read = [](void* closure, unsigned char* data, unsigned int length) {
            auto* r = static_cast<Reader*>(closure);
            if (r->png.size() - r->at < length)
                return CAIRO_STATUS_READ_ERROR;
            std::copy_n(r->png.data() + r->at, length, reinterpret_cast<char*>(data));
            r->at += length;
            return CAIRO_STATUS_SUCCESS;
        };
        cairo_surface_t* surface = cairo_image_surface_create_from_png_stream(read, &reader);
        if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS || cairo_image_surface_get_width(surface) <= 0) {
            cairo_surface_destroy(surface);
            error = "a picture is not a PNG image";
            return;
        }
        Box b;
        b.kind = Box::Picture;
        b.tag = "Figure";
        b.picture = surface;
        double w = cairo_image_surface_get_width(surface), h = cairo_image_surface_get_height(surface);
        b.picture_width = kContentWidth * std::clamp(i.width, 0.05, 1.0);
        b.height = b.picture_width * h / w;
        if (b.height > kBottom - kTop) {  // a tall picture is made to fit the page
            b.picture_width *= (kBottom - kTop) / b.height;
            b.height = kBottom - kTop;
        }
        b.after = 8;
        l.add(std::move(b));
    }

    void operator()(const block::PageBreak&)
    {
        Box b;
        b.kind = Box::Break;
        b.tag.clear();
        l.add(std::move(b));
    }
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// Draws the pages, with a bookmark for each bookmarked heading under the
// nearest bookmarked heading of a lower level.
void draw_pages(cairo_t* cr, cairo_surface_t* surface, Layout& layout, const Report& report)
{
    int pages = 1;
    std::vector<Piece> pieces = paginate(layout.boxes, pages);
    std::vector<std::pair<int, int>> outline;  // (level, id) of the open bookmarks
    std::size_t next = 0;
    cairo_tag_begin(cr, "Document", nullptr);
    for (int page = 0; page < pages; ++page) {
        for (; next < pieces.size() && pieces[next].page == page; ++next) {
            const Piece& p = pieces[next];
            const Box& b = layout.boxes[p.box];
            draw_piece(cr, b, p);
            if (b.heading_level > 0 && p.first == 0) {
                while (!outline.empty() && outline.back().first >= b.heading_level)
                    outline.pop_back();
                char link[64];
                std::snprintf(link, sizeof link, "page=%d pos=[%.1f %.1f]", page + 1, kMargin, p.y);
                int parent = outline.empty() ? CAIRO_PDF_OUTLINE_ROOT : outline.back().second;
                int id = cairo_pdf_surface_add_outline(surface, parent, b.outline_title.c_str(), link,
                                                       static_cast<cairo_pdf_outline_flags_t>(0));
                outline.push_back({b.heading_level, id});
            }
        }
        if (page + 1 == pages)
            cairo_tag_end(cr, "Document");
        draw_footer(cr, layout, report.footer,
                    fill(report.page_number, {{"page", std::to_string(page + 1)}, {"pages", std::to_string(pages)}}));
        cairo_show_page(cr);
    }
}

}  // namespace

Rendered report_pdf(const Report& report)
{
    std::string bytes;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &bytes, kPageWidth, kPageHeight);
    cairo_t* cr = cairo_create(surface);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, report.title.c_str());
    if (!report.author.empty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, report.author.c_str());
    if (!report.subject.empty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, report.subject.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Prioriteer");
    if (report.created.size() >= 19)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, report.created.c_str());

    std::string error;
    {
        Layout layout(cr);
        layout.set_language(report.language);
        Boxes boxes{layout, {}};
        for (const Block& b : report.blocks) {
            std::size_t before = layout.boxes.size();
            std::visit(boxes, b.item);
            if (b.keep_with_next && layout.boxes.size() > before)
                layout.boxes.back().keep_with_next = true;
        }
        error = boxes.error;
        if (error.empty())
            draw_pages(cr, surface, layout, report);
    }

    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (!error.empty())
        return {{}, error};
    if (status != CAIRO_STATUS_SUCCESS)
        return {{}, cairo_status_to_string(status)};
    return {with_language(bytes, report.language == "nl" ? "nl-BE" : "en"), {}};
}

}  // namespace prio
