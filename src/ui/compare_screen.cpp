// Screen::Compare: the councils' comparison as the shell shows it. A head
// with the agreement (W as a number and in words, m and p), what loading
// warned about and the two ways on; then the ranking with its heatmap, the
// legend, and the keys. The board's session is not touched here.
#include <algorithm>
#include <string>

#include "core/comparison_text.h"
#include "core/convergence.h"
#include "core/number_text.h"
#include "core/strings.h"
#include "ui/actions.h"
#include "ui/board_parts.h"
#include "ui/compare_parts.h"
#include "ui/marks.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

std::string codes(const Deck& deck, const std::vector<int>& cards)
{
    std::string out;
    for (int card : cards) out += (out.empty() ? "" : " ") + deck.cards[static_cast<std::size_t>(card)].id;
    return out.empty() ? "\u2014" : out;
}

// A second round: W of the latest earlier revealed round and of this one,
// and the cards whose spread shrank or grew (core/convergence.h).
void convergence_line(const Session& session, int round)
{
    const std::string& lang = session.language;
    int before = round - 1;
    while (before >= 0 && !session.rounds[static_cast<std::size_t>(before)].revealed) --before;
    if (before < 0)
        return;
    Convergence c = round_convergence(session.deck, session.rounds[static_cast<std::size_t>(before)], session.rounds[static_cast<std::size_t>(round)]);
    if (!c.ok()) {
        ImGui::TextDisabled("%s", convergence_problem_text(c, lang).c_str());
        return;
    }
    ImGui::TextUnformatted(fill(tr("fmt.round.window.convergence", lang), {{"before", std::to_string(before + 1)},
                                                                       {"after", std::to_string(round + 1)},
                                                                       {"w1", decimal(c.w_before, 2, lang)},
                                                                       {"w2", decimal(c.w_after, 2, lang)},
                                                                       {"shrank", codes(session.deck, c.shrank)},
                                                                       {"grew", codes(session.deck, c.grew)}})
                               .c_str());
    mark_item("convergence");
}

void head(const Session& session, const Comparison& comparison, WindowView& view)
{
    const std::string& lang = session.language;
    const Concordance& c = comparison.all.concordance;
    ImGui::PushFont(view.fonts.heading ? view.fonts.heading : ImGui::GetFont());
    // A round's participants, or councils' sessions.
    const int round = view.councils.round;
    const bool of_round = round >= 0 && static_cast<std::size_t>(round) < session.rounds.size();
    const std::string title =
        of_round ? fill(tr("fmt.round.window.title", lang), {{"number", std::to_string(round + 1)},
                                                              {"count", std::to_string(comparison.councils.size())},
                                                              {"question", session.rounds[static_cast<std::size_t>(round)].question}})
                 : fill(tr("fmt.compare.window.title", lang), {{"count", std::to_string(comparison.councils.size())}});
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    // The two ways on, at the right of the title line.
    const Action onward = of_round ? Action::RoundApply : Action::RegionalBoard;
    std::string back = s(tr(action_info(Action::BackToBoard).label, lang)) + "  (" + action_info(Action::BackToBoard).shown + ")";
    std::string regional = s(tr(action_info(onward).label, lang)) + "  (" + action_info(onward).shown + ")";
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::CalcTextSize(back.c_str()).x + ImGui::CalcTextSize(regional.c_str()).x + style.FramePadding.x * 4.0f + style.ItemSpacing.x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
    if (noted(ImGui::Button(regional.c_str())))
        action_info(onward).run(session, view);
    ImGui::SameLine();
    if (noted(ImGui::Button(back.c_str())))
        action_info(Action::BackToBoard).run(session, view);

    ImGui::PushFont(view.fonts.bold ? view.fonts.bold : ImGui::GetFont());
    ImGui::TextUnformatted(fill(tr(of_round ? "fmt.round.window.agreement" : "fmt.compare.window.agreement", lang), {{"w", decimal(c.w, 2, lang)},
                                                                     {"words", s(tr(agreement_key(agreement(c.w)), lang))},
                                                                     {"m", std::to_string(c.boards)},
                                                                     {"p", p_text(c.p_value, lang)}})
                               .c_str());
    ImGui::PopFont();
    int contested = static_cast<int>(std::count_if(comparison.all.cards.begin(), comparison.all.cards.end(), [](const CardConsensus& f) { return f.contested; }));
    if (contested > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
        ImGui::TextUnformatted(("‼ " + fill(tr(of_round ? "fmt.round.window.contested_count" : "fmt.compare.window.contested_count", lang), {{"count", std::to_string(contested)}})).c_str());
        ImGui::PopStyleColor();
    }
    // Beside the whole: Kemeny's order against Borda's, and each segment on its own.
    ImGui::TextUnformatted(kemeny_line(comparison, lang).c_str());
    mark_item("kemeny");
    for (const std::string& line : segment_lines(comparison, lang)) {
        ImGui::TextUnformatted(line.c_str());
        mark_item("segment");
    }
    for (const std::string& warning : view.councils.warnings)
        ImGui::TextDisabled("%s %s", s(tr("compare.window.warning", lang)).c_str(), warning.c_str());
    if (of_round)
        convergence_line(session, round);
}

}  // namespace

std::string kemeny_line(const Comparison& comparison, const std::string& language)
{
    const std::string kind = s(tr(comparison.all.kemeny_exact ? "compare.window.kemeny_exact" : "compare.window.kemeny_approximate", language));
    if (comparison.all.kemeny_vs_borda.empty())
        return fill(tr("fmt.compare.window.kemeny_same", language), {{"kind", kind}});
    return fill(tr("fmt.compare.window.kemeny_differs", language), {{"kind", kind}, {"pairs", kemeny_pairs_text(comparison, language)}});
}

std::vector<std::string> segment_lines(const Comparison& comparison, const std::string& language)
{
    std::vector<std::string> lines;
    for (const auto& [name, segment] : comparison.segments) {
        std::vector<int> first(segment.borda_order.begin(), segment.borda_order.begin() + std::min<std::size_t>(3, segment.borda_order.size()));
        lines.push_back(segment_w_text(name, segment, 2, language) + " " +
                        fill(tr("fmt.compare.window.segment_first", language), {{"codes", codes(comparison.deck, first)}}));
    }
    return lines;
}

void draw_compare_screen(const Session& session, const Comparison& comparison, WindowView& view)
{
    const std::string& lang = session.language;
    head(session, comparison, view);
    ImGui::Spacing();
    float foot = ImGui::GetFrameHeightWithSpacing() * 2.0f + ImGui::GetStyle().ItemSpacing.y;
    const std::vector<LaneKey> legend = lane_legend(comparison);
    draw_compare_table(comparison, legend, lang, view, std::max(ImGui::GetFrameHeight() * 4.0f, ImGui::GetContentRegionAvail().y - foot));
    draw_lane_legend(legend, lang);
    ImGui::TextDisabled("%s", s(tr("compare.window.hint", lang)).c_str());
}

void handle_compare_keys(const Comparison& comparison, WindowView& view)
{
    CouncilsView& cv = view.councils;
    int rows = static_cast<int>(comparison.all.borda_order.size());
    if (rows == 0)
        return;
    int step = 0;
    if (named_key_pressed(NamedKey::Down))
        step = 1;
    if (named_key_pressed(NamedKey::Up))
        step = -1;
    if (named_key_pressed(NamedKey::PageDown))
        step = 10;
    if (named_key_pressed(NamedKey::PageUp))
        step = -10;
    if (step != 0) {
        cv.row = std::clamp(cv.row + step, 0, rows - 1);
        cv.scroll_to_row = true;
    }
    if (any_enter_pressed())
        cv.detail = comparison.all.borda_order[static_cast<std::size_t>(std::clamp(cv.row, 0, rows - 1))];
}

}  // namespace prio
