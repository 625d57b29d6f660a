#include "ui/main_window.h"

#include "ui/actions.h"
#include "ui/board_parts.h"
#include "ui/imgui_compat.h"
#include "ui/marks.h"
#include "ui/turn_view.h"

namespace prio {
namespace {

// What the window's view may show when nothing else has the keys.
void dispatch_keys(const Session& session, WindowView& view, const Comparison* comparison)
{
    Screen before = view.screen;
    run_shortcuts(session, view);
    if (view.screen != before)
        return;  // the key that changed the screen is not for the new one
    switch (view.screen) {
    case Screen::Board:
        if (board_has_keys(view))
            handle_keyboard(session, view);
        break;
    case Screen::Compare:
        if (comparison && board_has_keys(view))
            handle_compare_keys(*comparison, view);
        break;
    case Screen::Turns:
        break;  // the turn screen reads its own keys
    }
}

void draw_dialogs(const Session& session, WindowView& view, const Comparison* comparison)
{
    if (comparison && view.screen == Screen::Compare)
        draw_compare_detail(*comparison, session.language, view);
    reopen_draft(session, view);
    draw_lane_dialogs(session, view);
    draw_focus_view(session, view);
    draw_help(session, view);
    draw_session_dialogs(session, view);
    draw_round_dialogs(session, view);
    draw_export_dialog(session, view.export_dialog, view.requests);
}

}  // namespace

void draw_main_window(const Session& session, WindowView& view, const Comparison* comparison)
{
    if (!comparison && view.screen == Screen::Compare)
        view.screen = Screen::Board;
    if (view.screen != Screen::Turns)
        view.turn.reset();
    clear_marks();
    forget_recorded_items();
    start_view_frame(view);

    // A picture for the minutes and presentation mode show the view alone;
    // a turn too, so that the participant cannot reach the shared board.
    bool chrome = !view.picture && !view.presenting && !view.turn;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##board", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | (chrome ? ImGuiWindowFlags_MenuBar : 0));
    ImGui::PopStyleVar();
    if (chrome)
        draw_menu_bar(session, view);
    switch (view.screen) {
    case Screen::Board:
        draw_board(session, view);
        break;
    case Screen::Compare:
        draw_compare_screen(session, *comparison, view);
        break;
    case Screen::Turns:
        draw_turn_screen(session, view);
        break;
    }
    if (!view.picture) {
        // During a turn the window's own keys and dialogs wait (the quit's
        // question aside): the turn screen has read what is the participant's.
        if (!view.turn)
            dispatch_keys(session, view, comparison);
        draw_dialogs(session, view, comparison);
    }
    // Dear ImGui closes a menu or popup on Esc before the frame is drawn; the
    // board and the comparison must not take that Esc as theirs too.
    view.popup_before = any_popup_open() || menu_layer_active();
    ImGui::End();
}

void start_view_frame(WindowView& view)
{
    view.now = ImGui::GetTime();
    view.card_rects.clear();
    view.lane_rects.clear();
    if (!view.notice.text.empty() && view.now >= view.notice.until)
        view.notice = Notice{};

    // Esc drops a dragged card where it came from; the button stays ignored
    // until it is released.
    if (!dragged_card().empty() && escape_pressed()) {
        cancel_drag_drop();
        view.drag_cancelled = true;
    }
    if (view.drag_cancelled && !ImGui::IsMouseDown(ImGuiMouseButton_Left))
        view.drag_cancelled = false;
}

}  // namespace prio
