// Drafts: what is being typed into a field that edits the session (a note,
// a lane's new name, an action's field) goes to the session as a draft while it is typed, so
// the autosave has it on disk within a second; it becomes its one undoable
// edit when the field closes. A session opened with a draft (after a crash)
// shows the field again with the typing in it: a note, a lane's name, or a
// field of an action (focus_actions.cpp).
#include <imgui.h>

#include "ui/board_parts.h"
#include "ui/imgui_compat.h"

namespace prio {

void keep_draft(const Session& session, WindowView& view, const char* field, const std::string& target,
                const std::string& text, const std::string& committed)
{
    const Draft& now = session.draft;
    bool ours = now.field == field && now.target == target;
    if (text == committed) {
        if (ours)
            wish(view, SetDraft{});  // typed back to what it was
    } else if (!ours || now.text != text) {
        wish(view, SetDraft{Draft{field, target, text}});
    }
}

void drop_draft(const Session& session, WindowView& view)
{
    if (!session.draft.field.empty())
        wish(view, SetDraft{});
}

void reopen_draft(const Session& session, WindowView& view)
{
    const Draft& draft = session.draft;
    if (draft.field.empty() || !view.open_card.empty() || view.lane_popup != LanePopup::None ||
        view.files.dialog != SessionDialog::None || any_popup_open())
        return;
    if (draft.field == "note" && find_card(session.deck, draft.target) >= 0) {
        view.open_card = draft.target;
        view.selected = draft.target;
    } else if (int lane = find_lane(session.board, draft.target); draft.field == "lane" && lane >= 0) {
        open_lane_popup(session, view, lane, LanePopup::Rename);
        view.lane_title_draft = draft.text;
    } else if (std::optional<ActionTextRef> field = draft.field == "action" ? find_action_text(session.board.plan, draft.target) : std::nullopt) {
        // The action's card opens with the typing back in its field, which has the keys.
        const PlanAction& action = session.board.plan.actions[static_cast<std::size_t>(field->action)];
        view.open_card = view.selected = action.card;
        view.plan.fields[draft.target] = draft.text;
        view.plan.focus_field = draft.target;
    }
}

}  // namespace prio
