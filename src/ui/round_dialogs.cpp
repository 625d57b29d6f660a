// Rounds in the window: the dialog that begins a round, the entry of
// ballots from the paper deck (checked as they are typed, accepted only
// clean), and the round's line in the menu bar. Nothing here shows what a
// ballot says: only how many there are, until the round is revealed.
#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/placeholders.h"
#include "core/session_rounds.h"
#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/dialog.h"
#include "ui/marks.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

constexpr std::size_t kProblemsShown = 6;

// The board's lanes as a lanes round keeps them: what each holds, not its cards.
std::vector<LaneSpec> lane_specs(const Board& board)
{
    std::vector<LaneSpec> out;
    for (const Lane& lane : board.lanes) out.push_back({lane.id, lane.title, lane.capacity, lane.ranked});
    return out;
}

void round_dialog(const Session& session, WindowView& view)
{
    SessionView& files = view.files;
    RoundView& r = view.rounds;
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::Round, s(tr("round.new_title", lang)), 40.0f))
        return;
    const int cards = static_cast<int>(session.deck.cards.size());
    if (ImGui::IsWindowAppearing() && r.question.empty())
        r.question = default_question(lang);
    dialog_text(s(tr("round.new_intro", lang)));
    ImGui::TextUnformatted(s(tr("round.question", lang)).c_str());
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    bool enter = ImGui::InputText("##question", &r.question, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::Spacing();
    ImGui::TextUnformatted(s(tr("round.form", lang)).c_str());
    ImGui::RadioButton(s(tr("round.form.full", lang)).c_str(), &r.form, static_cast<int>(BallotForm::Full));
    ImGui::RadioButton(s(tr("round.form.top", lang)).c_str(), &r.form, static_cast<int>(BallotForm::Top));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    ImGui::InputInt("##top", &r.top);
    r.top = std::clamp(r.top, 1, std::max(1, cards));
    ImGui::RadioButton(s(tr("round.form.lanes", lang)).c_str(), &r.form, static_cast<int>(BallotForm::Lanes));
    ImGui::Spacing();
    ImGui::Checkbox(s(tr("round.anonymous", lang)).c_str(), &r.anonymous);
    noted(ImGui::Checkbox(s(tr("round.phones", lang)).c_str(), &r.phones));
    mark_item("round_phones");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", s(tr("round.phones.hint", lang)).c_str());
    ImGui::Spacing();
    DialogButtons buttons;
    bool ok = buttons.button(s(tr("round.begin", lang))) || enter;
    DialogButtons::make_default();
    bool cancel = buttons.cancel(lang);
    if (ok || buttons.enter_default()) {
        Round round;
        round.question = r.question.empty() ? default_question(lang) : r.question;
        round.shape.form = static_cast<BallotForm>(std::clamp(r.form, 0, 2));
        round.shape.top = r.top;
        round.shape.lanes = lane_specs(session.board);
        round.anonymous = r.anonymous;
        wish(view, StartRound{std::move(round), r.phones});
        r.added.clear();
        close_session_dialog(files);
    } else if (cancel || escape_pressed()) {
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

// The codes field keeps the keyboard from one ballot to the next: Enter's
// line break is taken out by the filter (Shift+Enter's stays: a new lane),
// and in the same frame a clean ballot is taken from the field and the
// field emptied, where EnterReturnsTrue would end the field and lose the
// keys typed before it got the keyboard back.
struct CodesField {
    const Deck& deck;
    const BallotShape& shape;
    bool enter = false;
    std::optional<CheckedBallot> taken;
};

bool has_codes(std::string_view text) { return text.find_first_not_of(" \t\r\n,;|") != std::string_view::npos; }

int codes_callback(ImGuiInputTextCallbackData* data)
{
    auto& field = *static_cast<CodesField*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) {
        if (data->EventChar != '\n' || ImGui::GetIO().KeyShift)
            return 0;
        field.enter = true;
        return 1;
    }
    if (field.enter && !field.taken) {
        std::string_view text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
        CheckedBallot checked = read_paper_ballot(field.deck, field.shape, text);
        if (has_codes(text) && checked.clean()) {
            field.taken = std::move(checked);
            data->DeleteChars(0, data->BufTextLen);
        }
    }
    return 0;
}

// How to type a ballot of this round's form.
std::string paper_help(const Session& session, const Round& round)
{
    const std::string& lang = session.language;
    switch (round.shape.form) {
    case BallotForm::Full: return s(tr("round.paper.full", lang));
    case BallotForm::Top: return fill(tr("fmt.round.paper.top", lang), {{"top", std::to_string(static_cast<std::size_t>(round.shape.top))}});
    case BallotForm::Lanes: {
        std::string lanes;
        for (std::size_t l = 0; l < round.shape.lanes.size(); ++l)
            lanes += (l ? ", " : "") + std::to_string(l + 1) + " " + round.shape.lanes[l].title;
        return fill(tr("fmt.round.paper.lanes", lang), {{"lanes", lanes}});
    }
    }
    return {};
}

void paper_dialog(const Session& session, WindowView& view)
{
    SessionView& files = view.files;
    RoundView& r = view.rounds;
    const std::string& lang = session.language;
    int index = open_round(session);
    if (files.dialog == SessionDialog::Paper && index < 0) {
        files.dialog = SessionDialog::None;  // the round ended meanwhile
        return;
    }
    if (!begin_session_dialog(files, SessionDialog::Paper,
                              fill(tr("fmt.round.paper_title", lang), {{"number", std::to_string(static_cast<std::size_t>(index + 1))}}),
                              46.0f))
        return;
    const Round& round = session.rounds[static_cast<std::size_t>(index)];
    dialog_text(paper_help(session, round));
    // The keyboard starts in the first field, and goes back there for the
    // next ballot (in a named round the name's field).
    bool first_field = ImGui::IsWindowAppearing() || r.refocus;
    r.refocus = false;
    if (!round.anonymous) {
        ImGui::TextUnformatted(s(tr("round.voter", lang)).c_str());
        ImGui::SetNextItemWidth(-1.0f);
        if (first_field)
            ImGui::SetKeyboardFocusHere();
        ImGui::InputText("##voter", &r.voter);
        first_field = false;
    }
    ImGui::TextUnformatted(s(tr("round.paper.codes", lang)).c_str());
    if (first_field)
        ImGui::SetKeyboardFocusHere();
    CodesField field{session.deck, round.shape, false, std::nullopt};
    ImGui::InputTextMultiline("##paper", &r.paper, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 4.0f),
                              ImGuiInputTextFlags_CallbackCharFilter | ImGuiInputTextFlags_CallbackAlways, codes_callback, &field);
    r.paper.resize(std::strlen(r.paper.c_str()));  // emptied in the callback: the string keeps its old size
    mark_item("paper");
    CheckedBallot checked = read_paper_ballot(session.deck, round.shape, r.paper);
    bool typed = has_codes(r.paper);
    if (typed) {
        // Cards still to name are one line: while a ranking is being typed
        // they are most of it, and no mistake.
        std::size_t shown = 0, hidden = 0;
        std::string missing;
        int missing_count = 0;
        for (const BallotProblem& problem : checked.problems) {
            if (problem.fault == BallotFault::Missing) {
                missing += (missing_count++ ? " " : "") + problem.code;
            } else if (shown < kProblemsShown) {
                dialog_error_text(ballot_problem_text(problem, lang));
                ++shown;
            } else {
                ++hidden;
            }
        }
        if (hidden > 0)
            dialog_error_text(fill(tr("fmt.round.paper.more", lang), {{"count", std::to_string(hidden)}}));
        if (missing_count > 0)
            dialog_text(fill(tr("fmt.round.paper.missing", lang), {{"count", std::to_string(missing_count)}, {"codes", missing}}));
    } else if (!r.added.empty()) {
        dialog_text(r.added);
    }
    dialog_text(fill(tr("fmt.round.ballots", lang), {{"count", std::to_string(round.ballots.size())}}));
    DialogButtons buttons;
    bool can_add = typed && checked.clean();
    bool add = buttons.button(s(tr("round.paper.add", lang)), can_add);
    ImGui::SameLine();
    bool done = buttons.button(s(tr("round.paper.done", lang)));
    if (field.taken) {
        checked = std::move(*field.taken);
        add = true;
    }
    if (add) {
        BallotGroups groups;
        for (const std::vector<int>& group : checked.groups) {
            groups.emplace_back();
            for (int card : group) groups.back().push_back(session.deck.cards[static_cast<std::size_t>(card)].id);
        }
        wish(view, GiveBallot{index, std::move(groups), r.voter, BallotSource::Paper});
        r.added = fill(tr("fmt.round.paper.added", lang), {{"number", std::to_string(round.ballots.size() + 1)}});
        r.paper.clear();
        r.voter.clear();
        r.refocus = !round.anonymous;  // an anonymous round's codes field has kept the keyboard
    } else if (done || escape_pressed()) {
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

}  // namespace

void draw_round_dialogs(const Session& session, WindowView& view)
{
    round_dialog(session, view);
    paper_dialog(session, view);
}

void draw_round_status(const Session& session)
{
    if (session.rounds.empty())
        return;
    const std::string& lang = session.language;
    const Round& round = session.rounds.back();
    if (round.revealed)
        return;
    const char* key = round.open ? "fmt.round.status.open" : "fmt.round.status.closed";
    ImGui::Separator();
    ImGui::TextUnformatted(fill(tr(key, lang), {{"number", std::to_string(session.rounds.size())},
                                                {"count", std::to_string(round.ballots.size())}})
                               .c_str());
    mark_item("round_status");
}

}  // namespace prio
