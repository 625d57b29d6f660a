#pragma once
// Reports for the writers' tests: one of each block, and a tiny picture.
#include <string>
#include <variant>
#include <vector>

#include "io/export/report.h"

namespace prio::fixture {

// A 3 x 2 pixel PNG (red, green, blue).
inline std::string tiny_png()
{
    static const char bytes[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x03\x00\x00\x00\x02"
    "\x08\x02\x00\x00\x00\x12\x16\xf1\x4d\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9c\x63\xf8\xcf\xc0\xc0"
    "\x00\xc1\x70\x16\x00\x3b\xd8\x05\xfb\xde\x10\x37\x65\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60"
    "\x82";
    return std::string(bytes, sizeof bytes - 1);
}

// The blocks of one kind in a report, in order.
template <class T>
std::vector<const T*> blocks_of(const Report& r)
{
    std::vector<const T*> out;
    for (const Block& b : r.blocks)
        if (const auto* x = std::get_if<T>(&b.item))
            out.push_back(x);
    return out;
}

inline Report report_of(std::vector<Block> blocks, const std::string& language = "nl")
{
    Report r;
    r.language = language;
    r.title = "Verslag";
    r.page_number = "Pagina {page} van {pages}";
    r.footer = "Verslag";
    r.blocks = std::move(blocks);
    return r;
}

inline constexpr Colour kPlum{0xA2, 0x3B, 0x72};
inline constexpr Colour kSun{0xF2, 0xB1, 0x34};

// A table with a shaded header, a dark and a light fill.
inline block::Table filled_table()
{
    block::Table t;
    t.name = "Scores";
    t.widths = {0.25, 0.75};
    t.header = {{"Code", {}}, {"Raad", kPlum}};
    t.rows = {{{"K3", kSun}, {"eerste"}}, {{"K4"}, {"tweede", kPlum}}};
    return t;
}

}  // namespace prio::fixture
