#pragma once
// A lane's or the pile's box (lane_box.cpp) and the drops on it (card_drop.cpp).
// Internal to src/ui: the pieces board_view.cpp draws the lanes with.
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/window_view.h"

namespace prio {

struct Rect {
    ImVec2 min, max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    ImVec2 size() const { return ImVec2(width(), height()); }
};

// Children of the board take no keyboard navigation of their own: the board
// handles arrows, Tab and digits itself (keyboard.cpp); only the menu bar and
// dialogs use Dear ImGui's navigation.
inline constexpr ImGuiWindowFlags kChildFlags = ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoNavFocus;

inline ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }

// Runs `body` with the window's items and drawing clipped to `r`.
template <class Body>
void clipped(const Rect& r, Body&& body)
{
    ImGui::PushClipRect(r.min, r.max, true);
    body();
    ImGui::PopClipRect();
}

// A lane or the pile is a bordered box drawn straight into the window around
// it, with one child window inside for its cards, which scroll. The box
// itself is not a child window: each window costs Dear ImGui more than all
// the box's drawing. The border, padding and clipping are those Dear ImGui
// gives a bordered child window, so the board looks the same. What the box
// shows is drawn from a kept mesh (draw_box) once its items are known.
struct Box {
    Rect outer;       // the border's rectangle
    Rect clip;        // what the box's own items may draw on
    ImVec2 content;   // screen position of its first item
    float width = 0;  // the width its items may take
    BoxKey key;       // what its face shows
};

// The box at `pos`, noted in view.lane_rects as lane `id` ("" the pile);
// the cursor moves to its first item.
Box make_box(WindowView& view, const std::string& id, ImVec2 pos, ImVec2 size);
// Moves below the line under a box's title.
void box_separator(Box& box);
// The size left for the cards below the title.
ImVec2 box_rest(const Box& box);
// The lane's "…" button: a button item like ImGui::Button, whose face is
// drawn with the rest of the box. Returns true when pressed.
bool lane_menu_button(Box& box, float width);
// Draws the box's face from its kept mesh (made again when what it shows
// changed) into `slot` of view.boxes: under its items, with the window's
// clipping, as its border is outside the box's own clip rectangle.
void draw_box(const Session& session, WindowView& view, const Box& box, std::size_t slot);
// Takes the box's place in the window's layout, as a child window would.
void take_place(const Box& box);

// Where a lane's cards are, for drops and the keyboard.
struct LaneGeometry {
    int lane = kPile;
    const std::vector<int>* cards = nullptr;
    ImVec2 origin;         // screen position of the first card (scroll included)
    ImVec2 card_size;
    ImVec2 pitch;          // from one card to the next, across and down
    int per_row = 1;       // 1 for lanes; the pile is a grid
    Rect visible;          // where cards can be seen
};

// Accepts a dragged card over `rect`, shows where it would land, and on
// release records the move.
void drop_target(const Session& session, WindowView& view, const LaneGeometry& g, const Rect& rect, ImGuiID id);

}  // namespace prio
