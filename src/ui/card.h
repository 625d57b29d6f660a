#pragma once
// One card drawn as a coloured tile: the theme's colour as background, and
// the theme's name on it too, so the theme never rests on colour alone.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/deck.h"
#include "ui/fonts.h"
#include "ui/kept_mesh.h"
#include "ui/layout.h"

namespace prio {

enum class CardLook {
    Normal,
    Selected,
    Ghost,  // the place a dragged card comes from
};

// What a card shows beyond its code, title and theme: for presentation mode
// and the walk through the themes.
struct CardShow {
    int rank = 0;          // shown before the code when above 0
    bool summary = false;  // its one-line summary below the theme
    bool dimmed = false;   // not the theme under discussion: greyed, text still legible
    int lines = 0;         // presenting: the title wrapped over this many lines, no theme line
    bool operator==(const CardShow&) const = default;
};

void draw_card_face(ImDrawList* draw, const Fonts& fonts, const Deck& deck, int card,
                    ImVec2 min, ImVec2 max, CardSize size, CardLook look, bool hovered, CardShow show = {});

// Everything a card's face (background and text) is drawn from: the
// arguments of its drawing, and so the key of its kept mesh. Drawn from
// the deck's texts (CardFace), kept with their own copy (KeptFace).
template <class Text>
struct CardFaceOf {
    Text code, title, theme, summary;  // theme: the theme's title, as shown
    Colour background;     // the theme's colour
    Colour ground, grey;   // dimmed: the lane's ground and the secondary text colour
    float width = 0.0f, height = 0.0f;
    CardSize size = CardSize::Full;
    CardShow show;
    int fonts_generation = -1;
    float rounding = 0.0f;
    float pad_x = 0.0f, pad_y = 0.0f;  // the style's frame padding

    CardFaceOf() = default;
    template <class Other>
    explicit CardFaceOf(const CardFaceOf<Other>& o)
        : code(o.code), title(o.title), theme(o.theme), summary(o.summary), background(o.background), ground(o.ground), grey(o.grey), width(o.width),
          height(o.height), size(o.size), show(o.show), fonts_generation(o.fonts_generation), rounding(o.rounding), pad_x(o.pad_x), pad_y(o.pad_y)
    {
    }
    bool operator==(const CardFaceOf&) const = default;
};
using CardFace = CardFaceOf<std::string_view>;
using KeptFace = CardFaceOf<std::string>;

// The face of card `card` of `deck` at `extent`, in the current style.
CardFace card_face(const Deck& deck, int card, ImVec2 extent, CardSize size, const Fonts& fonts, CardShow show);

// The content of one card as drawn at the origin, kept while its face stays
// the same: text is most of the cost of a frame, and copying the vertices is
// far cheaper than laying the glyphs out again.
struct CardMesh {
    bool drawn = false;
    KeptFace face;
    ImVec4 lead;  // the first word's box, from the corner (marks.h)
    KeptMesh kept;
};

struct CardMeshCache {
    std::vector<CardMesh> meshes;  // by card index
    std::shared_ptr<ImDrawList> scratch;
};

// As draw_card_face, through the cache.
void draw_card_cached(ImDrawList* draw, CardMeshCache& cache, const Fonts& fonts, const Deck& deck, int card,
                      ImVec2 min, ImVec2 max, CardSize size, CardLook look, bool hovered, CardShow show = {});

// The card's background colour.
Colour card_background(const Deck& deck, int card);

}  // namespace prio
