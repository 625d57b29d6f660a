// One principle of the comparison up close: its figures, how many councils
// put it in each lane, and every council's note on it side by side; for a
// round's full ranking, how many participants gave it each rank.
#include <algorithm>
#include <string>

#include <imgui.h>

#include "core/number_text.h"
#include "core/placeholders.h"
#include "core/strings.h"
#include "ui/compare_parts.h"
#include "ui/dialog.h"
#include "ui/imgui_compat.h"
#include "ui/marks.h"
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

// A round's full ranking has one lane: what divides the participants is the
// rank each gave, so the detail shows how many gave each rank 1..n.
void rank_spread(const Comparison& comparison, const LaneKey& ranking, int card, const std::string& language)
{
    const std::size_t n = comparison.deck.cards.size();
    const std::vector<int> given = ranks_given(comparison, card);
    ImGui::TextUnformatted(fill(tr("fmt.compare.window.rank_spread", language), {{"n", std::to_string(n)}}).c_str());
    const int most = std::max(1, *std::max_element(given.begin() + 1, given.end()));
    const float em = ImGui::GetFontSize();
    const float column = std::clamp(em * 36.0f / static_cast<float>(n), em * 0.6f, em * 2.0f);
    const float height = em * 4.0f;
    // Room above the tallest bar for its count.
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetTextLineHeight()));
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill_colour = lane_fill(ranking);
    for (std::size_t r = 1; r <= n; ++r) {
        float x = at.x + column * static_cast<float>(r - 1);
        float h = height * static_cast<float>(given[r]) / static_cast<float>(most);
        draw->AddRectFilled(ImVec2(x + 1.0f, at.y + height - h), ImVec2(x + column - 1.0f, at.y + height), fill_colour, 2.0f);
        if (given[r] > 0) {
            std::string count = std::to_string(given[r]);
            ImVec2 size = ImGui::CalcTextSize(count.c_str());
            draw->AddText(ImVec2(x + (column - size.x) * 0.5f, at.y + height - h - size.y), ImGui::GetColorU32(ImGuiCol_Text), count.c_str());
        }
    }
    draw->AddLine(ImVec2(at.x, at.y + height), ImVec2(at.x + column * static_cast<float>(n), at.y + height), ImGui::GetColorU32(ImGuiCol_Separator));
    ImGui::Dummy(ImVec2(column * static_cast<float>(n), height));
    mark_item("rank_spread");
    ImGui::TextDisabled("1");
    std::string last = std::to_string(n);
    ImGui::SameLine(std::max(0.0f, column * static_cast<float>(n) - ImGui::CalcTextSize(last.c_str()).x));
    ImGui::TextDisabled("%s", last.c_str());
    if (given[0] > 0)
        ImGui::TextDisabled("%s", fill(tr("fmt.compare.window.rank_spread_rest", language), {{"count", std::to_string(given[0])}}).c_str());
}

bool one_ranking(const std::vector<LaneKey>& legend)
{
    return std::count_if(legend.begin(), legend.end(), [](const LaneKey& k) { return k.ranked; }) == 1 &&
           std::all_of(legend.begin(), legend.end(), [](const LaneKey& k) { return k.ranked || k.id.empty(); });
}

// Per council its cell and its note; a round's participants leave no notes,
// so there the table is each one's cell alone.
void notes(const Comparison& comparison, const std::vector<LaneKey>& legend, int card, const std::string& language, float height, bool of_round)
{
    ImGui::TextUnformatted(s(tr(of_round ? "compare.window.per_participant" : "compare.report.notes", language)).c_str());
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##notes", of_round ? 2 : 3, flags, ImVec2(of_round ? ImGui::GetFontSize() * 24.0f : 0.0f, height)))
        return;
    ImGui::TableSetupColumn("##council", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##lane", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight() * 1.4f);
    if (!of_round)
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
        if (of_round)
            continue;
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

void draw_compare_detail(const Comparison& comparison, const std::string& language, WindowView& view)
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
    const bool of_round = cv.round >= 0;
    if (of_round && one_ranking(legend))
        rank_spread(comparison, legend.front(), cv.detail, language);
    else
        distribution(comparison, legend, figures, language);
    ImGui::Spacing();
    float foot = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2.0f;
    notes(comparison, legend, cv.detail, language,
          std::max(ImGui::GetFrameHeight() * 3.0f, ImGui::GetContentRegionAvail().y - foot - ImGui::GetTextLineHeightWithSpacing()), of_round);
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
