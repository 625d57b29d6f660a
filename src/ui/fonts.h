#pragma once
// The fonts the program draws with: Noto Sans, built into the binary and
// rasterised by FreeType at the current zoom, so text stays crisp at any size.
#include <imgui.h>

namespace prio {

// The regular font's size in pixels at 100% zoom; the window, the board's
// picture and presentation mode scale from it.
inline constexpr float kBaseFontPixels = 18.0f;

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;  // bold, larger: lane titles, the focus view
    ImFont* large = nullptr;    // regular, larger: the focus view's text
    ImFont* title = nullptr;    // bold, largest: the focus view's title
    int generation = 0;         // new with every build, for what caches glyph layout
};

// Clears `atlas` and fills it for a base size in pixels; the heading is
// `heading_scale` times as large. The caller uploads the atlas texture again
// afterwards (the renderer backend owns it).
Fonts build_fonts(ImFontAtlas& atlas, float pixel_size, float heading_scale = 1.35f);

}  // namespace prio
