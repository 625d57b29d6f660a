#include "ui/actions.h"

#include <imgui.h>

#include "core/round_board.h"
#include "core/session_rounds.h"
#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/imgui_compat.h"

namespace prio {
namespace {

constexpr Keys k{};

bool can_undo(const Session& session, const WindowView&) { return !session.history.done.empty(); }
bool can_redo(const Session& session, const WindowView&) { return !session.history.undone.empty(); }
bool can_zoom_in(const Session&, const WindowView& view) { return view.zoom < 3.0f; }
bool can_zoom_out(const Session&, const WindowView& view) { return view.zoom > 1.0f; }
bool can_zoom_reset(const Session&, const WindowView& view) { return view.zoom != 1.0f; }
bool comparing(const Session&, const WindowView& view) { return view.screen != Screen::Board; }

void run_new(const Session&, WindowView& view) { file_new(view.files); }
void run_open(const Session&, WindowView& view) { file_open(view.files); }
void run_save(const Session&, WindowView& view) { file_save(view.files); }
void run_save_as(const Session&, WindowView& view) { file_save_as(view.files); }
void run_export(const Session&, WindowView& view) { view.export_dialog.want_open = true; }
void run_compare_sessions(const Session&, WindowView& view) { file_compare_sessions(view.files); }
void run_regional_board(const Session&, WindowView& view) { file_regional_board(view.files); }
void run_back_to_board(const Session&, WindowView& view)
{
    view.screen = Screen::Board;
    view.councils.detail = -1;
}
void run_quit(const Session&, WindowView& view) { view.requests.push_back(CloseRequest{}); }
void run_undo(const Session&, WindowView& view) { wish(view, UndoCommand{}); }
void run_redo(const Session&, WindowView& view) { wish(view, RedoCommand{}); }
void run_zoom_in(const Session&, WindowView& view) { view.zoom = zoom_in(view.zoom); }
void run_zoom_out(const Session&, WindowView& view) { view.zoom = zoom_out(view.zoom); }
void run_zoom_reset(const Session&, WindowView& view) { view.zoom = 1.0f; }
void run_full_screen(const Session&, WindowView& view) { view.requests.push_back(FullScreenRequest{!view.fullscreen}); }
void run_present(const Session&, WindowView& view) { view.presenting = !view.presenting; }
void run_help(const Session&, WindowView& view) { view.show_help = true; }

// The round the Round menu acts on: the open one, else the last one that
// is closed and not yet revealed; -1 for none.
int round_to_reveal(const Session& session)
{
    int open = open_round(session);
    if (open >= 0)
        return open;
    int last = static_cast<int>(session.rounds.size()) - 1;
    return last >= 0 && !session.rounds.back().revealed ? last : -1;
}
bool no_round_open(const Session& session, const WindowView&) { return open_round(session) < 0; }
bool round_open(const Session& session, const WindowView&) { return open_round(session) >= 0; }
// The round whose results Reveal shows: the one to reveal, else the last one revealed.
int round_to_show(const Session& session)
{
    int r = round_to_reveal(session);
    return r >= 0 || session.rounds.empty() ? r : static_cast<int>(session.rounds.size()) - 1;
}
bool can_show_round(const Session& session, const WindowView&) { return round_to_show(session) >= 0; }
bool showing_round(const Session&, const WindowView& view) { return view.screen == Screen::Compare && view.councils.round >= 0; }
bool showing_councils(const Session&, const WindowView& view) { return view.screen == Screen::Compare && view.councils.round < 0; }
void run_round_new(const Session&, WindowView& view) { show_dialog(view.files, SessionDialog::Round); }
void run_round_paper(const Session&, WindowView& view) { show_dialog(view.files, SessionDialog::Paper); }
void run_round_turns(const Session&, WindowView& view) { view.screen = Screen::Turns; }
void run_round_close(const Session& session, WindowView& view) { wish(view, CloseRound{open_round(session)}); }
// An open round to phones as well: after a restart, or when it began without them.
bool round_without_phones(const Session& session, const WindowView& view) { return open_round(session) >= 0 && !view.rounds.join.on; }
void run_round_phones(const Session& session, WindowView& view)
{
    view.requests.push_back(ServePhonesRequest{open_round(session), {}});
    view.screen = Screen::Turns;
}
void run_round_reveal(const Session& session, WindowView& view)
{
    if (int r = round_to_reveal(session); r >= 0)
        wish(view, RevealRound{r});
    view.requests.push_back(ShowRoundRequest{round_to_show(session)});
}
void run_round_apply(const Session& session, WindowView& view)
{
    const Round& round = session.rounds[static_cast<std::size_t>(view.councils.round)];
    Board target = consensus_board(round_comparison(session.deck, round, session.language), round, session.board, session.deck);
    Batch batch = moves_to(session.deck, session.board, target);
    view.screen = Screen::Board;
    if (batch.edits.empty())
        notify(view, "", true, std::string(tr("round.apply.same", session.language)));
    else
        wish(view, Edit{std::move(batch)});
}

bool full_screen_on(const WindowView& view) { return view.fullscreen; }
bool presenting(const WindowView& view) { return view.presenting; }

using W = KeysWork;

// Zoom in is "+" (the key "=" and "+" share) and the keypad's "+", Shift or not.
const ActionInfo kActions[] = {
    {Action::New, "menu.new", {{k.n, true}}, "Ctrl+N", W::NoDialog, nullptr, nullptr, run_new, nullptr},
    {Action::Open, "menu.open", {{k.o, true}}, "Ctrl+O", W::NoDialog, nullptr, nullptr, run_open, nullptr},
    {Action::Save, "menu.save", {{k.s, true}}, "Ctrl+S", W::NoDialog, nullptr, nullptr, run_save, nullptr},
    {Action::SaveAs, "menu.save_as", {{k.s, true, true}}, "Ctrl+Shift+S", W::NoDialog, nullptr, nullptr, run_save_as, nullptr},
    {Action::Export, "menu.export", {{k.e, true}}, "Ctrl+E", W::NoDialog, nullptr, nullptr, run_export, nullptr},
    {Action::CompareSessions, "menu.compare_sessions", {{k.o, true, true}}, "Ctrl+Shift+O", W::NoDialog, nullptr, nullptr, run_compare_sessions,
     nullptr},
    {Action::Quit, "menu.quit", {{k.q, true}}, "Ctrl+Q", W::Anywhere, nullptr, nullptr, run_quit, nullptr},
    {Action::RegionalBoard, "menu.regional_board", {{k.n, true, true}}, "Ctrl+Shift+N", W::NoDialog, showing_councils, nullptr, run_regional_board,
     nullptr},
    {Action::BackToBoard, "menu.back_to_board", {{k.escape}}, "Esc", W::OnBoard, comparing, nullptr, run_back_to_board, nullptr},
    {Action::Undo, "menu.undo", {{k.z, true}}, "Ctrl+Z", W::NotTyping, can_undo, "refusal.nothing_to_undo", run_undo, nullptr},
    {Action::Redo, "menu.redo", {{k.y, true}, {k.z, true, true}}, "Ctrl+Y, Ctrl+Shift+Z", W::NotTyping, can_redo, "refusal.nothing_to_redo",
     run_redo, nullptr},
    {Action::ZoomIn, "menu.zoom_in", {{k.equal, true}, {k.keypad_add, true}}, "Ctrl++", W::Anywhere, can_zoom_in, nullptr, run_zoom_in, nullptr},
    {Action::ZoomOut, "menu.zoom_out", {{k.minus, true}, {k.keypad_subtract, true}}, "Ctrl+-", W::Anywhere, can_zoom_out, nullptr, run_zoom_out,
     nullptr},
    {Action::ZoomReset, "menu.zoom_reset", {{k.digit0, true}, {k.keypad0, true}}, "Ctrl+0", W::Anywhere, can_zoom_reset, nullptr, run_zoom_reset,
     nullptr},
    {Action::FullScreen, "menu.fullscreen", {{k.f11}}, "F11", W::Anywhere, nullptr, nullptr, run_full_screen, full_screen_on},
    {Action::Present, "menu.present", {{k.f5}}, "F5", W::Anywhere, nullptr, nullptr, run_present, presenting},
    {Action::RoundNew, "menu.round_new", {{k.r, true}}, "Ctrl+R", W::NoDialog, no_round_open, "round.refused.open", run_round_new, nullptr},
    {Action::RoundPaper, "menu.round_paper", {{k.b, true}}, "Ctrl+B", W::NoDialog, round_open, "round.refused.none", run_round_paper, nullptr},
    {Action::RoundTurns, "menu.round_turns", {{k.t, true}}, "Ctrl+T", W::NoDialog, round_open, "round.refused.none", run_round_turns, nullptr},
    {Action::RoundPhones, "menu.round_phones", {}, "", W::NoDialog, round_without_phones, "round.refused.phones", run_round_phones, nullptr},
    {Action::RoundClose, "menu.round_close", {}, "", W::NoDialog, round_open, "round.refused.none", run_round_close, nullptr},
    {Action::RoundReveal, "menu.round_reveal", {{k.r, true, true}}, "Ctrl+Shift+R", W::NoDialog, can_show_round, "round.refused.nothing",
     run_round_reveal, nullptr},
    {Action::RoundApply, "menu.round_apply", {{k.a, true, true}}, "Ctrl+Shift+A", W::NoDialog, showing_round, nullptr, run_round_apply, nullptr},
    {Action::Help, "menu.keys", {{k.f1}}, "F1", W::OnBoard, nullptr, nullptr, run_help, nullptr},
};
static_assert(sizeof kActions / sizeof kActions[0] == static_cast<std::size_t>(Action::Count));

bool keys_work_here(const WindowView& view, KeysWork where)
{
    switch (where) {
    case KeysWork::Anywhere:
        return true;
    case KeysWork::NotTyping:
        return !ImGui::GetIO().WantTextInput;
    case KeysWork::NoDialog:
        return !any_popup_open() && view.files.dialog == SessionDialog::None && view.open_card.empty();
    case KeysWork::OnBoard:
        return board_has_keys(view);
    }
    return false;
}

void run_if_pressed(const Session& session, WindowView& view, const ActionInfo& info)
{
    if (!action_pressed(info.id) || !keys_work_here(view, info.keys))
        return;
    if (action_enabled(session, view, info.id))
        info.run(session, view);
    else if (info.refused)
        notify(view, "", true, std::string(tr(info.refused, session.language)));
}

}  // namespace

const ActionInfo& action_info(Action id) { return kActions[static_cast<std::size_t>(id)]; }

std::string shortcut_label(Action id)
{
    std::string shown = action_info(id).shown;
    return shown.substr(0, shown.find(", "));
}

bool action_enabled(const Session& session, const WindowView& view, Action id)
{
    const ActionInfo& info = action_info(id);
    return !info.enabled || info.enabled(session, view);
}

bool action_pressed(Action id)
{
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyAlt)
        return false;
    bool any_shift = id == Action::ZoomIn || id == Action::ZoomOut || id == Action::ZoomReset;
    for (const Chord& chord : action_info(id).chords) {
        if (chord.key < 0 || chord.ctrl != io.KeyCtrl)
            continue;
        if (!any_shift && chord.shift != io.KeyShift)
            continue;
        if (key_number_pressed(chord.key, false))
            return true;
    }
    return false;
}

void action_menu_item(const Session& session, WindowView& view, Action id)
{
    const ActionInfo& info = action_info(id);
    std::string label(tr(info.label, session.language));
    bool checked = info.checked && info.checked(view);
    if (ImGui::MenuItem(label.c_str(), shortcut_label(id).c_str(), checked, action_enabled(session, view, id)))
        info.run(session, view);
    note_item();
}

bool board_has_keys(const WindowView& view)
{
    return !ImGui::GetIO().WantTextInput && !any_popup_open() && !menu_layer_active() && !view.popup_before &&
           view.open_card.empty();
}

void run_shortcuts(const Session& session, WindowView& view)
{
    for (const ActionInfo& info : kActions) run_if_pressed(session, view, info);
}

void run_shortcuts(const Session& session, WindowView& view, std::initializer_list<Action> only)
{
    for (Action id : only) run_if_pressed(session, view, action_info(id));
}

}  // namespace prio
