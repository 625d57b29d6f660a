// The board: the lanes side by side and the pile below them, each a box
// of cards (lane_box.cpp) that takes drops (card_drop.cpp).
#include "ui/window_view.h"
#include "ui/turn_view.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/card.h"
#include "ui/lane_box.h"
#include "ui/layout.h"
#include "ui/marks.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

void card_item(const Session& session, WindowView& view, int card, ImVec2 size, CardSize card_size, const std::string& dragged)
{
    const std::string& id = session.deck.cards[static_cast<std::size_t>(card)].id;
    ImGui::PushID(id.c_str(), id.c_str() + id.size());
    // Whole pixels, so the text of a kept card mesh stays sharp.
    ImVec2 min = ImGui::GetCursorScreenPos();
    min = ImVec2(std::floor(min.x), std::floor(min.y));
    size = ImVec2(std::floor(size.x), std::floor(size.y));
    ImVec2 max = add(min, size);
    ButtonItem item = button_item("##card", size);
    // Under the mouse only: after PageUp/PageDown, Dear ImGui's navigation
    // would report the window's first card as hovered.
    bool hovered = item.under_mouse;
    if (item.pressed && !left_drag_past_threshold()) {
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
void scroll_while_dragging(const Rect& visible, bool dragging)
{
    if (!dragging || ImGui::GetScrollMaxY() <= 0.0f)
        return;
    ImVec2 mouse = ImGui::GetIO().MousePos;
    if (mouse.x < visible.min.x || mouse.x > visible.max.x)
        return;
    float edge = ImGui::GetFontSize() * 1.5f;
    float step = ImGui::GetFontSize() * 0.5f;
    if (mouse.y > visible.min.y - edge && mouse.y < visible.min.y + edge)
        ImGui::SetScrollY(ImGui::GetScrollY() - step);
    else if (mouse.y > visible.max.y - edge && mouse.y < visible.max.y + edge)
        ImGui::SetScrollY(ImGui::GetScrollY() + step);
}

// The message sits just below where the user looks (the drop point, the
// card moved by a key), else at the bottom of the lane's visible part.
void draw_notice_in(WindowView& view, const Rect& area, float width)
{
    ImFont* font = ImGui::GetFont();
    float wrap = width - ImGui::GetStyle().FramePadding.x * 4.0f;
    ImVec2 text_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, view.notice.text.c_str());
    ImVec2 pad(ImGui::GetStyle().FramePadding.x * 2.0f, ImGui::GetStyle().FramePadding.y * 2.0f);
    ImVec2 size(width, text_size.y + pad.y * 2.0f);
    float y = view.notice.near_y >= 0.0f ? view.notice.near_y + ImGui::GetFontSize() : area.max.y - size.y;
    ImGui::SetCursorScreenPos(ImVec2(area.min.x, std::max(area.min.y, std::min(y, area.max.y - size.y))));
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

bool notice_for(const WindowView& view, const std::string& lane)
{
    return !view.notice.text.empty() && !view.notice.global && view.notice.lane == lane && view.now < view.notice.until;
}

// The lane's or pile's title line; right-click (or the "…" button) opens the
// lane's menu. Only its items: its text is on the box's face.
void draw_header(const Session& session, WindowView& view, int lane, Box& box, float height, const std::string& dragged)
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
        // A turn's private board has none: its lanes are the round's.
        float button = view.presenting || view.fixed_lanes ? 0.0f : ImGui::GetFrameHeight() * 1.2f;
        ImGui::InvisibleButton("##header", ImVec2(std::max(1.0f, box.width - button - ImGui::GetStyle().ItemSpacing.x), height));
        const Lane& l = session.board.lanes[static_cast<std::size_t>(lane)];
        if (!l.ranked && dragged.empty() && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", std::string(tr("board.unranked_tip", lang)).c_str());
        // From the keyboard (Shift+F10) the menu opens under the lane's title,
        // not wherever the mouse happens to be.
        bool from_keys = view.open_lane_menu == l.id;
        ImVec2 under_title(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y);
        if (!view.fixed_lanes && (ImGui::IsItemClicked(ImGuiMouseButton_Right) || from_keys)) {
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
            {
                // The menu is navigated with the keyboard like any other.
                NavScope nav(true);
                draw_lane_menu_items(session, view, lane);
            }
            ImGui::EndPopup();
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(text_at.x, text_at.y + height));
}

// Room around the selection outline, which is drawn outside the card.
float selection_inset()
{
    return std::max(3.0f, ImGui::GetFontSize() * 0.18f) + 2.0f;
}

// Where a box's cards go, below its title.
struct CardArea {
    bool child = false;  // a scrolling child window, when the cards need more room than there is
    float width = 0.0f;
    Rect visible;        // where cards can be seen
};

// Draws a lane's or the pile's box: the title line above a separator, the
// face, then `cards(area)` in the area below: a child window that scrolls
// when `content_height` is more than the room there is, else a clip
// rectangle where the child window would be, as each window costs more than
// all its cards. `after(area)` runs over the whole box (the notice, drops).
template <class Cards, class After>
void lane_box(const Session& session, WindowView& view, int lane, Box& box, float header, float content_height, const std::string& dragged,
              Cards&& cards, After&& after)
{
    clipped(box.clip, [&] {
        float header_height = header - ImGui::GetStyle().ItemSpacing.y - 1.0f;
        draw_header(session, view, lane, box, header_height - ImGui::GetStyle().ItemSpacing.y, dragged);
        box_separator(box);
    });
    draw_box(session, view, box, lane == kPile ? session.board.lanes.size() : static_cast<std::size_t>(lane));
    clipped(box.clip, [&] {
        ImVec2 rest = box_rest(box);
        CardArea area;
        if (content_height > rest.y) {
            ImGui::BeginChild("##cards", rest, false, kChildFlags);
            area.child = true;
            area.width = ImGui::GetContentRegionAvail().x;
            window_inner_rect(area.visible.min, area.visible.max);
            cards(area);
            scroll_while_dragging(area.visible, !dragged.empty());
            ImGui::EndChild();
        } else {
            ImVec2 at = ImGui::GetCursorScreenPos();
            ImVec2 size(std::floor(rest.x), std::floor(rest.y));
            area.width = size.x;
            area.visible = Rect{at, add(at, size)};
            clipped(Rect{ImVec2(std::floor(0.5f + at.x), std::floor(0.5f + at.y)), ImVec2(std::floor(0.5f + at.x + size.x), std::floor(0.5f + at.y + size.y))},
                    [&] { cards(area); });
        }
        after(area);
    });
    take_place(box);
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

// Over the whole box, after its cards: the notice and, only while
// something is dragged, the drop target (the id costs a hash).
void box_overlays(const Session& session, WindowView& view, const LaneGeometry& g, const Box& box, const std::string& id, float notice_width)
{
    if (notice_for(view, id))
        draw_notice_in(view, g.visible, notice_width);
    if (drag_drop_active())
        drop_target(session, view, g, box.outer, ImGui::GetID("##drop"));
}

// The pile's progress, shown on the right of its title line.
void note_placed(const Session& session, Box& box)
{
    box.key.placed = placed_count(session.board);
    box.key.cards = static_cast<int>(session.deck.cards.size());
}

void draw_lane(const Session& session, WindowView& view, int lane, ImVec2 pos, ImVec2 size, float header, float card_height, CardSize card_size,
               const std::string& dragged)
{
    const Lane& l = session.board.lanes[static_cast<std::size_t>(lane)];
    ImGui::PushID(l.id.c_str(), l.id.c_str() + l.id.size());
    Box box = make_box(view, l.id, pos, size);
    int n = static_cast<int>(l.cards.size());
    float spacing = ImGui::GetStyle().ItemSpacing.y;
    float inset = selection_inset();
    // An empty lane's message wraps to the child window's width.
    float content_height = n == 0 ? FLT_MAX : inset * 2.0f + static_cast<float>(n) * (card_height + spacing);
    LaneGeometry g;
    g.lane = lane;
    g.cards = &l.cards;
    lane_box(session, view, lane, box, header, content_height, dragged, [&](const CardArea& area) {
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
            auto at = std::find(l.cards.begin(), l.cards.end(), find_card(session.deck, view.selected));
            if (at != l.cards.end())
                keep_in_view(top + static_cast<float>(at - l.cards.begin()) * g.pitch.y, card_height);
        }
    }, [&](const CardArea&) { box_overlays(session, view, g, box, l.id, g.visible.width()); });
    ImGui::PopID();
}

void draw_pile(const Session& session, WindowView& view, const Layout& layout, const std::string& dragged)
{
    const Board& board = session.board;
    ImGui::PushID("##pile");
    Box box = make_box(view, "", ImGui::GetCursorScreenPos(), ImVec2(std::max(ImGui::GetContentRegionAvail().x, 4.0f), layout.pile_height));
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
    lane_box(session, view, kPile, box, layout.header_height, content_height, dragged, [&](const CardArea& area) {
        float spacing = ImGui::GetStyle().ItemSpacing.x;
        float width = std::min(layout.pile_card_width,
                               std::floor((area.width - inset * 2.0f - spacing * static_cast<float>(g.per_row - 1)) / static_cast<float>(g.per_row)));
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
            auto at = std::find(board.pile.begin(), board.pile.end(), find_card(session.deck, view.selected));
            if (at != board.pile.end())
                keep_in_view(top + static_cast<float>((at - board.pile.begin()) / g.per_row) * g.pitch.y, g.card_size.y);
        }
    }, [&](const CardArea&) { box_overlays(session, view, g, box, "", std::min(g.visible.width(), ImGui::GetFontSize() * 40.0f)); });
    ImGui::PopID();
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

void draw_board(const Session& session, WindowView& view)
{
    std::string dragged = dragged_card();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
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
    NavScope no_nav(false);
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
    view.scroll_to_selected = false;
}

WindowView::WindowView() = default;
WindowView::~WindowView() = default;

}  // namespace prio
