// The window's loop: sleep until input or the autosave needs it, draw the
// window, then carry out what the frame asked for: its commands (board
// edits) through the history, then its requests (files, exports, quitting,
// full screen), in the order they were made.
#include "app/gui.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <tuple>

#include <imgui.h>

#include "app/clock.h"
#include "app/export_command.h"
#include "app/geometry_file.h"
#include "app/phone_round.h"
#include "ui/turn_view.h"
#include "app/session_actions.h"
#include "app/snapshot.h"
#include "app/state_file.h"
#include "app/window.h"
#include "core/session.h"
#include "core/session_rounds.h"
#include "ui/window_view.h"
#include "ui/fonts.h"
#include "ui/imgui_compat.h"
#include "ui/main_window.h"
#include "ui/marks.h"

namespace prio {
namespace {

// Frames drawn after the last input, so that ImGui settles hover and
// layout changes before the loop goes back to sleep.
constexpr int kFramesAfterInput = 3;

// --state-log: every board the window had, in order, each ended by "--",
// so a test that kills the program knows what it held last.
struct StateLog {
    std::string path;
    std::string last;
    void write(const Session& session, const WindowView& view)
    {
        if (path.empty())
            return;
        std::string text = board_state_text(session, &view);
        if (text == last)
            return;
        last = text;
        std::ofstream out(path, std::ios::binary | std::ios::app);
        out << text << "--\n";
    }
};

// Carries out the frame's requests. Returns true when the program should end.
bool carry_out(SessionActions& sessions, PhoneRound& phones, WindowView& view, bool& close_asked)
{
    Requests requests;
    requests.swap(view.requests);
    bool quit = false;
    const Session& session = sessions.doc.session;
    for (const Request& request : requests) {
        if (const ExportRequest* r = std::get_if<ExportRequest>(&request))
            export_from_dialog(session, view, *r);
        else if (std::holds_alternative<OpenExportFolderRequest>(request))
            open_export_folder(session, view);
        else if (std::holds_alternative<CloseRequest>(request))
            close_asked = true;  // asked at the top of the loop, like the window's close button
        else if (const FullScreenRequest* r = std::get_if<FullScreenRequest>(&request))
            view.fullscreen = r->on;
        else if (const ServePhonesRequest* r = std::get_if<ServePhonesRequest>(&request))
            serve_phones(phones, session, view, r->round, r->address, 0, wake_window);
        else
            quit = carry_out_request(sessions, view, request) || quit;
    }
    return quit;
}

// --serve-round ADDR:PORT: a round with phones from the start, its link
// and code written to --url-out for the test that drives it.
bool serve_at_start(const GuiOptions& options, Session& session, PhoneRound& phones, WindowView& view)
{
    std::size_t colon = options.serve_round.rfind(':');
    if (colon == std::string::npos) {
        std::fprintf(stderr, "prioriteer: --serve-round wants ADDR:PORT, found '%s'\n", options.serve_round.c_str());
        return false;
    }
    Round round;
    round.question = default_question(session.language);
    round.anonymous = !options.serve_named;
    if (options.serve_form.rfind("top:", 0) == 0) {
        round.shape.form = BallotForm::Top;
        round.shape.top = std::max(1, std::atoi(options.serve_form.c_str() + 4));
    } else if (options.serve_form == "lanes") {
        round.shape.form = BallotForm::Lanes;
        for (const Lane& lane : session.board.lanes) round.shape.lanes.push_back({lane.id, lane.title, lane.capacity, lane.ranked});
    }
    int index = open_round(session) >= 0 ? open_round(session) : start_round(session, round, utc_now());
    serve_phones(phones, session, view, index, options.serve_round.substr(0, colon),
                 std::atoi(options.serve_round.c_str() + colon + 1), wake_window);
    if (!phones.server) {
        std::fprintf(stderr, "prioriteer: %s\n", view.rounds.join.error.c_str());
        return false;
    }
    view.screen = Screen::Turns;
    if (!options.url_out.empty()) {
        std::ofstream out(options.url_out, std::ios::binary);
        out << phones.server->url() << "\n" << phones.server->code_url() << phones.server->join_code() << "\n";
    }
    return true;
}

}  // namespace

int run_gui(const GuiOptions& options)
{
    Window window;
    if (std::string error = open_window(window, options.width, options.height); !error.empty()) {
        std::fprintf(stderr, "prioriteer: cannot open a window: %s\n", error.c_str());
        return 1;
    }

    WindowView view;
    view.zoom = std::clamp(static_cast<float>(options.zoom) / 100.0f, 1.0f, 3.0f);
    view.dark = options.dark;
    view.presenting = options.present;
    view.fullscreen = false;
    window.built_dark = !view.dark;

    // A screenshot shows the board as it opens: no autosave, no recovery offer.
    SessionActions sessions;
    StartOptions start{options.file, options.restore, options.screenshot.empty()};
    start_sessions(sessions, view, start);
    if (!options.snapshots.empty())
        arm_snapshots(options.snapshots);
    else if (options.marks)
        enable_marks(true);
    Session& session = sessions.doc.session;  // replaced in place by New, Open and Restore
    std::tuple<std::uint64_t, std::string, std::size_t, std::size_t> characters_of{~0ull, "", 0, 0};
    StateLog state_log{options.state_log, {}};
    GeometryLog geometry{options.geometry_out, {}, SessionDialog::None, 0};
    PhoneRound phones;
    if (!options.serve_round.empty() && !serve_at_start(options, session, phones, view)) {
        stop_sessions(sessions);
        close_window(window);
        return 1;
    }

    double notice_deadline = 0.0;  // window time at which a shown message goes
    int frames_left = kFramesAfterInput;
    int frames_drawn = 0;
    int exit_code = 0;
    bool quit = false;
    bool close_asked = false;  // File > Quit or Ctrl+Q in the last frame
    while (!quit) {
        // Sleep until something happens or the autosave is due; draw a few frames after it.
        double now = window_time();
        if (frames_left > 0) {
            poll_input();
        } else {
            // A test's request for a picture is seen within a tenth of a second.
            double timeout = std::min(options.snapshots.empty() ? 1.0 : 0.1, sessions_due_in(sessions, now));
            if (notice_deadline > 0.0)
                timeout = std::min(timeout, std::max(0.01, notice_deadline - now));
            wait_for_input(timeout);
        }
        if (take_input())
            frames_left = kFramesAfterInput;
        if (snapshot_due())
            frames_left = std::max(frames_left, 1);
        if (notice_deadline > 0.0 && window_time() >= notice_deadline) {
            notice_deadline = 0.0;
            frames_left = std::max(frames_left, 1);
        }
        // The close button, Ctrl+Q and File > Quit ask first when work would be lost.
        if (close_requested(window) || close_asked) {
            cancel_close(window);
            close_asked = false;
            frames_left = kFramesAfterInput;
            // A note being typed is kept as its edit, and then the quit asks
            // even when the session is safe in its file: the typist may not be done.
            bool typing = take_open_note(session, view);
            if (typing)
                apply_commands(session, view, utc_now());
            if (quit_or_ask(sessions, view, window_time(), typing))
                break;
        }
        // A phone's ballot woke the loop: into the session, then drawn.
        if (tick_phones(phones, session, view, utc_now()))
            frames_left = std::max(frames_left, 1);
        tick_sessions(sessions, view, window_time());
        set_title(window, document_title(sessions.doc));
        if (frames_left == 0)
            continue;
        --frames_left;

        // A new deck or session, or a note, may bring characters the atlas lacks.
        if (auto key = std::make_tuple(session.revision, session.deck.id, session.deck.cards.size(), session.board.notes.size());
            key != characters_of) {
            characters_of = key;
            window.wanted_characters = extra_characters(session);
        }
        if (begin_frame(window, view))
            frames_left = std::max(frames_left, 1);
        draw_main_window(session, view, sessions.comparison ? &*sessions.comparison : nullptr);
        render_frame(window);
        ++frames_drawn;
        geometry.write(session, view, ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel),
                       ImGui::GetIO().WantTextInput);
        if (snapshot_due() && !write_snapshot(window))
            std::fprintf(stderr, "prioriteer: cannot write a snapshot into %s\n", options.snapshots.c_str());

        // The frame's wishes change the session only now, after drawing.
        std::uint64_t revision = session.revision;
        bool had_notice = !view.notice.text.empty();
        std::uint64_t turn_revision = turn_board_revision(view);
        if (has_commands(view))
            apply_commands(session, view, utc_now());
        bool had_requests = !view.requests.empty();
        if (had_requests)
            quit = carry_out(sessions, phones, view, close_asked);
        tick_phones(phones, session, view, utc_now());  // a round closed in this frame takes no more ballots
        // The Export dialog's default folder is the session file's.
        refresh_export_dialog(session, view, sessions.doc.autosave.session_path);
        state_log.write(session, view);
        if (session.revision != revision || turn_board_revision(view) != turn_revision || had_requests || !view.notice.text.empty() != had_notice)
            frames_left = kFramesAfterInput;  // show the result at once
        // A dialog's dimmed background fades in over a few frames: draw them.
        float dim = modal_dim_ratio();
        if (dim > 0.0f && dim < 1.0f)
            frames_left = std::max(frames_left, 1);
        // Wake up when a shown message (a refusal, "Saved to ...") is due to go.
        double message_until = std::max(view.notice.text.empty() ? 0.0 : view.notice.until, view.files.info.empty() ? 0.0 : view.files.info_until);
        if (message_until > ImGui::GetTime())
            notice_deadline = window_time() + (message_until - ImGui::GetTime()) + 0.05;

        // The first frames lay out windows; the third shows the settled board
        // (presenting, fonts for the chosen size and full screen take three more).
        if (!options.screenshot.empty() && frames_drawn >= (view.presenting ? 6 : 3)) {
            if (!write_back_buffer(window, options.screenshot) || (options.marks && !write_marks(options.screenshot + ".marks"))) {
                std::fprintf(stderr, "prioriteer: cannot write %s\n", options.screenshot.c_str());
                exit_code = 1;
            }
            break;
        }
        if (!options.screenshot.empty())
            frames_left = kFramesAfterInput;
        swap(window);
    }

    if (!options.state_out.empty() && !write_board_state(session, options.state_out, &view)) {
        std::fprintf(stderr, "prioriteer: cannot write %s\n", options.state_out.c_str());
        exit_code = 1;
    }
    stop_phones(phones, view);
    stop_sessions(sessions);
    close_window(window);
    return exit_code;
}

}  // namespace prio
