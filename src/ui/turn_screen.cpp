// Screen::Turns: between turns, a screen that says whose turn is next and
// how many ballots are in (ui/turn_view.h); during a turn, the participant's
// private board under a line that says what is left to place and "Klaar".
// Nothing of an earlier ballot is drawn: the private board is new for each
// turn, and the screen between turns shows only the count.
#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/placeholders.h"
#include "core/round.h"
#include "core/session_rounds.h"
#include "core/strings.h"
#include "ui/actions.h"
#include "ui/board_parts.h"
#include "ui/marks.h"
#include "ui/style.h"
#include "ui/text.h"
#include "ui/turn_view.h"

namespace prio {
namespace {

ImFont* font_or(ImFont* font) { return font ? font : ImGui::GetFont(); }

void centred(const std::string& text)
{
    float width = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), (ImGui::GetWindowContentRegionMax().x - width) * 0.5f));
    ImGui::TextUnformatted(text.c_str());
}

std::string number_text(int n) { return std::to_string(n); }

void draw_round_foot(const Session& session, WindowView& view, int index, float left);

// A round with phones: the join panel under the question, the foot below.
void draw_phone_screen(const Session& session, WindowView& view, int index)
{
    const Round& round = session.rounds[static_cast<std::size_t>(index)];
    const std::string& lang = session.language;
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize()));
    ImGui::PushFont(font_or(view.fonts.title));
    centred(fill(tr("fmt.turn.question", lang), {{"number", number_text(index + 1)}, {"question", round.question}}));
    ImGui::PopFont();
    centred(s(tr(round.anonymous ? "turn.anonymous" : "turn.named", lang)));
    ImGui::Spacing();
    draw_join_panel(session, view);
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize()));
    draw_round_foot(session, view, index, ImGui::GetCursorPosX());
}

// The screen between turns: large enough to read across the table, and
// nothing on it of what anyone ranked.
void draw_pass_screen(const Session& session, WindowView& view, int index)
{
    const std::string& lang = session.language;
    const Round& round = session.rounds[static_cast<std::size_t>(index)];
    const int next = static_cast<int>(round.ballots.size()) + 1;
    RoundView& r = view.rounds;
    if (r.join.on)
        return draw_phone_screen(session, view, index);
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetContentRegionAvail().y * 0.18f));
    ImGui::PushFont(font_or(view.fonts.title));
    centred(fill(tr("fmt.turn.pass", lang), {{"number", number_text(next)}}));
    mark_item("turn_pass");
    ImGui::PopFont();
    ImGui::PushFont(font_or(view.fonts.heading));
    centred(fill(tr("fmt.turn.question", lang), {{"number", number_text(index + 1)}, {"question", round.question}}));
    ImGui::PopFont();
    ImGui::Spacing();
    centred(s(tr(round.anonymous ? "turn.anonymous" : "turn.named", lang)));
    ImGui::Spacing();

    const float width = ImGui::GetFontSize() * 24.0f;
    const float left = std::max(0.0f, (ImGui::GetWindowContentRegionMax().x - width) * 0.5f);
    bool begin = false;
    if (!round.anonymous) {
        ImGui::SetCursorPosX(left);
        ImGui::TextUnformatted(s(tr("turn.name", lang)).c_str());
        ImGui::SetCursorPosX(left);
        ImGui::SetNextItemWidth(width);
        // The screen's only field keeps the keyboard: the next participant types at once.
        if (r.refocus || (!ImGui::IsAnyItemActive() && !any_popup_open() && view.files.dialog == SessionDialog::None))
            ImGui::SetKeyboardFocusHere();
        r.refocus = false;
        begin = ImGui::InputText("##turn_name", &r.voter, ImGuiInputTextFlags_EnterReturnsTrue);
        mark_item("turn_name");
    }
    const bool named_ok = round.anonymous || r.voter.find_first_not_of(' ') != std::string::npos;
    ImGui::SetCursorPosX(left);
    ImGui::PushFont(font_or(view.fonts.heading));
    if (!named_ok)
        ImGui::BeginDisabled();
    std::string label = s(tr("turn.begin", lang)) + "  (Enter)";
    begin = noted(ImGui::Button(label.c_str(), ImVec2(width, 0.0f))) || begin;
    if (!named_ok)
        ImGui::EndDisabled();
    ImGui::PopFont();
    // Enter begins the turn, unless another field or a dialog has the keys.
    if (round.anonymous && board_has_keys(view) && view.files.dialog == SessionDialog::None && !ImGui::GetIO().KeyCtrl && any_enter_pressed())
        begin = true;
    if (begin && named_ok) {
        view.turn = begin_turn(session, index, round.anonymous ? std::string() : r.voter);
        r.voter.clear();
        return;
    }

    // The facilitator's part, smaller, at the foot.
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize() * 3.0f));
    draw_round_foot(session, view, index, left);
}

// The facilitator's part of the screen: the count, closing, the board.
void draw_round_foot(const Session& session, WindowView& view, int index, float left)
{
    const std::string& lang = session.language;
    const Round& round = session.rounds[static_cast<std::size_t>(index)];
    ImGui::SetCursorPosX(left);
    ImGui::TextUnformatted(fill(tr("fmt.round.ballots", lang), {{"count", number_text(static_cast<int>(round.ballots.size()))}}).c_str());
    mark_item("turn_count");
    ImGui::SetCursorPosX(left);
    bool close = noted(ImGui::Button(s(tr("menu.round_close", lang)).c_str()));
    view.rounds.close_button = {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y};
    if (close)
        wish(view, CloseRound{index});
    ImGui::SameLine();
    std::string back = s(tr(action_info(Action::BackToBoard).label, lang)) + "  (" + action_info(Action::BackToBoard).shown + ")";
    if (noted(ImGui::Button(back.c_str())))
        action_info(Action::BackToBoard).run(session, view);
}

// What is left before the ballot is whole, in one line; "" when it is.
std::string left_to_do(const Session& session, const CheckedBallot& checked)
{
    const std::string& lang = session.language;
    int missing = 0;
    for (const BallotProblem& problem : checked.problems) {
        if (problem.fault == BallotFault::Missing)
            ++missing;
        else if (problem.fault == BallotFault::TooFew)
            return fill(tr("fmt.turn.top_left", lang), {{"count", number_text(problem.limit - problem.given)}, {"top", number_text(problem.limit)}});
        else
            return ballot_problem_text(problem, lang);
    }
    if (missing > 0)
        return fill(tr("fmt.turn.left", lang), {{"count", number_text(missing)}});
    return {};
}

std::string turn_help(const Session& session, const Round& round)
{
    const std::string& lang = session.language;
    switch (round.shape.form) {
    case BallotForm::Full: return s(tr("turn.help.full", lang));
    case BallotForm::Top: return fill(tr("fmt.turn.help.top", lang), {{"top", number_text(round.shape.top)}});
    case BallotForm::Lanes: return s(tr("turn.help.lanes", lang));
    }
    return {};
}

// The keys of a turn: the private board's own, undo and redo on it, and of
// the window's actions only those that cannot reach the shared board.
void turn_keys(const Session& session, WindowView& view, TurnDraft& turn)
{
    if (board_has_keys(turn.view))
        handle_keyboard(turn.draft, turn.view);
    run_shortcuts(turn.draft, turn.view, {Action::Undo, Action::Redo});
    run_shortcuts(session, view, {Action::ZoomIn, Action::ZoomOut, Action::ZoomReset, Action::FullScreen, Action::Quit});
}

// A participant's turn. Returns false when it ended in this frame (the
// ballot given, or the turn abandoned): its board is not drawn again.
bool draw_turn(const Session& session, WindowView& view, TurnDraft& turn)
{
    const std::string& lang = session.language;
    const Round& round = session.rounds[static_cast<std::size_t>(turn.round)];
    BallotGroups groups = turn_groups(turn.draft, round.shape);
    CheckedBallot checked = check_ballot(session.deck, round.shape, groups);

    ImGui::PushFont(font_or(view.fonts.heading));
    ImGui::TextUnformatted(fill(tr("fmt.turn.title", lang), {{"number", number_text(turn.number)}, {"question", round.question}}).c_str());
    mark_item("turn_title");
    std::string done_label = s(tr("turn.done", lang)) + "  (Ctrl+Enter)";
    std::string abandon_label = s(tr("turn.abandon", lang));
    const ImGuiStyle& style = ImGui::GetStyle();
    float buttons = ImGui::CalcTextSize(done_label.c_str()).x + ImGui::CalcTextSize(abandon_label.c_str()).x +
                    style.FramePadding.x * 4.0f + style.ItemSpacing.x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - buttons));
    if (!checked.clean())
        ImGui::BeginDisabled();
    bool done = noted(ImGui::Button(done_label.c_str()));
    mark_item("turn_done");
    if (!checked.clean())
        ImGui::EndDisabled();
    ImGui::SameLine();
    bool abandon = noted(ImGui::Button(abandon_label.c_str()));
    ImGui::PopFont();
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && !io.KeyShift && !io.KeyAlt && any_enter_pressed() && turn.view.open_card.empty() && !any_popup_open())
        done = true;

    if (done && checked.clean()) {
        wish(view, GiveBallot{turn.round, std::move(groups), turn.voter, BallotSource::Turn});
        return false;
    }
    if (abandon)
        return false;

    std::string left = left_to_do(session, checked);
    ImGui::TextUnformatted(turn_help(session, round).c_str());
    if (!left.empty()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
        ImGui::TextUnformatted(left.c_str());
        ImGui::PopStyleColor();
    }
    mark_item("turn_left");
    ImGui::Separator();

    // The private board, with the window's fonts, keys and zoom.
    WindowView& own = turn.view;
    own.fonts = view.fonts;
    own.keys = view.keys;
    own.zoom = view.zoom;
    own.dark = view.dark;
    start_view_frame(own);
    own.drag_cancelled = own.drag_cancelled || view.drag_cancelled;  // the window's Esc cancelled it
    draw_board(turn.draft, own);
    turn_keys(session, view, turn);
    draw_focus_view(turn.draft, own);
    return true;
}

}  // namespace

void draw_turn_screen(const Session& session, WindowView& view)
{
    int index = open_round(session);
    if (index < 0) {
        // The round ended: whatever turn was under way has nothing to go to.
        view.turn.reset();
        view.screen = Screen::Board;
        return;
    }
    if (view.turn && view.turn->round != index)
        view.turn.reset();
    if (!view.turn) {
        draw_pass_screen(session, view, index);
        return;
    }
    if (!draw_turn(session, view, *view.turn)) {
        view.turn.reset();
        view.rounds.refocus = true;  // a named round's next name field has the keyboard
    }
}

std::unique_ptr<TurnDraft> begin_turn(const Session& session, int round, std::string voter)
{
    auto turn = std::make_unique<TurnDraft>();
    const Round& r = session.rounds[static_cast<std::size_t>(round)];
    turn->round = round;
    turn->number = static_cast<int>(r.ballots.size()) + 1;
    turn->voter = std::move(voter);
    turn->draft = make_session(session.deck);
    turn->draft.language = session.language;
    turn->draft.board = ballot_board(session.deck, r, Ballot{});
    turn->view.fixed_lanes = true;  // the lanes are the round's: a participant only lays cards
    if (r.shape.form != BallotForm::Lanes && !turn->draft.board.lanes.empty()) {
        Lane& order = turn->draft.board.lanes.front();
        order.title = s(tr("turn.lane", session.language));
        order.capacity = r.shape.form == BallotForm::Top ? r.shape.top : 0;
    }
    return turn;
}

BallotGroups turn_groups(const Session& draft, const BallotShape& shape)
{
    BallotGroups groups;
    for (const Lane& lane : draft.board.lanes) {
        groups.emplace_back();
        for (int card : lane.cards) groups.back().push_back(draft.deck.cards[static_cast<std::size_t>(card)].id);
    }
    if (shape.form != BallotForm::Lanes && groups.size() > 1)
        groups.resize(1);
    return groups;
}

}  // namespace prio
