#include "ui/fonts.h"

#include <cstdint>

#include <imgui_freetype.h>

extern "C" const char prio_font_regular_data[];
extern "C" const std::uint64_t prio_font_regular_size;
extern "C" const char prio_font_bold_data[];
extern "C" const std::uint64_t prio_font_bold_size;

namespace prio {
namespace {

// Latin with its extensions (é ë ï ö ...), general punctuation (curly
// quotes, en and em dashes, ellipsis, bullet), the euro sign and arrows.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x024F,
    0x2000, 0x206F,
    0x20AC, 0x20AC,
    0x2190, 0x2193,
    0,
};

ImFont* add(ImFontAtlas& atlas, const char* data, std::uint64_t size, float pixels)
{
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
    config.OversampleH = 1;
    config.OversampleV = 1;
    return atlas.AddFontFromMemoryTTF(const_cast<char*>(data), static_cast<int>(size), pixels, &config, kGlyphRanges);
}

}  // namespace

Fonts build_fonts(ImFontAtlas& atlas, float pixel_size, float heading_scale)
{
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    Fonts fonts;
    fonts.regular = add(atlas, prio_font_regular_data, prio_font_regular_size, pixel_size);
    fonts.bold = add(atlas, prio_font_bold_data, prio_font_bold_size, pixel_size);
    fonts.heading = add(atlas, prio_font_bold_data, prio_font_bold_size, pixel_size * heading_scale);
    fonts.large = add(atlas, prio_font_regular_data, prio_font_regular_size, pixel_size * 1.35f);
    fonts.title = add(atlas, prio_font_bold_data, prio_font_bold_size, pixel_size * 1.8f);
    atlas.Build();
    static int generation = 0;
    fonts.generation = ++generation;
    return fonts;
}

}  // namespace prio
