#include "ui/board_view.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "core/colour.h"

namespace prio {
namespace {

ImU32 to_imu32(Colour c, int alpha = 255)
{
    return IM_COL32(c.r, c.g, c.b, alpha);
}

void draw_card(const Session& session, int card_index, float width)
{
    const Card& card = session.deck.cards[static_cast<std::size_t>(card_index)];
    const Theme* theme = find_theme(session.deck, card.theme);
    Colour bg = theme ? theme->colour : Colour{200, 200, 200};
    Colour fg = text_colour_on(bg);
    ImGuiStyle& style = ImGui::GetStyle();
    float line = ImGui::GetTextLineHeight();
    ImVec2 size(width, line * 2.0f + style.FramePadding.y * 3.0f);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), to_imu32(bg), style.FrameRounding + 4.0f);
    ImVec2 text_pos(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y);
    std::string head = card.id + "  " + card.title;
    draw->PushClipRect(pos, ImVec2(pos.x + size.x - style.FramePadding.x, pos.y + size.y), true);
    draw->AddText(text_pos, to_imu32(fg), head.c_str());
    if (theme)
        draw->AddText(ImVec2(text_pos.x, text_pos.y + line + style.FramePadding.y), to_imu32(fg, 220), theme->title.c_str());
    draw->PopClipRect();
    ImGui::Dummy(size);
}

}  // namespace

void draw_board(Session& session, BoardView& view)
{
    (void)view;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("##board", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);

    Board& board = session.board;
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    int columns = static_cast<int>(board.lanes.size());
    float lane_width = columns > 0 ? (ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns) : 0.0f;
    float lanes_height = ImGui::GetContentRegionAvail().y * 0.62f;
    for (int l = 0; l < columns; ++l) {
        const Lane& lane = board.lanes[static_cast<std::size_t>(l)];
        if (l > 0)
            ImGui::SameLine();
        ImGui::PushID(l);
        ImGui::BeginChild("lane", ImVec2(lane_width, lanes_height), true);
        std::string count = lane.capacity > 0 ? std::to_string(lane.cards.size()) + "/" + std::to_string(lane.capacity) : std::to_string(lane.cards.size());
        ImGui::TextUnformatted(lane.title.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", count.c_str());
        ImGui::Separator();
        for (int card : lane.cards)
            draw_card(session, card, ImGui::GetContentRegionAvail().x);
        ImGui::EndChild();
        ImGui::PopID();
    }

    ImGui::BeginChild("pile", ImVec2(0, 0), true);
    ImGui::Text("Stapel  %d", static_cast<int>(board.pile.size()));
    ImGui::Separator();
    float card_width = 300.0f * view.zoom;
    int per_row = std::max(1, static_cast<int>((ImGui::GetContentRegionAvail().x + spacing) / (card_width + spacing)));
    for (std::size_t i = 0; i < board.pile.size(); ++i) {
        if (i % static_cast<std::size_t>(per_row) != 0)
            ImGui::SameLine();
        draw_card(session, board.pile[i], card_width);
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace prio
