#pragma once
// The PDF writer's insides: the page geometry, the boxes of laid-out text,
// table or picture that are placed on pages, and the drawing of one piece
// of a box (pdf_draw.cpp) inside its tag in the PDF's structure tree.
#include <cairo.h>
#include <pango/pangocairo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deck.h"

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

constexpr double kTableHeadHeight = 18;
constexpr double kTableRowHeight = 20;
constexpr double kCellPadX = 4;
constexpr double kCellPadY = 3.5;

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

struct TableCell {
    PangoLayout* layout = nullptr;  // none for an empty cell
    Colour fill{};
    bool filled = false;
    Colour ink = kInk;
};

struct Box {
    enum Kind { Text, Table, Strip, Picture, Break } kind = Text;
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
    int heading_level = 0;  // a bookmark of this level in the outline; 0: none
    std::string outline_title;
    std::vector<double> columns;                // a table's column widths in points
    std::vector<std::vector<TableCell>> cells;  // a table's rows, the header first
    std::vector<double> row_heights;
    std::vector<Colour> strip;                  // the colours of a strip
    cairo_surface_t* picture = nullptr;
    double picture_width = 0;
    std::string tag = "P";  // in the structure tree: H1-H4, P, LI, Table, Figure; "" for none
    bool list_first = false, list_last = false;  // an LI that opens or closes its L
};

// Where a box, or a run of its lines, lands.
struct Piece {
    std::size_t box = 0;
    int page = 0;
    double y = 0;
    std::size_t first = 0, last = 0;  // lines [first, last)
};

class Layout {
public:
    explicit Layout(cairo_t* cr);
    ~Layout();
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;

    void set_language(const std::string& language);
    PangoLayout* make(const std::string& markup, double size, bool bold, double width);
    Box& text(const std::string& markup, double size, bool bold, double indent = 0);
    Box& add(Box box);

    std::vector<Box> boxes;

    // The box's lines and height, again after its layout changed.
    static void measure(Box& b);

private:
    PangoContext* context_;
};

// Places the boxes on pages; `pages` is how many there are.
std::vector<Piece> paginate(const std::vector<Box>& boxes, int& pages);
// Draws the part of `b` that `p` places, inside its structure tag.
void draw_piece(cairo_t* cr, const Box& b, const Piece& p);
void draw_footer(cairo_t* cr, Layout& l, const std::string& left, const std::string& right);

}  // namespace prio::pdf
