#include "ui/board_view.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <imgui_internal.h>

#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/card.h"
#include "ui/layout.h"
#include "ui/marks.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

// Children of the board take no keyboard navigation of their own: the board
// handles arrows, Tab and digits itself (keyboard.cpp); only the menu bar and
// dialogs use Dear ImGui's navigation.
constexpr ImGuiWindowFlags kChildFlags = ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoNavFocus;

struct LaneGeometry {
    int lane = kPile;
    const std::vector<int>* cards = nullptr;
    ImVec2 origin;         // screen position of the first card (scroll included)
    ImVec2 card_size;
    ImVec2 pitch;          // from one card to the next, across and down
    int per_row = 1;       // 1 for lanes; the pile is a grid
    ImRect visible;        // where cards can be seen
};

ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }

// A lane or the pile is a bordered box drawn straight into the window around
// it, with one child window inside for its cards, which scroll. The box
// itself is not a child window: each window costs Dear ImGui more than all
// the box's drawing. The border, padding and clipping are those Dear ImGui
// gives a bordered child window, so the board looks the same. What the box
// shows is drawn from a kept mesh (draw_box_face) once its items are known.
struct Box {
    ImRect outer;     // the border's rectangle
    ImRect clip;      // what the box's own items may draw on
    ImVec2 content;   // screen position of its first item
    float width = 0;  // the width its items may take
    BoxKey key;       // what its face shows
};

Box begin_box(const BoardView& view, ImVec2 pos, ImVec2 size)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    Box box;
    ImVec2 min(std::floor(pos.x), std::floor(pos.y));
    box.outer = ImRect(min, add(min, ImVec2(std::floor(size.x), std::floor(size.y))));
    float side = std::max(std::floor(style.WindowPadding.x * 0.5f), style.ChildBorderSize);
    box.clip = ImRect(std::floor(0.5f + box.outer.Min.x + side), std::floor(0.5f + box.outer.Min.y + style.ChildBorderSize),
                      std::floor(0.5f + box.outer.Max.x - side), std::floor(0.5f + box.outer.Max.y - style.ChildBorderSize));
    box.content = add(box.outer.Min, style.WindowPadding);
    box.width = box.outer.GetWidth() - style.WindowPadding.x * 2.0f;
    BoxKey& key = box.key;
    key.width = box.outer.GetWidth();
    key.height = box.outer.GetHeight();
    key.clip_left = box.clip.Min.x - box.outer.Min.x;
    key.clip_right = box.clip.Max.x - box.outer.Min.x;
    key.fonts_generation = view.fonts.generation;
    const ImGuiCol colours[] = {ImGuiCol_ChildBg, ImGuiCol_Border, ImGuiCol_BorderShadow, ImGuiCol_Separator, ImGuiCol_Text, ImGuiCol_TextDisabled};
    for (int i = 0; i < 6; ++i)
        key.colours[i] = ImGui::GetColorU32(colours[i]);
    const float sizes[] = {style.ChildRounding, style.ChildBorderSize, style.FrameRounding, style.FrameBorderSize,
                           style.WindowPadding.x, style.WindowPadding.y, style.ItemSpacing.x, ImGui::GetFontSize()};
    for (int i = 0; i < 8; ++i)
        key.style[i] = sizes[i];
    ImGui::PushClipRect(box.clip.Min, box.clip.Max, true);
    ImGui::SetCursorScreenPos(box.content);
    return box;
}

// Moves below the line under a box's title.
void box_separator(Box& box)
{
    ImVec2 at = ImGui::GetCursorScreenPos();
    box.key.header = at.y - box.content.y;
    ImGui::SetCursorScreenPos(ImVec2(box.content.x, std::floor(at.y + ImGui::GetStyle().ItemSpacing.y)));
}

// The size left for the cards' child window below the title.
ImVec2 box_rest(const Box& box)
{
    ImVec2 at = ImGui::GetCursorScreenPos();
    return ImVec2(std::max(box.width, 4.0f), std::max(box.outer.Max.y - ImGui::GetStyle().WindowPadding.y - at.y, 4.0f));
}

// The slot a drop at `mouse` lands in: the index of the card it goes in
// front of, or the number of cards for the end.
int drop_slot(const LaneGeometry& g, ImVec2 mouse)
{
    int n = static_cast<int>(g.cards->size());
    if (g.per_row == 1)
        return std::clamp(static_cast<int>(std::ceil((mouse.y - g.origin.y - g.card_size.y * 0.5f) / g.pitch.y)), 0, n);
    int rows = (n + g.per_row - 1) / g.per_row;
    int row = static_cast<int>(std::floor((mouse.y - g.origin.y) / g.pitch.y));
    if (row < 0)
        return 0;
    if (row >= rows)
        return n;
    int col = static_cast<int>(std::ceil((mouse.x - g.origin.x - g.card_size.x * 0.5f) / g.pitch.x));
    col = std::clamp(col, 0, g.per_row);
    return std::clamp(row * g.per_row + col, 0, n);
}

// The insertion marker: a bar between cards (lanes) or beside one (pile).
void draw_marker(const LaneGeometry& g, int slot, bool refused)
{
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    ImU32 colour = refused ? warning_colour() : ImGui::GetColorU32(ImGuiCol_NavHighlight);
    float thick = std::max(3.0f, ImGui::GetFontSize() * 0.22f);
    draw->PushClipRect(g.visible.Min, g.visible.Max, true);
    if (g.per_row == 1) {
        float y = g.origin.y + static_cast<float>(slot) * g.pitch.y - (g.pitch.y - g.card_size.y) * 0.5f;
        y = std::clamp(y, g.visible.Min.y + thick, g.visible.Max.y - thick);
        draw->AddLine(ImVec2(g.origin.x - 2.0f, y), ImVec2(g.origin.x + g.card_size.x + 2.0f, y), colour, thick);
    } else {
        int row = slot / g.per_row;
        int col = slot % g.per_row;
        int n = static_cast<int>(g.cards->size());
        if (slot == n && n > 0 && n % g.per_row == 0) {  // after the last card of a full row
            row = (n - 1) / g.per_row;
            col = g.per_row;
        }
        float x = g.origin.x + static_cast<float>(col) * g.pitch.x - (g.pitch.x - g.card_size.x) * 0.5f;
        float y = g.origin.y + static_cast<float>(row) * g.pitch.y;
        draw->AddLine(ImVec2(x, y - 2.0f), ImVec2(x, y + g.card_size.y + 2.0f), colour, thick);
    }
    draw->PopClipRect();
}

void card_item(const Session& session, BoardView& view, int card, ImVec2 size, CardSize card_size, const std::string& dragged)
{
    const std::string& id = session.deck.cards[static_cast<std::size_t>(card)].id;
    ImGui::PushID(id.c_str(), id.c_str() + id.size());
    // Whole pixels, so the text of a kept card mesh stays sharp.
    ImVec2 min = ImGui::GetCursorScreenPos();
    min = ImVec2(std::floor(min.x), std::floor(min.y));
    size = ImVec2(std::floor(size.x), std::floor(size.y));
    ImVec2 max = add(min, size);
    // What ImGui::InvisibleButton does, without its checks for sizes
    // computed from labels: the item runs for every card in every frame.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGuiID item = window->GetID("##card");
    ImRect bb(window->DC.CursorPos, add(window->DC.CursorPos, size));
    ImGui::ItemSize(size);
    bool clicked = false;
    if (ImGui::ItemAdd(bb, item)) {
        bool button_hovered = false;
        bool held = false;
        clicked = ImGui::ButtonBehavior(bb, item, &button_hovered, &held);
    }
    // Under the mouse only: after PageUp/PageDown, Dear ImGui's navigation
    // would report the window's first card as hovered.
    bool hovered = ImGui::GetCurrentContext()->HoveredId == item;
    if (clicked && !ImGui::IsMouseDragPastThreshold(ImGuiMouseButton_Left)) {
        if (view.selected == id)
            view.open_card = id;  // a click on the selected card opens it
        view.selected = id;
    }
    if (!view.drag_cancelled && ImGui::BeginDragDropSource(ImGuiDragDropFlags_SourceNoHoldToOpenOthers)) {
        ImGui::SetDragDropPayload(kCardPayload, id.data(), id.size());
        view.selected = id;
        // The card itself follows the mouse.
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Dummy(size);
        draw_card_face(ImGui::GetWindowDrawList(), view.fonts, session.deck, card, at, add(at, size), card_size, CardLook::Normal, false, card_show(session, view, card));
        ImGui::EndDragDropSource();
    }
    CardLook look = dragged == id ? CardLook::Ghost : view.selected == id ? CardLook::Selected : CardLook::Normal;
    draw_card_cached(ImGui::GetWindowDrawList(), view.meshes, view.fonts, session.deck, card, min, max, card_size, look, hovered && dragged.empty(),
                     card_show(session, view, card));
    if (!session.retired.empty() && is_retired(session, id))
        draw_retired_mark(ImGui::GetWindowDrawList(), session, min, max);
    view.card_rects.push_back(CardRect{card, min, max});
    mark("card:" + id, min, max);
    ImGui::PopID();
}

// Scrolls the current window so that the card at local y `top` is seen.
void keep_in_view(float top, float height)
{
    float scroll = ImGui::GetScrollY();
    float visible = ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y * 2.0f;
    if (top < scroll)
        ImGui::SetScrollY(top - ImGui::GetStyle().WindowPadding.y);
    else if (top + height > scroll + visible)
        ImGui::SetScrollY(top + height - visible + ImGui::GetStyle().WindowPadding.y);
}

// While a card is dragged near the top or bottom edge of a scrolled list,
// scroll it, so a long lane can be reached.
void scroll_while_dragging(const ImRect& visible, bool dragging)
{
    if (!dragging || ImGui::GetScrollMaxY() <= 0.0f)
        return;
    ImVec2 mouse = ImGui::GetIO().MousePos;
    if (mouse.x < visible.Min.x || mouse.x > visible.Max.x)
        return;
    float edge = ImGui::GetFontSize() * 1.5f;
    float step = ImGui::GetFontSize() * 0.5f;
    if (mouse.y > visible.Min.y - edge && mouse.y < visible.Min.y + edge)
        ImGui::SetScrollY(ImGui::GetScrollY() - step);
    else if (mouse.y > visible.Max.y - edge && mouse.y < visible.Max.y + edge)
        ImGui::SetScrollY(ImGui::GetScrollY() + step);
}

// Accepts a dragged card over `rect`, shows where it would land, and on
// release records the move.
void drop_target(const Session& session, BoardView& view, const LaneGeometry& g, const ImRect& rect, ImGuiID id)
{
    if (!ImGui::BeginDragDropTargetCustom(rect, id))
        return;
    const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kCardPayload, ImGuiDragDropFlags_AcceptBeforeDelivery | ImGuiDragDropFlags_AcceptNoDrawDefaultRect);
    if (payload) {
        std::string card_id(static_cast<const char*>(payload->Data), static_cast<std::size_t>(payload->DataSize));
        int card = find_card(session.deck, card_id);
        if (card >= 0) {
            const Board& board = session.board;
            Place from = locate(board, card);
            bool refused = g.lane != kPile && from.lane != g.lane && is_full(board.lanes[static_cast<std::size_t>(g.lane)]);
            int slot = drop_slot(g, ImGui::GetIO().MousePos);
            ImGui::GetForegroundDrawList()->AddRect(rect.Min, rect.Max, refused ? warning_colour() : ImGui::GetColorU32(ImGuiCol_NavHighlight),
                                                    ImGui::GetStyle().ChildRounding, 0, 2.0f);
            draw_marker(g, slot, refused);
            if (payload->IsDelivery()) {
                const std::string& lane_id = g.lane == kPile ? std::string() : board.lanes[static_cast<std::size_t>(g.lane)].id;
                view.commands.push_back(Edit{Move{card_id, lane_id, drop_index(board, card, g.lane, slot)}});
                view.gesture = GestureSpot{lane_id, ImGui::GetIO().MousePos.y};
                view.selected = card_id;
            }
        }
    }
    ImGui::EndDragDropTarget();
}

// The message sits just below where the user looks (the drop point, the
// card moved by a key), else at the bottom of the lane's visible part.
void draw_notice_in(BoardView& view, const ImRect& area, float width)
{
    ImFont* font = ImGui::GetFont();
    float wrap = width - ImGui::GetStyle().FramePadding.x * 4.0f;
    ImVec2 text_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, view.notice.text.c_str());
    ImVec2 pad(ImGui::GetStyle().FramePadding.x * 2.0f, ImGui::GetStyle().FramePadding.y * 2.0f);
    ImVec2 size(width, text_size.y + pad.y * 2.0f);
    float y = view.notice.near_y >= 0.0f ? view.notice.near_y + ImGui::GetFontSize() : area.Max.y - size.y;
    ImGui::SetCursorScreenPos(ImVec2(area.Min.x, std::max(area.Min.y, std::min(y, area.Max.y - size.y))));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(150, 20, 20, 245));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, pad);
    ImGui::BeginChild("##notice", size, false, kChildFlags | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(view.notice.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    // A click on the message dismisses it.
    if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        view.notice = Notice{};
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

bool notice_for(const BoardView& view, const std::string& lane)
{
    return !view.notice.text.empty() && !view.notice.global && view.notice.lane == lane && view.now < view.notice.until;
}

// The lane's "…" button: a button item like ImGui::Button, whose face is
// drawn with the rest of the box (draw_box_face). Returns true when pressed.
bool lane_menu_button(Box& box, float width)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGuiID id = window->GetID("…##menu");
    ImVec2 pos = window->DC.CursorPos;
    ImVec2 size(width, ImGui::GetFrameHeight());
    ImRect bb(pos, add(pos, size));
    ImGui::ItemSize(size, style.FramePadding.y);
    if (!ImGui::ItemAdd(bb, id))
        return false;
    bool hovered = false;
    bool held = false;
    bool pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    box.key.button_colour = ImGui::GetColorU32(held && hovered ? ImGuiCol_ButtonActive : hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
    box.key.button_x = bb.Min.x - box.outer.Min.x;
    box.key.button_y = bb.Min.y - box.outer.Min.y;
    box.key.button_width = width;
    return pressed;
}

// The lane's or pile's title line; right-click (or the "…" button) opens the
// lane's menu. Only its items: its text is on the box's face.
void draw_header(const Session& session, BoardView& view, int lane, Box& box, float height, const std::string& dragged)
{
    const std::string& lang = session.language;
    ImVec2 text_at = ImGui::GetCursorScreenPos();
    BoxKey& key = box.key;
    key.lane = lane;
    key.language = lang;
    if (lane == kPile) {
        key.count = static_cast<int>(session.board.pile.size());
    } else {
        const Lane& l = session.board.lanes[static_cast<std::size_t>(lane)];
        key.title = l.title;
        key.count = static_cast<int>(l.cards.size());
        key.capacity = l.capacity;
        // The count turns red when full, and while a card that would not fit is held over it.
        bool full_now = is_full(l);
        bool warn = full_now && !dragged.empty();
        key.count_colour = warn ? warning_colour() : ImGui::GetColorU32(full_now ? ImGuiCol_Text : ImGuiCol_TextDisabled);
    }
    // A picture for the minutes has no controls to press.
    if (lane != kPile && !view.picture) {
        // Presenting, the lane's menu is a right-click away: its title gets the room.
        float button = view.presenting ? 0.0f : ImGui::GetFrameHeight() * 1.2f;
        ImGui::InvisibleButton("##header", ImVec2(std::max(1.0f, box.width - button - ImGui::GetStyle().ItemSpacing.x), height));
        const Lane& l = session.board.lanes[static_cast<std::size_t>(lane)];
        if (!l.ranked && dragged.empty() && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", std::string(tr("board.unranked_tip", lang)).c_str());
        // From the keyboard (Shift+F10) the menu opens under the lane's title,
        // not wherever the mouse happens to be.
        bool from_keys = view.open_lane_menu == l.id;
        ImVec2 under_title(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y);
        if (ImGui::IsItemClicked(ImGuiMouseButton_Right) || from_keys) {
            ImGui::OpenPopup("##lane_menu");
            view.open_lane_menu.clear();
        }
        if (button > 0.0f) {
            ImGui::SameLine();
            if (lane_menu_button(box, button))
                ImGui::OpenPopup("##lane_menu");
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", std::string(tr("board.lane_menu_tip", lang)).c_str());
        }
        if (from_keys)
            ImGui::SetNextWindowPos(under_title);
        if (ImGui::BeginPopup("##lane_menu")) {
            // Which lane it is about, as the keyboard gives no other sign.
            ImGui::TextDisabled("%s", l.title.c_str());
            ImGui::Separator();
            // The menu is navigated with the keyboard like any other.
            ImGui::PushItemFlag(ImGuiItemFlags_NoNav, false);
            draw_lane_menu_items(session, view, lane);
            ImGui::PopItemFlag();
            ImGui::EndPopup();
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(text_at.x, text_at.y + height));
}

// Draws at the origin what the box shows: its background and border, as a
// bordered child window has them, the title line with the pile's progress
// or the lane's count and "…" button, and the line under it.
// Returns where the count (or the pile's progress) is, from the box's corner.
ImRect draw_box_face(ImDrawList& draw, const Session& session, const BoardView& view, const Box& box)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const BoxKey& key = box.key;
    const std::string& lang = session.language;
    ImVec2 max(key.width, key.height);
    draw.AddRectFilled(ImVec2(0.0f, 0.0f), max, ImGui::GetColorU32(ImGuiCol_ChildBg), style.ChildRounding);
    if (style.ChildBorderSize > 0.0f)
        draw.AddRect(ImVec2(0.0f, 0.0f), max, ImGui::GetColorU32(ImGuiCol_Border), style.ChildRounding, 0, style.ChildBorderSize);
    ImVec2 text_at(box.content.x - box.outer.Min.x, box.content.y - box.outer.Min.y);
    std::string title;
    std::string count;
    ImRect secondary;
    if (key.lane == kPile) {
        // Progress on the right of the pile's title line.
        std::string placed = fill(tr("fmt.board.placed", lang), {{"placed", std::to_string(key.placed)}, {"cards", std::to_string(key.cards)}});
        float width = ImGui::CalcTextSize(placed.c_str()).x;
        ImVec2 placed_at(text_at.x + box.width - width, text_at.y + 2.0f);
        draw.AddText(placed_at, ImGui::GetColorU32(ImGuiCol_TextDisabled), placed.c_str());
        secondary = ImRect(placed_at, add(placed_at, ImGui::CalcTextSize(placed.c_str())));
        title = std::string(tr("board.pile", lang)) + "  " + std::to_string(key.count);
    } else {
        title = std::to_string(key.lane + 1) + "  " + key.title;
        count = std::to_string(key.count);
        if (key.capacity > 0)
            count += "/" + std::to_string(key.capacity);
    }
    float button = key.button_width;
    if (button > 0.0f) {
        // As ImGui::Button draws itself.
        ImVec2 min(key.button_x, key.button_y);
        ImVec2 bmax(min.x + button, min.y + ImGui::GetFrameHeight());
        draw.AddRectFilled(min, bmax, key.button_colour, style.FrameRounding);
        if (style.FrameBorderSize > 0.0f) {
            draw.AddRect(ImVec2(min.x + 1.0f, min.y + 1.0f), ImVec2(bmax.x + 1.0f, bmax.y + 1.0f), ImGui::GetColorU32(ImGuiCol_BorderShadow),
                         style.FrameRounding, 0, style.FrameBorderSize);
            draw.AddRect(min, bmax, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
        }
        const char* label = "…";
        ImVec2 label_size = ImGui::CalcTextSize(label);
        ImRect bb(min, bmax);
        ImGui::RenderTextClippedEx(&draw, add(min, style.FramePadding), ImVec2(bmax.x - style.FramePadding.x, bmax.y - style.FramePadding.y), label,
                                   nullptr, &label_size, style.ButtonTextAlign, &bb);
    }
    ImFont* heading = view.fonts.heading ? view.fonts.heading : ImGui::GetFont();
    float count_width = ImGui::CalcTextSize(count.c_str()).x;
    float title_right = text_at.x + box.width - button - count_width - style.ItemSpacing.x * 2.0f;
    float count_y = text_at.y + (heading->FontSize - ImGui::GetFontSize()) * 0.5f + 2.0f;
    ImVec2 count_at(text_at.x + box.width - button - count_width - style.ItemSpacing.x, count_y);
    ImGui::PushFont(heading);
    ImGui::RenderTextEllipsis(&draw, text_at, ImVec2(title_right, text_at.y + heading->FontSize * 1.3f), title_right, title_right,
                              title.c_str(), title.c_str() + title.size(), nullptr);
    ImGui::PopFont();
    if (!count.empty()) {
        draw.AddText(count_at, key.count_colour, count.c_str());
        secondary = ImRect(count_at, add(count_at, ImGui::CalcTextSize(count.c_str())));
    }
    // The line under the title spans the box but, like the box's own items,
    // stops at its clip rectangle: a horizontal line cut there is its
    // vertices' x clamped.
    float y = text_at.y + key.header;
    int first = draw.VtxBuffer.Size;
    draw.AddLine(ImVec2(0.0f, y), ImVec2(key.width, y), ImGui::GetColorU32(ImGuiCol_Separator));
    for (int i = first; i < draw.VtxBuffer.Size; ++i)
        draw.VtxBuffer[i].pos.x = std::clamp(draw.VtxBuffer[i].pos.x, key.clip_left, key.clip_right);
    return secondary;
}

// Draws the box's face from its kept mesh, made again when what it shows
// changed. Under the box's items, with the window's clipping (its border is
// outside the box's own clip rectangle).
void draw_box(const Session& session, BoardView& view, const Box& box, std::size_t slot)
{
    if (view.boxes.size() <= slot)
        view.boxes.resize(slot + 1);
    BoxMesh& kept = view.boxes[slot];
    if (!(kept.key == box.key)) {
        ImDrawList& scratch = begin_keep(view.meshes.scratch);
        ImRect count = draw_box_face(scratch, session, view, box);
        kept.count_min = count.Min;
        kept.count_max = count.Max;
        end_keep(kept.mesh, scratch);
        kept.key = box.key;
    }
    mark("count:" + (box.key.lane == kPile ? std::string("pile") : std::to_string(box.key.lane + 1)), add(box.outer.Min, kept.count_min),
         add(box.outer.Min, kept.count_max));
    ImGui::PopClipRect();
    draw_kept(ImGui::GetWindowDrawList(), kept.mesh, box.outer.Min);
    ImGui::PushClipRect(box.clip.Min, box.clip.Max, true);
}

// Takes the box's place in the window's layout, as a child window would.
void end_box(const Box& box)
{
    ImGui::PopClipRect();
    ImGui::SetCursorScreenPos(box.outer.Min);
    ImGui::Dummy(box.outer.GetSize());
}

// A lane's or the pile's box, noted where it is for drops and tests.
Box begin_column(BoardView& view, const std::string& id, ImVec2 pos, ImVec2 size)
{
    Box box = begin_box(view, pos, size);
    view.lane_rects.push_back(LaneRect{id, box.outer.Min, box.outer.Max});
    return box;
}

// Where a box's cards go, below its title.
struct CardArea {
    bool child = false;  // a scrolling child window, when the cards need more room than there is
    float width = 0.0f;
    ImRect visible;      // where cards can be seen
};

// The title line above a separator, then the area for the cards: a child
// window that scrolls when `content_height` is more than the room there is,
// else a clip rectangle where the child window would be, as each window
// costs more than all its cards.
CardArea begin_cards(const Session& session, BoardView& view, int lane, Box& box, float header, float content_height, const std::string& dragged)
{
    float header_height = header - ImGui::GetStyle().ItemSpacing.y - 1.0f;
    draw_header(session, view, lane, box, header_height - ImGui::GetStyle().ItemSpacing.y, dragged);
    box_separator(box);
    draw_box(session, view, box, lane == kPile ? session.board.lanes.size() : static_cast<std::size_t>(lane));
    ImVec2 rest = box_rest(box);
    CardArea area;
    if (content_height > rest.y) {
        ImGui::BeginChild("##cards", rest, false, kChildFlags);
        area.child = true;
        area.width = ImGui::GetContentRegionAvail().x;
        area.visible = ImGui::GetCurrentWindow()->InnerRect;
        return area;
    }
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImVec2 size(std::floor(rest.x), std::floor(rest.y));
    ImGui::PushClipRect(ImVec2(std::floor(0.5f + at.x), std::floor(0.5f + at.y)),
                        ImVec2(std::floor(0.5f + at.x + size.x), std::floor(0.5f + at.y + size.y)), true);
    area.width = size.x;
    area.visible = ImRect(at, add(at, size));
    return area;
}

// Room around the selection outline, which is drawn outside the card.
float selection_inset()
{
    return std::max(3.0f, ImGui::GetFontSize() * 0.18f) + 2.0f;
}

// Moves past the inset to where the first card goes and notes it in `g`;
// returns the cursor's y there, from which keep_in_view counts.
float start_cards(LaneGeometry& g, const CardArea& area, float inset)
{
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + inset);
    g.origin = ImGui::GetCursorScreenPos();
    g.origin.x += inset;
    g.visible = area.visible;
    return ImGui::GetCursorPosY();
}

// Closes what begin_column and begin_cards opened: the cards' child window, the notice and
// the drop target over the whole box, the box and its ID.
void end_column(const Session& session, BoardView& view, const LaneGeometry& g, const Box& box, const CardArea& area, const std::string& id, float notice_width,
                const std::string& dragged)
{
    if (area.child) {
        scroll_while_dragging(g.visible, !dragged.empty());
        ImGui::EndChild();
    } else {
        ImGui::PopClipRect();
    }
    if (notice_for(view, id))
        draw_notice_in(view, g.visible, notice_width);
    // Only while something is dragged can there be a drop (the id costs a hash).
    if (ImGui::GetCurrentContext()->DragDropActive)
        drop_target(session, view, g, box.outer, ImGui::GetID("##drop"));
    end_box(box);
    ImGui::PopID();
}

// The pile's progress, shown on the right of its title line.
void note_placed(const Session& session, Box& box)
{
    box.key.placed = placed_count(session.board);
    box.key.cards = static_cast<int>(session.deck.cards.size());
}

void draw_lane(const Session& session, BoardView& view, int lane, ImVec2 pos, ImVec2 size, float header, float card_height, CardSize card_size,
               const std::string& dragged)
{
    const Lane& l = session.board.lanes[static_cast<std::size_t>(lane)];
    ImGui::PushID(l.id.c_str(), l.id.c_str() + l.id.size());
    Box box = begin_column(view, l.id, pos, size);
    int n = static_cast<int>(l.cards.size());
    float spacing = ImGui::GetStyle().ItemSpacing.y;
    float inset = selection_inset();
    // An empty lane's message wraps to the child window's width.
    float content_height = n == 0 ? FLT_MAX : inset * 2.0f + static_cast<float>(n) * (card_height + spacing);
    CardArea area = begin_cards(session, view, lane, box, header, content_height, dragged);
    LaneGeometry g;
    g.lane = lane;
    g.cards = &l.cards;
    g.card_size = ImVec2(area.width, card_height);
    g.pitch = ImVec2(0.0f, card_height + spacing);
    float top = start_cards(g, area, inset);
    g.card_size.x -= inset * 2.0f;

    if (n == 0 && !view.presenting) {  // presenting, the room needs no hint
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(std::string(tr("board.lane_empty", session.language)).c_str());
        mark_item("hint");
        if (!l.ranked)
            ImGui::TextUnformatted(std::string(tr("board.unranked_tip", session.language)).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGuiListClipper clipper;
    clipper.Begin(n, g.pitch.y);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            ImGui::SetCursorScreenPos(ImVec2(g.origin.x, ImGui::GetCursorScreenPos().y));
            card_item(session, view, l.cards[static_cast<std::size_t>(i)], g.card_size, card_size, dragged);
        }
    }
    if (area.child && view.scroll_to_selected && !view.selected.empty()) {
        int card = find_card(session.deck, view.selected);
        auto at = std::find(l.cards.begin(), l.cards.end(), card);
        if (at != l.cards.end())
            keep_in_view(top + static_cast<float>(at - l.cards.begin()) * g.pitch.y, card_height);
    }
    end_column(session, view, g, box, area, l.id, g.visible.GetWidth(), dragged);
}

void draw_pile(const Session& session, BoardView& view, const Layout& layout, const std::string& dragged)
{
    const Board& board = session.board;
    ImGui::PushID("##pile");
    Box box = begin_column(view, "", ImGui::GetCursorScreenPos(), ImVec2(std::max(ImGui::GetContentRegionAvail().x, 4.0f), layout.pile_height));
    note_placed(session, box);
    LaneGeometry g;
    g.lane = kPile;
    g.cards = &board.pile;
    g.per_row = layout.pile_per_row;
    int n = static_cast<int>(board.pile.size());
    int rows = (n + g.per_row - 1) / g.per_row;
    float inset = selection_inset();
    float row_height = layout.pile_card_height + ImGui::GetStyle().ItemSpacing.y;
    float content_height = n == 0 ? FLT_MAX : inset * 2.0f + static_cast<float>(rows) * row_height;
    CardArea area = begin_cards(session, view, kPile, box, layout.header_height, content_height, dragged);
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float avail = area.width;
    float width = std::min(layout.pile_card_width, std::floor((avail - inset * 2.0f - spacing * static_cast<float>(g.per_row - 1)) / static_cast<float>(g.per_row)));
    g.card_size = ImVec2(width, layout.pile_card_height);
    g.pitch = ImVec2(width + spacing, row_height);
    float top = start_cards(g, area, inset);
    view.pile_per_row = g.per_row;

    if (n == 0 && !view.presenting) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImGui::TextUnformatted(std::string(tr("board.pile_empty", session.language)).c_str());
        ImGui::PopStyleColor();
    }
    ImGuiListClipper clipper;
    clipper.Begin(rows, g.pitch.y);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            for (int col = 0; col < g.per_row; ++col) {
                int i = row * g.per_row + col;
                if (i >= n)
                    break;
                if (col > 0)
                    ImGui::SameLine(0.0f, spacing);
                else
                    ImGui::SetCursorScreenPos(ImVec2(g.origin.x, ImGui::GetCursorScreenPos().y));
                card_item(session, view, board.pile[static_cast<std::size_t>(i)], g.card_size, layout.pile_cards, dragged);
            }
        }
    }
    if (area.child && view.scroll_to_selected && !view.selected.empty()) {
        int card = find_card(session.deck, view.selected);
        auto at = std::find(board.pile.begin(), board.pile.end(), card);
        if (at != board.pile.end())
            keep_in_view(top + static_cast<float>((at - board.pile.begin()) / g.per_row) * g.pitch.y, g.card_size.y);
    }
    end_column(session, view, g, box, area, "", std::min(g.visible.GetWidth(), ImGui::GetFontSize() * 40.0f), dragged);
}

}  // namespace

std::string dragged_card()
{
    const ImGuiPayload* payload = ImGui::GetDragDropPayload();
    if (!payload || !payload->IsDataType(kCardPayload))
        return {};
    return std::string(static_cast<const char*>(payload->Data), static_cast<std::size_t>(payload->DataSize));
}

std::string dragged_card_for_tests()
{
    return dragged_card();
}

void draw_board(const Session& session, BoardView& view)
{
    view.now = ImGui::GetTime();
    clear_marks();
    view.card_rects.clear();
    view.lane_rects.clear();
    if (!view.notice.text.empty() && view.now >= view.notice.until)
        view.notice = Notice{};

    // Esc drops a dragged card where it came from; the button stays ignored
    // until it is released.
    if (!dragged_card().empty() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        ImGui::ClearDragDrop();
        view.drag_cancelled = true;
    }
    if (view.drag_cancelled && !ImGui::IsMouseDown(ImGuiMouseButton_Left))
        view.drag_cancelled = false;
    std::string dragged = dragged_card();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##board", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | (view.picture || view.presenting ? 0 : ImGuiWindowFlags_MenuBar));
    ImGui::PopStyleVar();
    if (!view.picture && !view.presenting)
        draw_menu_bar(session, view);
    // Presenting, the layout has wrapped the theme's description for the size it chose.
    const PresentLayout* present = nullptr;
    if (view.presenting) {
        present = &presentation_layout(session, view, viewport->WorkSize);
        view.present_font = present->font;
        if (!present->fits)
            present = nullptr;
    }
    draw_theme_banner(session, view, present ? present->banner_lines : 0);

    const Board& board = session.board;
    const ImGuiStyle& style = ImGui::GetStyle();
    LayoutInput in;
    ImVec2 avail = ImGui::GetContentRegionAvail();
    in.width = avail.x;
    in.height = avail.y;
    in.font = ImGui::GetFontSize();
    in.heading = view.fonts.heading ? view.fonts.heading->FontSize : in.font * 1.35f;
    in.padding = style.WindowPadding.y;
    in.spacing = style.ItemSpacing.y;
    in.gap = style.ItemSpacing.x;
    in.frame_padding = style.FramePadding.y;
    in.lanes = static_cast<int>(board.lanes.size());
    for (const Lane& lane : board.lanes)
        in.fullest_lane = std::max(in.fullest_lane, static_cast<int>(lane.cards.size()));
    in.pile = static_cast<int>(board.pile.size());
    Layout layout = layout_board(in);
    // Presenting, the text is as large as lets the whole spread fit the screen.
    if (present)
        layout = present->board;
    view.lane_cards = layout.lane_cards;

    // Only card items take part in nothing but the board's own keyboard
    // handling; the menu bar above keeps Dear ImGui's navigation.
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    int lanes = static_cast<int>(board.lanes.size());
    float spacing = style.ItemSpacing.x;
    float row_width = layout.lane_width * static_cast<float>(lanes) + spacing * static_cast<float>(std::max(0, lanes - 1));
    bool scrolls_sideways = row_width > avail.x + 0.5f;
    float lane_height = layout.lanes_height - (scrolls_sideways ? style.ScrollbarSize : 0.0f);
    ImGui::BeginChild("##lanes", ImVec2(0, layout.lanes_height), false, kChildFlags | ImGuiWindowFlags_HorizontalScrollbar);
    ImVec2 row = ImGui::GetCursorScreenPos();
    for (int l = 0; l < lanes; ++l) {
        ImVec2 pos(row.x + static_cast<float>(l) * (layout.lane_width + spacing), row.y);
        ImVec2 size(layout.lane_width, lane_height);
        if (present) {
            const LaneBox& box = present->lanes[static_cast<std::size_t>(l)];
            pos = ImVec2(row.x + box.x, row.y + box.y);
            size = ImVec2(box.width, box.height);
        }
        draw_lane(session, view, l, pos, size, layout.header_height, layout.card_height, layout.lane_cards, dragged);
    }
    ImGui::EndChild();
    draw_pile(session, view, layout, dragged);
    ImGui::PopItemFlag();
    view.scroll_to_selected = false;

    if (!view.picture) {
        handle_keyboard(session, view);
        reopen_draft(session, view);
        draw_lane_dialogs(session, view);
        draw_focus_view(session, view);
        draw_help(session, view);
        draw_session_dialogs(session, view);
        draw_export_dialog(session, view.export_dialog);
    }
    ImGui::End();
}

}  // namespace prio
