// One principle of the comparison up close: its figures, how many councils
// put it in each lane, and every council's note on it side by side.
#include <algorithm>
#include <string>

#include <imgui.h>

#include "core/number_text.h"
#include "core/strings.h"
#include "ui/compare_parts.h"
#include "ui/dialog.h"
#include "ui/imgui_compat.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

constexpr const char* kDetailId = "###council_card";

void distribution(const Comparison& comparison, const CardConsensus& figures, const std::string& language)
{
    ImGui::TextUnformatted(s(tr("councils.detail_lanes", language)).c_str());
    float side = ImGui::GetFrameHeight();
    int m = static_cast<int>(comparison.councils.size());
    float bar_room = ImGui::GetFontSize() * 16.0f;
    if (!ImGui::BeginTable("##lanes", 3, ImGuiTableFlags_SizingFixedFit))
        return;
    for (const auto& [lane, n] : lane_counts(comparison.deck, figures)) {
        LaneLook l = lane_look(comparison.deck, lane, language);
        std::string title = lane.empty() || l.symbol != "?" ? l.title : lane;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted((l.symbol + "  " + title).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::to_string(n).c_str());
        ImGui::TableNextColumn();
        ImVec2 at = ImGui::GetCursorScreenPos();
        float width = m > 0 ? bar_room * static_cast<float>(n) / static_cast<float>(m) : 0.0f;
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + side * 0.8f), l.fill, 2.0f);
        ImGui::Dummy(ImVec2(bar_room, side * 0.8f));
    }
    ImGui::EndTable();
}

void notes(const Comparison& comparison, int card, const std::string& language, float height)
{
    ImGui::TextUnformatted(s(tr("councils.detail_notes", language)).c_str());
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##notes", 3, flags, ImVec2(0.0f, height)))
        return;
    ImGui::TableSetupColumn("##council", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##lane", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight() * 1.4f);
    ImGui::TableSetupColumn("##note", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    const std::string none = "(" + s(tr("councils.no_note", language)) + ")";
    for (const CouncilNote& row : council_notes(comparison, card)) {
        LaneLook l = lane_look(comparison.deck, row.lane, language);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row.council.c_str());
        ImGui::TableNextColumn();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, l.fill);
        ImGui::PushStyleColor(ImGuiCol_Text, l.text);
        ImGui::TextUnformatted(l.symbol.c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", l.title.c_str());
        ImGui::TableNextColumn();
        if (row.note.empty())
            ImGui::TextDisabled("%s", none.c_str());
        else
            ImGui::TextWrapped("%s", row.note.c_str());
    }
    ImGui::EndTable();
}

}  // namespace

std::vector<LaneCount> lane_counts(const Deck& deck, const CardConsensus& figures)
{
    auto count = [&](const std::string& lane) {
        auto it = std::find_if(figures.lanes.begin(), figures.lanes.end(), [&](const auto& p) { return p.first == lane; });
        return it == figures.lanes.end() ? 0 : it->second;
    };
    std::vector<LaneCount> out;
    for (const LaneSpec& spec : deck.lanes)
        out.push_back({spec.id, count(spec.id)});
    for (const auto& [lane, n] : figures.lanes) {
        bool known = lane.empty() || std::any_of(deck.lanes.begin(), deck.lanes.end(), [&](const LaneSpec& l) { return l.id == lane; });
        if (!known)
            out.push_back({lane, n});
    }
    out.push_back({"", count("")});
    return out;
}

std::vector<CouncilNote> council_notes(const Comparison& comparison, int card)
{
    std::vector<CouncilNote> out;
    for (int index : comparison.all.board_order) {
        const CouncilBoard& council = comparison.councils[static_cast<std::size_t>(index)];
        out.push_back({council.name, council.board.lanes[static_cast<std::size_t>(card)], council.notes[static_cast<std::size_t>(card)]});
    }
    return out;
}

void draw_compare_detail(const Comparison& comparison, const std::string& language, BoardView& view)
{
    CouncilsView& cv = view.councils;
    if (cv.detail < 0 || static_cast<std::size_t>(cv.detail) >= comparison.deck.cards.size())
        return;
    const Card& card = comparison.deck.cards[static_cast<std::size_t>(cv.detail)];
    std::string name = card.id + "  " + card.title + kDetailId;
    if (!ImGui::IsPopupOpen(kDetailId)) {
        if (any_popup_open())
            return;
        ImGui::OpenPopup(name.c_str());
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(viewport->WorkSize.x * 0.9f, ImGui::GetFontSize() * 56.0f), viewport->WorkSize.y * 0.85f),
                             ImGuiCond_Always);
    if (!ImGui::BeginPopupModal(name.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        cv.detail = -1;  // closed by Dear ImGui
        return;
    }
    // The Enter that opened the detail is still down in its first frame.
    const bool appearing = ImGui::IsWindowAppearing();
    const CardConsensus& figures = comparison.all.cards[static_cast<std::size_t>(cv.detail)];
    ImGui::TextDisabled("%s", fill(tr("fmt.councils.detail_figures", language), {{"borda", decimal(figures.borda, 0, language)},
                                                                                 {"mean", decimal(figures.mean_rank, 1, language)},
                                                                                 {"iqr", decimal(figures.iqr, 1, language)},
                                                                                 {"sd", decimal(figures.sd, 1, language)}})
                                .c_str());
    if (figures.contested) {
        ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
        ImGui::TextUnformatted(("‼ " + s(tr("councils.contested", language))).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    distribution(comparison, figures, language);
    ImGui::Spacing();
    float foot = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2.0f;
    notes(comparison, cv.detail, language, std::max(ImGui::GetFrameHeight() * 3.0f, ImGui::GetContentRegionAvail().y - foot - ImGui::GetTextLineHeightWithSpacing()));
    ImGui::Spacing();
    DialogButtons buttons;
    bool close = buttons.button(s(tr("councils.close", language)));
    DialogButtons::make_default();
    if (close || (!appearing && (buttons.enter_default() || escape_pressed()))) {
        cv.detail = -1;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace prio
