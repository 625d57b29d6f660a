#include "io/export/export_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <cstdio>
#include <memory>

#include "core/strings.h"

#include "io/export/pdf_language.h"
#include "io/export/pdf_layout.h"

namespace prio {
namespace {

using namespace pdf;

// ---- what goes on the pages

void heading(Layout& l, const std::string& text, int level, std::string outline = {})
{
    static constexpr double kSize[] = {0, 20, 15, 11.5, 10.5};
    static constexpr double kBefore[] = {0, 0, 18, 12, 9};
    Block& b = l.text(escape(text), kSize[level], true);
    b.ink = kAccent;
    b.tag = "H" + std::to_string(level);
    b.before = kBefore[level];
    b.after = level == 2 ? 8 : 4;
    b.keep_with_next = true;
    b.splittable = false;
    b.rule_below = level == 2;
    if (!outline.empty()) {
        b.outline_level = level == 2 ? 1 : 2;
        b.outline_title = std::move(outline);
    }
}

void paragraph(Layout& l, const std::string& text, double after = 6, Colour ink = kInk, bool italic = false)
{
    std::string markup = escape(text);
    if (italic)
        markup = "<i>" + markup + "</i>";
    Block& b = l.text(markup, 10, false);
    b.after = after;
    b.ink = ink;
}

void card(Layout& l, const Document& doc, const DocCard& c, int level, bool actions)
{
    std::size_t start = l.blocks.size();
    std::string title = principle_heading(doc, c);
    heading(l, title, level, title);
    Block& h = l.blocks.back();
    h.has_bar = true;
    h.bar = c.theme_colour;
    h.bar_width = 4;

    Block& theme = l.text("<b>" + escape(doc.theme_label) + ":</b> " + escape(c.theme), 9.5, false, 13);
    theme.swatch = true;
    theme.bar = c.theme_colour;
    theme.after = 3;
    theme.ink = kQuiet;
    theme.keep_with_next = true;
    theme.splittable = false;
    if (!c.summary.empty())
        paragraph(l, c.summary, 5);
    if (!c.note.empty()) {
        Block& label = l.text("<b>" + escape(doc.notes_label) + "</b>", 9.5, false, 12);
        label.keep_with_next = true;
        label.splittable = false;
        label.after = 2;
        Block& note = l.text(escape(c.note), 10, false, 12);
        note.has_bar = true;
        note.bar = kRule;
        note.bar_width = 1.5;
        note.after = 6;
    }
    if (actions) {
        Block& t = l.table(doc.action_columns);
        t.before = 2;
        t.after = 8;
    }
    // A principle stays on one page when it fits on one.
    for (std::size_t k = start; k + 1 < l.blocks.size(); ++k)
        l.blocks[k].keep_with_next = true;
}

void build(Layout& l, const Document& doc)
{
    heading(l, doc.title, 1);
    l.blocks.back().after = 6;
    std::vector<Colour> themes;
    std::vector<std::string> seen;
    for (const DocCard& c : doc.rows) {
        bool known = false;
        for (const std::string& id : seen)
            known = known || id == c.theme_id;
        if (!known) {
            seen.push_back(c.theme_id);
            themes.push_back(c.theme_colour);
        }
    }
    Block& band = l.strip(themes);
    band.after = 12;
    band.keep_with_next = true;

    for (const DocField& f : doc.fields) {
        Block& b = l.text("<b>" + escape(f.label) + ":</b>\t" + escape(keep_paragraph(f.value)), 10, false);
        PangoTabArray* tabs = pango_tab_array_new_with_positions(1, TRUE, PANGO_TAB_LEFT, 110);
        pango_layout_set_tabs(b.layout, tabs);
        pango_tab_array_free(tabs);
        // Negative indent: the first line (the label) starts at the margin,
        // the wrapped lines of the value line up with its first word.
        pango_layout_set_indent(b.layout, -110 * PANGO_SCALE);
        Layout::measure(b);
        b.after = 2;
    }
    if (!l.blocks.empty())
        l.blocks.back().after = 10;

    heading(l, doc.method_heading, 2, doc.method_heading);
    paragraph(l, doc.method);
    for (const DocLane& lane : doc.lanes) {
        heading(l, lane.title, 2, lane.title);
        if (lane.cards.empty())
            paragraph(l, doc.lane_empty, 6, kQuiet, true);
        for (const DocCard& c : lane.cards)
            card(l, doc, c, 3, true);
    }
    heading(l, doc.annex_heading, 2, doc.annex_heading);
    if (!doc.annex_none.empty())
        paragraph(l, doc.annex_none);
    for (const DocLane& lane : doc.annex) {
        heading(l, lane.title, 3);
        for (const DocCard& c : lane.cards)
            card(l, doc, c, 4, false);
    }
    heading(l, doc.log_heading, 2, doc.log_heading);
    for (const std::string& p : doc.log_paragraphs)
        paragraph(l, p);
    if (!doc.log_list.empty()) {
        paragraph(l, doc.log_lane_changes, 3);
        l.blocks.back().keep_with_next = true;
        for (const std::string& line : doc.log_list) {
            Block& b = l.text("\u2022\t" + escape(keep_paragraph(line)), 10, false, 0);
            b.tag = "LI";
            b.list_first = &line == &doc.log_list.front();
            b.list_last = &line == &doc.log_list.back();
            PangoTabArray* tabs = pango_tab_array_new_with_positions(1, TRUE, PANGO_TAB_LEFT, 12);
            pango_layout_set_tabs(b.layout, tabs);
            pango_tab_array_free(tabs);
            b.after = 2;
        }
    }
}

// ---- pages

// The height that must fit with the block on its page: the whole block, or
// its first two lines when it may break across pages.
double first_chunk(const Block& b)
{
    if (!b.splittable || b.bottoms.size() <= 2)
        return b.height;
    return b.bottoms[1];
}

std::vector<Piece> paginate(const std::vector<Block>& blocks, int& pages)
{
    std::vector<Piece> pieces;
    int page = 0;
    double y = kTop;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        double before = y == kTop ? 0 : b.before;
        // A heading goes to the next page with what it introduces, and a
        // principle with its action table: the run of blocks kept together
        // must fit, the last of them at least with its first lines.
        double need = before;
        std::size_t j = i;
        for (; blocks[j].keep_with_next && j + 1 < blocks.size(); ++j)
            need += blocks[j].height + blocks[j].after + blocks[j + 1].before;
        need += first_chunk(blocks[j]);
        if (need > kBottom - kTop) {
            need = before + first_chunk(b);
            if (b.keep_with_next && i + 1 < blocks.size())
                need += b.after + blocks[i + 1].before + first_chunk(blocks[i + 1]);
        }
        if (y + need > kBottom && y > kTop) {
            ++page;
            y = kTop;
            before = 0;
        }
        y += before;
        std::size_t lines = b.kind == Block::Text ? b.bottoms.size() : 0;
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

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

Rendered masterplan_pdf(const Document& doc)
{
    std::string bytes;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &bytes, kPageWidth, kPageHeight);
    cairo_t* cr = cairo_create(surface);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
    if (!doc.meta.facilitator.empty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, doc.meta.facilitator.c_str());
    if (!doc.meta.title.empty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, doc.meta.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Prioriteer");
    if (doc.generated.size() >= 19)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, doc.generated.c_str());

    {
        Layout layout(cr);
        layout.set_language(doc.language);
        build(layout, doc);
        int pages = 1;
        std::vector<Piece> pieces = paginate(layout.blocks, pages);
        int lane_outline = CAIRO_PDF_OUTLINE_ROOT;
        std::size_t next = 0;
        cairo_tag_begin(cr, "Document", nullptr);
        for (int page = 0; page < pages; ++page) {
            for (; next < pieces.size() && pieces[next].page == page; ++next) {
                const Piece& p = pieces[next];
                const Block& b = layout.blocks[p.block];
                draw_piece(cr, b, p);
                if (b.outline_level > 0 && p.first == 0) {
                    char link[64];
                    std::snprintf(link, sizeof link, "page=%d pos=[%.1f %.1f]", page + 1, kMargin, p.y);
                    int parent = b.outline_level == 1 ? CAIRO_PDF_OUTLINE_ROOT : lane_outline;
                    int id = cairo_pdf_surface_add_outline(surface, parent, b.outline_title.c_str(), link,
                                                           static_cast<cairo_pdf_outline_flags_t>(0));
                    if (b.outline_level == 1)
                        lane_outline = id;
                }
            }
            if (page + 1 == pages)
                cairo_tag_end(cr, "Document");
            draw_footer(cr, layout, doc, page + 1, pages);
            cairo_show_page(cr);
        }
    }

    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        return {{}, cairo_status_to_string(status)};
    return {with_language(bytes, doc.language == "nl" ? "nl-BE" : "en"), {}};
}

}  // namespace prio
