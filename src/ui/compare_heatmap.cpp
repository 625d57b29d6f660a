// The comparison's table: the consensus ranking on the left (rank, code,
// title, Borda, mean rank, contested), then one column per council in
// cluster order, each cell in the colour of the lane that council chose.
// One table, so the ranking stays beside the heatmap's rows; the ranking's
// columns stay put while 60 councils' columns scroll sideways.
#include <algorithm>
#include <string>

#include "core/colour.h"
#include "core/number_text.h"
#include "core/strings.h"
#include "core/utf8.h"
#include "ui/compare_parts.h"
#include "ui/imgui_compat.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

ImU32 rgb(Colour c) { return IM_COL32(c.r, c.g, c.b, 255); }

// What fits in `width` of `name`: itself, or its start and "…".
std::string abbreviated(const std::string& name, float width)
{
    if (ImGui::CalcTextSize(name.c_str()).x <= width)
        return name;
    std::string out;
    for (std::size_t at = 0; at < name.size();) {
        std::size_t next = at + std::max<std::size_t>(1, utf8_length(name, at));
        std::string longer = name.substr(0, std::min(next, name.size()));
        if (ImGui::CalcTextSize((longer + "…").c_str()).x > width)
            break;
        out = longer;
        at = next;
    }
    return out + "…";
}

void centred_text(const std::string& text, ImU32 colour)
{
    float room = ImGui::GetContentRegionAvail().x;
    float width = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (room - width) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

constexpr int kRankingColumns = 6;

void council_headers(const Comparison& comparison, float column_width)
{
    const std::vector<int>& order = comparison.all.board_order;
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < kRankingColumns; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        ImGui::TableSetColumnIndex(kRankingColumns + static_cast<int>(i));
        const CouncilBoard& council = comparison.councils[static_cast<std::size_t>(order[i])];
        std::string shown = abbreviated(council.name, column_width - ImGui::GetStyle().CellPadding.x * 2.0f);
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableHeader(shown.c_str());
        ImGui::PopID();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s\n%s", council.name.c_str(), council.file.c_str());
    }
}

}  // namespace

ImU32 lane_fill(const LaneKey& key) { return rgb(key.colour); }
ImU32 lane_text_colour(const LaneKey& key) { return rgb(text_colour_on(key.colour)); }

std::string lane_name(const LaneKey& key, const std::string& language)
{
    return key.id.empty() ? s(tr("compare.report.pile", language)) : key.title;
}

void draw_lane_legend(const std::vector<LaneKey>& legend, const std::string& language)
{
    ImGui::TextUnformatted(s(tr("compare.report.legend", language)).c_str());
    float side = ImGui::GetFrameHeight();
    for (const LaneKey& l : legend) {
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 2.0f);
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + side * 1.4f, at.y + side), lane_fill(l), 3.0f);
        ImVec2 size = ImGui::CalcTextSize(l.key.c_str());
        draw->AddText(ImVec2(at.x + (side * 1.4f - size.x) * 0.5f, at.y + (side - size.y) * 0.5f), lane_text_colour(l), l.key.c_str());
        ImGui::Dummy(ImVec2(side * 1.4f, side));
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(lane_name(l, language).c_str());
    }
}

void draw_compare_table(const Comparison& comparison, const std::vector<LaneKey>& legend, const std::string& language, BoardView& view,
                        float height)
{
    CouncilsView& cv = view.councils;
    cv.rows.clear();
    cv.cells.clear();
    cv.contested_shown.clear();
    const Consensus& all = comparison.all;
    const std::vector<int>& order = all.borda_order;
    const float em = ImGui::GetFontSize();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float title_width = std::clamp(avail * 0.24f, em * 10.0f, em * 22.0f);
    const float fixed = em * (2.5f + 3.5f + 3.5f + 4.5f + 5.0f) + title_width;
    // Columns share what the ranking leaves; below 2.2 em they scroll.
    const int m = static_cast<int>(comparison.councils.size());
    const float padding = ImGui::GetStyle().CellPadding.x * 2.0f;
    const float column = std::clamp((avail - fixed - ImGui::GetStyle().ScrollbarSize - padding * kRankingColumns) / static_cast<float>(std::max(1, m)) - padding,
                                    em * 2.2f, em * 8.0f);

    ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg |
                            ImGuiTableFlags_SizingFixedFit;
    NavScope no_nav(false);  // the arrows move the selected row (compare_screen.cpp)
    if (!ImGui::BeginTable("##councils_table", kRankingColumns + m, flags, ImVec2(0.0f, height)))
        return;
    ImGui::TableSetupScrollFreeze(kRankingColumns, 1);
    ImGui::TableSetupColumn(s(tr("compare.report.col.rank", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 2.5f);
    ImGui::TableSetupColumn(s(tr("compare.report.col.code", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
    ImGui::TableSetupColumn(s(tr("compare.report.col.principle", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, title_width);
    ImGui::TableSetupColumn(s(tr("compare.report.col.borda", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
    ImGui::TableSetupColumn(s(tr("compare.report.col.mean_rank", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
    ImGui::TableSetupColumn(s(tr("compare.window.contested", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    for (int i = 0; i < m; ++i)
        ImGui::TableSetupColumn(("##council" + std::to_string(i)).c_str(), ImGuiTableColumnFlags_WidthFixed, column);
    council_headers(comparison, column);

    const std::string contested = "‼ " + s(tr("compare.window.contested", language));
    cv.row = std::clamp(cv.row, 0, std::max(0, static_cast<int>(order.size()) - 1));
    for (std::size_t r = 0; r < order.size(); ++r) {
        const int card = order[r];
        const CardConsensus& figures = all.cards[static_cast<std::size_t>(card)];
        const Card& info = comparison.deck.cards[static_cast<std::size_t>(card)];
        ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight());
        ImGui::TableNextColumn();
        ImGui::PushID(card);
        bool selected = cv.row == static_cast<int>(r);
        ImGui::AlignTextToFramePadding();
        if (noted(ImGui::Selectable(std::to_string(r + 1).c_str(), selected, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0.0f, ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.y * 2.0f)))) {
            cv.row = static_cast<int>(r);
            cv.detail = card;
        }
        cv.rows.push_back(CouncilRow{card, info.id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
        if (selected && cv.scroll_to_row)
            ImGui::SetScrollHereY(0.5f);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(info.id.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(info.title.c_str());
        if (ImGui::IsItemHovered() && ImGui::CalcTextSize(info.title.c_str()).x > title_width)
            ImGui::SetTooltip("%s", info.title.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(amount(figures.borda, language).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(decimal(figures.mean_rank, 1, language).c_str());
        ImGui::TableNextColumn();
        if (figures.contested) {
            ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
            ImGui::TextUnformatted(contested.c_str());
            ImGui::PopStyleColor();
            cv.contested_shown.push_back(info.id);
        }
        for (int i = 0; i < m; ++i) {
            ImGui::TableNextColumn();
            const int index = all.board_order[static_cast<std::size_t>(i)];
            const CouncilBoard& council = comparison.councils[static_cast<std::size_t>(index)];
            std::size_t key = lane_of(legend, comparison, static_cast<std::size_t>(index), static_cast<std::size_t>(card));
            if (key >= legend.size())
                continue;  // cannot be: the legend holds every lane used
            const LaneKey& l = legend[key];
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, lane_fill(l));
            cv.cells.push_back(CouncilCell{card, index, lane_fill(l)});
            centred_text(heatmap_text(legend, comparison, static_cast<std::size_t>(index), static_cast<std::size_t>(card)), lane_text_colour(l));
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s: %s", council.name.c_str(), lane_name(l, language).c_str());
        }
        ImGui::PopID();
    }
    cv.scroll_to_row = false;
    ImGui::EndTable();
}

}  // namespace prio
