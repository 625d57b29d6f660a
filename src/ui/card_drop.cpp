// Dropping a dragged card on a lane or the pile: where it would land, the
// marker that shows it, and the move on release.
#include <algorithm>
#include <cmath>
#include <string>

#include "ui/board_parts.h"
#include "ui/lane_box.h"
#include "ui/style.h"

namespace prio {
namespace {

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
    draw->PushClipRect(g.visible.min, g.visible.max, true);
    if (g.per_row == 1) {
        float y = g.origin.y + static_cast<float>(slot) * g.pitch.y - (g.pitch.y - g.card_size.y) * 0.5f;
        y = std::clamp(y, g.visible.min.y + thick, g.visible.max.y - thick);
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

}  // namespace

void drop_target(const Session& session, WindowView& view, const LaneGeometry& g, const Rect& rect, ImGuiID id)
{
    if (!begin_drop_target_rect(rect.min, rect.max, id))
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
            ImGui::GetForegroundDrawList()->AddRect(rect.min, rect.max, refused ? warning_colour() : ImGui::GetColorU32(ImGuiCol_NavHighlight),
                                                    ImGui::GetStyle().ChildRounding, 0, 2.0f);
            draw_marker(g, slot, refused);
            if (payload->IsDelivery()) {
                const std::string& lane_id = g.lane == kPile ? std::string() : board.lanes[static_cast<std::size_t>(g.lane)].id;
                wish(view, Edit{Move{card_id, lane_id, drop_index(board, card, g.lane, slot)}});
                view.gesture = GestureSpot{lane_id, ImGui::GetIO().MousePos.y};
                view.selected = card_id;
            }
        }
    }
    ImGui::EndDragDropTarget();
}

}  // namespace prio
