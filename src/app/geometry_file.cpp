#include "app/geometry_file.h"

#include "ui/turn_view.h"

#include <cstdio>
#include <fstream>

namespace prio {
namespace {

const char* screen_name(const WindowView& view)
{
    switch (view.screen) {
    case Screen::Board: return view.presenting ? "present" : "board";
    case Screen::Compare: return "compare";
    case Screen::Turns: return view.turn ? "turn" : "pass";
    }
    return "unknown";
}

// Exhaustive: a new dialog that is not named here does not compile (-Wswitch).
const char* dialog_name(SessionDialog dialog)
{
    switch (dialog) {
    case SessionDialog::None: return nullptr;
    case SessionDialog::New: return "new";
    case SessionDialog::Open: return "open";
    case SessionDialog::SaveAs: return "save_as";
    case SessionDialog::Replace: return "replace";
    case SessionDialog::Details: return "details";
    case SessionDialog::Unsaved: return "unsaved";
    case SessionDialog::Recovery: return "recovery";
    case SessionDialog::DeckChanged: return "deck_changed";
    case SessionDialog::Errors: return "errors";
    case SessionDialog::Conflict: return "conflict";
    case SessionDialog::Compare: return "compare";
    case SessionDialog::Round: return "round";
    case SessionDialog::Paper: return "paper";
    case SessionDialog::Councils: return "compare_sessions";
    }
    return "unknown";
}

std::string rect(ImVec2 min, ImVec2 max)
{
    char text[96];
    std::snprintf(text, sizeof text, " %.0f %.0f %.0f %.0f\n", min.x, min.y, max.x, max.y);
    return text;
}

}  // namespace

std::string geometry_text(const Session& session, const WindowView& view, bool popup_open, bool dialog_has_keys, bool typing)
{
    std::string out = std::string("screen ") + screen_name(view) + "\n";
    const char* name = dialog_name(view.files.dialog);
    if (name && popup_open && dialog_has_keys)
        out += std::string("dialog ") + name + "\n";
    else if (popup_open)
        out += "popup\n";
    // During a turn, the participant's private board is the one on screen.
    const WindowView& board = view.turn ? view.turn->view : view;
    for (const CardRect& c : board.card_rects)
        if (c.card >= 0 && static_cast<std::size_t>(c.card) < session.deck.cards.size())
            out += "card " + session.deck.cards[static_cast<std::size_t>(c.card)].id + rect(c.min, c.max);
    for (const LaneRect& l : board.lane_rects)
        out += "lane " + (l.lane.empty() ? std::string("-") : l.lane) + rect(l.min, l.max);
    if (!board.selected.empty())
        out += "selected " + board.selected + "\n";
    if (!board.open_card.empty()) {
        out += "open " + board.open_card + "\n";
        out += "add_action" + rect(board.plan.add_min, board.plan.add_max);  // the focus view's "Add action"
        out += "actions " + std::to_string(actions_of(session.board.plan, board.open_card).size()) + "\n";
    }
    if (typing)
        out += "typing\n";
    if (view.screen == Screen::Turns && !view.turn) {
        const auto& b = view.rounds.close_button;
        out += "close_round" + rect(ImVec2(b[0], b[1]), ImVec2(b[2], b[3]));
    }
    // Why the picker refused the sessions chosen, one line each, once the
    // picker shows it (not in the frame that closed it for the app to decide).
    if (view.files.councils_errors_drawn)
        for (const std::string& reason : view.files.councils_errors)
            out += "refused " + reason.substr(0, reason.find('\n')) + "\n";
    // The comparison: how many councils' columns, its rows by card code,
    // and the card whose detail is open.
    if (view.screen == Screen::Compare) {
        const CouncilsView& cv = view.councils;
        if (!cv.rows.empty())
            out += "councils " + std::to_string(cv.cells.size() / cv.rows.size()) + "\n";
        for (const CouncilRow& r : view.councils.rows) {
            out += "row " + r.code + rect(r.min, r.max);
            if (r.card == view.councils.detail)
                out += "detail " + r.code + "\n";
        }
    }
    return out;
}

void GeometryLog::write(const Session& session, const WindowView& view, bool popup_open, bool typing)
{
    if (path.empty())
        return;
    // A dialog's default button takes the keyboard in the frame after it
    // first appears: a key sent before that would go to where focus was.
    dialog_frames = popup_open && view.files.dialog == dialog ? dialog_frames + 1 : (popup_open ? 1 : 0);
    dialog = view.files.dialog;
    std::string text = geometry_text(session, view, popup_open, dialog_frames >= 2, typing);
    if (text == last)
        return;
    const std::string part = path + ".part";
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out)
            return;
    }
    if (std::rename(part.c_str(), path.c_str()) == 0)
        last = std::move(text);
}

}  // namespace prio
