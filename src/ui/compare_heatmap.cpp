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

// `text` centred in [min, max], clipped to it.
void centred_text(ImDrawList* draw, ImVec2 min, ImVec2 max, const std::string& text, ImU32 colour)
{
    ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImVec2 at(std::max(min.x, (min.x + max.x - size.x) * 0.5f), (min.y + max.y - size.y) * 0.5f);
    draw->PushClipRect(min, max, true);
    draw->AddText(at, colour, text.c_str());
    draw->PopClipRect();
}

constexpr int kRankingColumns = 6;

// Dear ImGui 1.86 tables hold at most 64 columns, and a region may compare
// up to 500 councils: the councils share one column, `cell` wide each, drawn
// here cell by cell. Returns which council (index in cluster order) is
// under the mouse in this row, or -1.
int hovered_council(ImVec2 min, float cell, float height, int count)
{
    ImVec2 mouse = ImGui::GetIO().MousePos;
    if (!ImGui::IsWindowHovered() || mouse.y < min.y || mouse.y >= min.y + height || mouse.x < min.x)
        return -1;
    int i = static_cast<int>((mouse.x - min.x) / cell);
    return i < count ? i : -1;
}

// A name too long for its column on two lines, split at the space that
// leaves the longer line shortest ("Gemeente" over "Beernem"); a line that
// still does not fit is cut. One line when the name fits or has no space.
std::vector<std::string> heading_lines(const std::string& name, float width)
{
    if (ImGui::CalcTextSize(name.c_str()).x <= width || name.find(' ') == std::string::npos)
        return {abbreviated(name, width)};
    std::size_t best = std::string::npos;
    float best_width = 0.0f;
    for (std::size_t at = name.find(' '); at != std::string::npos; at = name.find(' ', at + 1)) {
        float longer = std::max(ImGui::CalcTextSize(name.substr(0, at).c_str()).x, ImGui::CalcTextSize(name.substr(at + 1).c_str()).x);
        if (best == std::string::npos || longer < best_width)
            best = at, best_width = longer;
    }
    return {abbreviated(name.substr(0, best), width), abbreviated(name.substr(best + 1), width)};
}

std::size_t letters(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !utf8_continuation(static_cast<unsigned char>(c)); }));
}

void council_headers(const Comparison& comparison, float cell)
{
    const std::vector<int>& order = comparison.all.board_order;
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < kRankingColumns; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
    }
    ImGui::TableSetColumnIndex(kRankingColumns);
    ImVec2 min = ImGui::GetCursorScreenPos();
    const float gap = ImGui::GetStyle().CellPadding.x;
    std::vector<std::vector<std::string>> shown;
    std::size_t rows = 1;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const CouncilBoard& council = comparison.councils[static_cast<std::size_t>(order[i])];
        std::vector<std::string> lines = heading_lines(council.name, cell - 2.0f * gap);
        // A name cut to a letter or two says nothing: then the council's
        // number in cluster order, as the report heads its columns.
        const bool says_nothing = lines.size() == 1 ? lines[0] != council.name && letters(lines[0]) <= 4
                                                    : letters(lines[0]) <= 2 && letters(lines[1]) <= 2;
        shown.push_back(says_nothing ? std::vector<std::string>{std::to_string(i + 1)} : std::move(lines));
        rows = std::max(rows, shown.back().size());
    }
    const float line = ImGui::GetTextLineHeight();
    const float height = line * static_cast<float>(rows);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < order.size(); ++i) {
        ImVec2 a(min.x + cell * static_cast<float>(i) + gap, min.y);
        ImVec2 b(a.x + cell - 2.0f * gap, min.y + height);
        draw->PushClipRect(a, b, true);
        for (std::size_t l = 0; l < shown[i].size(); ++l)
            draw->AddText(ImVec2(a.x, a.y + line * static_cast<float>(l)), ImGui::GetColorU32(ImGuiCol_Text), shown[i][l].c_str());
        draw->PopClipRect();
    }
    ImGui::Dummy(ImVec2(cell * static_cast<float>(order.size()), height));
    int hovered = hovered_council(min, cell, height, static_cast<int>(order.size()));
    if (hovered >= 0) {
        const CouncilBoard& council = comparison.councils[static_cast<std::size_t>(order[static_cast<std::size_t>(hovered)])];
        ImGui::SetTooltip("%d. %s\n%s", hovered + 1, council.name.c_str(), council.file.c_str());
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

void draw_compare_table(const Comparison& comparison, const std::vector<LaneKey>& legend, const std::string& language, WindowView& view,
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
    const float cell = std::clamp((avail - fixed - ImGui::GetStyle().ScrollbarSize - padding * (kRankingColumns + 1)) / static_cast<float>(std::max(1, m)),
                                  em * 2.6f, em * 8.0f);

    ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg |
                            ImGuiTableFlags_SizingFixedFit;
    NavScope no_nav(false);  // the arrows move the selected row (compare_screen.cpp)
    if (!ImGui::BeginTable("##councils_table", kRankingColumns + 1, flags, ImVec2(0.0f, height)))
        return;
    ImGui::TableSetupScrollFreeze(kRankingColumns, 1);
    ImGui::TableSetupColumn(s(tr("compare.report.col.rank", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 2.5f);
    ImGui::TableSetupColumn(s(tr("compare.report.col.code", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
    ImGui::TableSetupColumn(s(tr("compare.report.col.principle", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, title_width);
    ImGui::TableSetupColumn(s(tr("compare.report.col.borda", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
    ImGui::TableSetupColumn(s(tr("compare.report.col.mean_rank", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
    ImGui::TableSetupColumn(s(tr("compare.window.contested", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn("##councils", ImGuiTableColumnFlags_WidthFixed, cell * static_cast<float>(m));
    council_headers(comparison, cell);

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
        // The councils' cells, edge to edge, so that a row reads as one band.
        ImGui::TableNextColumn();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float row_height = ImGui::GetFrameHeight();
        const float left = at.x - ImGui::GetStyle().CellPadding.x;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 seen_min = draw->GetClipRectMin(), seen_max = draw->GetClipRectMax();
        for (int i = 0; i < m; ++i) {
            const auto index = static_cast<std::size_t>(all.board_order[static_cast<std::size_t>(i)]);
            std::size_t key = lane_of(legend, comparison, index, static_cast<std::size_t>(card));
            if (key >= legend.size())
                continue;  // cannot be: the legend holds every lane used
            const LaneKey& l = legend[key];
            ImVec2 a(left + cell * static_cast<float>(i), at.y);
            ImVec2 b(a.x + cell - 1.0f, at.y + row_height);
            cv.cells.push_back(CouncilCell{card, static_cast<int>(index), lane_fill(l)});
            if (b.x < seen_min.x || a.x > seen_max.x || b.y < seen_min.y || a.y > seen_max.y)
                continue;  // scrolled out of sight: 500 councils cost what the screen shows
            draw->AddRectFilled(a, b, lane_fill(l));
            centred_text(draw, a, b, heatmap_text(legend, comparison, index, static_cast<std::size_t>(card)), lane_text_colour(l));
        }
        ImGui::Dummy(ImVec2(cell * static_cast<float>(m) - ImGui::GetStyle().CellPadding.x * 2.0f, row_height));
        int hovered = hovered_council(ImVec2(left, at.y), cell, row_height, m);
        if (hovered >= 0) {
            const auto index = static_cast<std::size_t>(all.board_order[static_cast<std::size_t>(hovered)]);
            std::size_t key = lane_of(legend, comparison, index, static_cast<std::size_t>(card));
            if (key < legend.size())
                ImGui::SetTooltip("%s: %s", comparison.councils[index].name.c_str(), lane_name(legend[key], language).c_str());
        }
        ImGui::PopID();
    }
    cv.scroll_to_row = false;
    ImGui::EndTable();
}

}  // namespace prio
