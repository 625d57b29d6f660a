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

void distribution(const Comparison& comparison, const std::vector<LaneKey>& legend, const CardConsensus& figures,
                  const std::string& language)
{
    ImGui::TextUnformatted(s(tr("compare.report.distribution", language)).c_str());
    float side = ImGui::GetFrameHeight();
    int m = static_cast<int>(comparison.councils.size());
    float bar_room = ImGui::GetFontSize() * 16.0f;
    if (!ImGui::BeginTable("##lanes", 3, ImGuiTableFlags_SizingFixedFit))
        return;
    for (const auto& [key, n] : lane_counts(legend, figures)) {
        const LaneKey& l = legend[key];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted((l.key + "  " + lane_name(l, language)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::to_string(n).c_str());
        ImGui::TableNextColumn();
        ImVec2 at = ImGui::GetCursorScreenPos();
        float width = m > 0 ? bar_room * static_cast<float>(n) / static_cast<float>(m) : 0.0f;
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + side * 0.8f), lane_fill(l), 2.0f);
        ImGui::Dummy(ImVec2(bar_room, side * 0.8f));
    }
    ImGui::EndTable();
}

void notes(const Comparison& comparison, const std::vector<LaneKey>& legend, int card, const std::string& language, float height)
{
    ImGui::TextUnformatted(s(tr("compare.report.notes", language)).c_str());
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##notes", 3, flags, ImVec2(0.0f, height)))
        return;
    ImGui::TableSetupColumn("##council", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##lane", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight() * 1.4f);
    ImGui::TableSetupColumn("##note", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    const std::string none = "(" + s(tr("compare.window.no_note", language)) + ")";
    for (const CouncilNote& row : council_notes(comparison, legend, card)) {
        const LaneKey& l = legend[row.key];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row.council.c_str());
        ImGui::TableNextColumn();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, lane_fill(l));
        ImGui::PushStyleColor(ImGuiCol_Text, lane_text_colour(l));
        ImGui::TextUnformatted(row.cell.c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", lane_name(l, language).c_str());
        ImGui::TableNextColumn();
        if (row.note.empty())
            ImGui::TextDisabled("%s", none.c_str());
        else
            ImGui::TextWrapped("%s", row.note.c_str());
    }
    ImGui::EndTable();
}

}  // namespace

std::vector<LaneCount> lane_counts(const std::vector<LaneKey>& legend, const CardConsensus& figures)
{
    std::vector<LaneCount> out;
    for (std::size_t key = 0; key < legend.size(); ++key) {
        auto it = std::find_if(figures.lanes.begin(), figures.lanes.end(), [&](const auto& p) { return p.first == legend[key].id; });
        out.push_back({key, it == figures.lanes.end() ? 0 : it->second});
    }
    return out;
}

std::vector<CouncilNote> council_notes(const Comparison& comparison, const std::vector<LaneKey>& legend, int card)
{
    std::vector<CouncilNote> out;
    const auto at = static_cast<std::size_t>(card);
    for (int index : comparison.all.board_order) {
        const auto i = static_cast<std::size_t>(index);
        std::size_t key = std::min(lane_of(legend, comparison, i, at), legend.size() - 1);
        out.push_back({comparison.councils[i].name, key, heatmap_text(legend, comparison, i, at), comparison.councils[i].notes[at]});
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
    const std::vector<LaneKey> legend = lane_legend(comparison);
    ImGui::TextDisabled("%s", fill(tr("fmt.compare.window.figures", language), {{"borda", amount(figures.borda, language)},
                                                                                 {"mean", decimal(figures.mean_rank, 1, language)},
                                                                                 {"iqr", decimal(figures.iqr, 1, language)},
                                                                                 {"sd", decimal(figures.sd, 1, language)}})
                                .c_str());
    if (figures.contested) {
        ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
        ImGui::TextUnformatted(("‼ " + s(tr("compare.window.contested", language))).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    distribution(comparison, legend, figures, language);
    ImGui::Spacing();
    float foot = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2.0f;
    notes(comparison, legend, cv.detail, language, std::max(ImGui::GetFrameHeight() * 3.0f, ImGui::GetContentRegionAvail().y - foot - ImGui::GetTextLineHeightWithSpacing()));
    ImGui::Spacing();
    DialogButtons buttons;
    bool close = buttons.button(s(tr("common.close", language)));
    DialogButtons::make_default();
    if (close || (!appearing && (buttons.enter_default() || escape_pressed()))) {
        cv.detail = -1;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace prio
