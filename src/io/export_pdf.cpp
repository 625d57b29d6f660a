#include "io/export_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <cstdio>
#include <memory>

#include "core/strings.h"

namespace prio {
namespace {

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

void set_colour(cairo_t* cr, Colour c)
{
    cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
}

std::string escape(std::string_view text)
{
    gchar* escaped = g_markup_escape_text(text.data(), static_cast<gssize>(text.size()));
    std::string out(escaped);
    g_free(escaped);
    return out;
}

// Inside a paragraph with a hanging indent a "\n" would start a new
// paragraph (and outdent again); U+2028 breaks the line and keeps the indent.
std::string keep_paragraph(std::string_view text)
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

// ---- what goes on the pages

void heading(Layout& l, const std::string& text, int level, std::string outline = {})
{
    static constexpr double kSize[] = {0, 20, 15, 11.5, 10.5};
    static constexpr double kBefore[] = {0, 0, 18, 12, 9};
    Block& b = l.text(escape(text), kSize[level], true);
    b.ink = kAccent;
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
    for (std::size_t i = 0; i < b.cells.size(); ++i) {
        set_colour(cr, kAccent);
        cairo_move_to(cr, cx + 4, y + 3.5);
        pango_cairo_show_layout(cr, b.cells[i]);
        cx += kContentWidth * kTableColumns[i];
    }
}

void draw_piece(cairo_t* cr, const Block& b, const Piece& p)
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
    return {std::move(bytes), {}};
}

}  // namespace prio
