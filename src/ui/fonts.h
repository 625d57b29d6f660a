#pragma once
// The fonts the program draws with: Noto Sans, built into the binary and
// rasterised by FreeType at the current zoom, so text stays crisp at any size.
// Characters it lacks (Arabic, Hebrew, Chinese, Japanese, Korean, symbols)
// come from Debian's font packages, found at run time, and only the
// characters the session's texts use are put in the atlas.
#include <vector>

#include <imgui.h>

#include "core/session.h"

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

// The characters of the session's texts (deck, lanes, notes, metadata)
// outside the ranges every atlas has, sorted. Characters past U+FFFF are left
// out: Debian's ImGui keeps characters in 16 bits and cannot draw them.
std::vector<ImWchar> extra_characters(const Session& session);

// Clears `atlas` and fills it for a base size in pixels; the heading is
// `heading_scale` times as large. `extra` (from extra_characters) is added,
// from Noto Sans or a fallback face. The caller uploads the atlas texture
// again afterwards (the renderer backend owns it).
Fonts build_fonts(ImFontAtlas& atlas, float pixel_size, float heading_scale = 1.35f, const std::vector<ImWchar>& extra = {});

}  // namespace prio
