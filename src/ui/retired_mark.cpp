// A card the session's deck file no longer has (after switching to a newer
// deck) stays where the group put it, marked, so nobody takes it for a
// current principle and the group can decide what to do with it.
#include <algorithm>
#include <string>

#include "core/strings.h"
#include "ui/board_parts.h"

namespace prio {

bool is_retired(const Session& session, const std::string& card_id)
{
    return std::find(session.retired.begin(), session.retired.end(), card_id) != session.retired.end();
}

void draw_retired_mark(ImDrawList* draw, const Session& session, ImVec2 min, ImVec2 max)
{
    // A band across the foot of the card says why. The card is not faded:
    // a wash over its text took the text below 4.5:1.
    std::string text(tr("session.retired", session.language));
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize() * 0.85f;
    ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
    float pad = size * 0.3f;
    ImVec2 band_min(min.x, std::max(min.y, max.y - extent.y - pad * 2.0f));
    draw->AddRectFilled(band_min, max, IM_COL32(120, 30, 30, 235));
    draw->PushClipRect(band_min, max, true);
    draw->AddText(font, size, ImVec2(min.x + pad * 2.0f, band_min.y + pad), IM_COL32(255, 255, 255, 255), text.c_str());
    draw->PopClipRect();
}

}  // namespace prio
