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

// Dark to light over the ranked lanes: the first lane reads as the strongest.
Colour ranked_colour(int index, int count)
{
    const Colour dark{0x17, 0x3f, 0x6e}, light{0xb9, 0xd6, 0xee};
    float t = count <= 1 ? 0.0f : static_cast<float>(index) / static_cast<float>(count - 1);
    auto mix = [t](unsigned char a, unsigned char b) { return static_cast<unsigned char>(static_cast<float>(a) + (static_cast<float>(b) - static_cast<float>(a)) * t); };
    return Colour{mix(dark.r, light.r), mix(dark.g, light.g), mix(dark.b, light.b)};
}

LaneLook look(Colour fill, std::string symbol, std::string title)
{
    return LaneLook{rgb(fill), rgb(text_colour_on(fill)), std::move(symbol), std::move(title)};
}

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

LaneLook lane_look(const Deck& deck, const std::string& lane, const std::string& language)
{
    if (lane.empty())
        return look(Colour{0xde, 0xde, 0xde}, "–", s(tr("councils.pile", language)));
    int ranked = static_cast<int>(std::count_if(deck.lanes.begin(), deck.lanes.end(), [](const LaneSpec& l) { return l.ranked; }));
    int index = 0;
    for (const LaneSpec& spec : deck.lanes) {
        if (spec.id == lane) {
            if (!spec.ranked)
                return look(Colour{0xd9, 0x8e, 0x4f}, "×", spec.title);
            return look(ranked_colour(index, ranked), std::to_string(index + 1), spec.title);
        }
        index += spec.ranked;
    }
    return look(Colour{0x8e, 0x6b, 0xa8}, "?", s(tr("councils.other_lane", language)));
}

void draw_lane_legend(const Deck& deck, const std::string& language)
{
    std::vector<LaneLook> looks;
    for (const LaneSpec& spec : deck.lanes)
        looks.push_back(lane_look(deck, spec.id, language));
    looks.push_back(lane_look(deck, "", language));
    looks.push_back(lane_look(deck, "\x01other", language));
    ImGui::TextUnformatted(s(tr("councils.legend", language)).c_str());
    float side = ImGui::GetFrameHeight();
    for (const LaneLook& l : looks) {
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 2.0f);
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + side * 1.4f, at.y + side), l.fill, 3.0f);
        ImVec2 size = ImGui::CalcTextSize(l.symbol.c_str());
        draw->AddText(ImVec2(at.x + (side * 1.4f - size.x) * 0.5f, at.y + (side - size.y) * 0.5f), l.text, l.symbol.c_str());
        ImGui::Dummy(ImVec2(side * 1.4f, side));
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(l.title.c_str());
    }
}

void draw_compare_table(const Comparison& comparison, const std::string& language, BoardView& view, float height)
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
    ImGui::TableSetupColumn(s(tr("councils.col.rank", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 2.5f);
    ImGui::TableSetupColumn(s(tr("councils.col.code", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
    ImGui::TableSetupColumn(s(tr("councils.col.title", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, title_width);
    ImGui::TableSetupColumn(s(tr("councils.col.borda", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
    ImGui::TableSetupColumn(s(tr("councils.col.mean", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
    ImGui::TableSetupColumn(s(tr("councils.contested", language)).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    for (int i = 0; i < m; ++i)
        ImGui::TableSetupColumn(("##council" + std::to_string(i)).c_str(), ImGuiTableColumnFlags_WidthFixed, column);
    council_headers(comparison, column);

    const std::string contested = "‼ " + s(tr("councils.contested", language));
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
        ImGui::TextUnformatted(decimal(figures.borda, 0, language).c_str());
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
            LaneLook l = lane_look(comparison.deck, council.board.lanes[static_cast<std::size_t>(card)], language);
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, l.fill);
            cv.cells.push_back(CouncilCell{card, index, l.fill});
            centred_text(l.symbol, l.text);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s: %s", council.name.c_str(), l.title.c_str());
        }
        ImGui::PopID();
    }
    cv.scroll_to_row = false;
    ImGui::EndTable();
}

}  // namespace prio
