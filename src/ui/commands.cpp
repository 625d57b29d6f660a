// apply_commands: the one place where the board view's wishes reach the
// session, through core perform/undo/redo.
#include <algorithm>
#include <array>
#include <string>

#include "core/session_rounds.h"
#include "core/strings.h"
#include "core/visit.h"
#include "ui/window_view.h"
#include "ui/turn_view.h"
#include "ui/text.h"

namespace prio {
namespace {

constexpr std::array<float, 7> kZoomSteps = {1.0f, 1.25f, 1.5f, 1.75f, 2.0f, 2.5f, 3.0f};

// The lane an edit is about, "" for the pile or when it has none.
std::string lane_of(const Edit& edit)
{
    return std::visit(overloaded{
        [](const Batch& batch) { return batch.edits.empty() ? std::string() : lane_of(batch.edits.front()); },
        [](const auto& e) -> std::string {
            if constexpr (requires { e.lane; })
                return e.lane;
            else
                return {};
        },
    }, edit);
}

std::string lane_title(const Session& session, const std::string& lane)
{
    int l = find_lane(session.board, lane);
    return l >= 0 ? session.board.lanes[static_cast<std::size_t>(l)].title : std::string(tr("board.pile", session.language));
}

std::string refusal_text(const Session& session, const Edit& edit, Refusal refusal)
{
    const std::string& lang = session.language;
    std::string lane = lane_of(edit);
    int l = find_lane(session.board, lane);
    switch (refusal) {
    case Refusal::LaneFull:
    case Refusal::CapacityBelowCount: {
        std::string count;
        if (l >= 0) {
            const Lane& it = session.board.lanes[static_cast<std::size_t>(l)];
            count = std::to_string(it.cards.size());
            if (refusal == Refusal::LaneFull)
                count += "/" + std::to_string(it.capacity);
        }
        return fill(tr(refusal == Refusal::LaneFull ? "fmt.refusal.lane_full" : "fmt.refusal.capacity_below", lang),
                    {{"lane", lane_title(session, lane)}, {"count", count}});
    }
    case Refusal::BadValue:
        return std::string(tr("refusal.bad_value", lang));
    case Refusal::DuplicateLane:
        return std::string(tr("refusal.duplicate_lane", lang));
    case Refusal::BadIndex:
        return std::string(tr("refusal.bad_index", lang));
    case Refusal::TooManyLanes:
        return fill(tr("fmt.refusal.too_many_lanes", lang), {{"count", std::to_string(kMaxLanes)}});
    case Refusal::Broken:
        return std::string(tr("refusal.broken", lang));
    default:
        return std::string(tr("refusal.unknown", lang));
    }
}

}  // namespace

void notify(WindowView& view, std::string lane, bool global, std::string text)
{
    view.notice = Notice{std::move(lane), global, std::move(text), view.now + kNoticeSeconds};
}

void wish(WindowView& view, Command command)
{
    view.commands.push_back(std::move(command));
}

bool has_commands(const WindowView& view) { return !view.commands.empty() || (view.turn && !view.turn->view.commands.empty()); }

int apply_commands(Session& session, WindowView& view, const std::string& time)
{
    // A turn's private board takes its own wishes, through its own history.
    if (view.turn)
        apply_commands(view.turn->draft, view.turn->view, time);
    std::vector<Command> commands;
    commands.swap(view.commands);
    int changed = 0, edited = 0;
    auto replayed = [&](Replay result, const char* nothing) {
        switch (result) {
        case Replay::Done:
            ++changed;
            break;
        case Replay::Nothing:
            notify(view, "", true, std::string(tr(nothing, session.language)));
            break;
        case Replay::Refused:
            notify(view, "", true, std::string(tr("refusal.replay_bug", session.language)));
            break;
        }
    };
    for (const Command& command : commands) {
        std::visit(overloaded{
            [&](const Edit& edit) {
                Refusal refusal = perform(session, edit, time);
                if (refusal == Refusal::None) {
                    ++changed;
                    ++edited;
                    view.notice = Notice{};
                } else if (refusal != Refusal::NoChange) {
                    // Near the lane the edit was about; a lane that is gone is no
                    // place for a message, so then it goes above the board.
                    std::string lane = lane_of(edit);
                    bool global = find_lane(session.board, lane) == kNoLane;
                    notify(view, lane, global, refusal_text(session, edit, refusal));
                    if (view.gesture && !global) {
                        view.notice.lane = view.gesture->lane;
                        view.notice.near_y = view.gesture->y;
                    }
                }
            },
            [&](const UndoCommand&) { replayed(undo(session, time), "refusal.nothing_to_undo"); },
            [&](const RedoCommand&) { replayed(redo(session, time), "refusal.nothing_to_redo"); },
            [&](const SetLanguage& set) { changed += set_language(session, set.language, time); },
            [&](const SetMeta& set) { changed += set_meta(session, set.meta, time); },
            [&](const StartRound& start) {
                if (int index = start_round(session, start.round, time); index >= 0) {
                    ++changed;
                    if (start.phones)
                        view.requests.push_back(ServePhonesRequest{index, {}});
                } else
                    notify(view, "", true, std::string(tr("round.refused.open", session.language)));
            },
            [&](const GiveBallot& give) {
                CheckedBallot checked = give_ballot(session, give.round, give.groups, give.voter, give.source, time);
                if (checked.clean())
                    ++changed;
                else
                    notify(view, "", true, ballot_problem_text(checked.problems.front(), session.language));
            },
            [&](const CloseRound& close) { changed += close_round(session, close.round, time); },
            [&](const RevealRound& reveal) { changed += reveal_round(session, reveal.round, time); },
            [&](const SetDraft& set) {
                if (session.draft != set.draft) {
                    session.draft = set.draft;
                    touch(session);
                    ++changed;
                }
            },
        }, command);
    }
    // What an edit of this frame asked to say once it is done (an action moved
    // to another card leaves the list it was in); nothing if it was refused.
    if (!view.confirm.empty() && edited > 0)
        notify(view, "", true, view.confirm);
    view.confirm.clear();
    view.gesture.reset();
    // A card or lane that an undo took away is no longer selected or open.
    if (!view.selected.empty() && find_card(session.deck, view.selected) < 0)
        view.selected.clear();
    if (!view.open_card.empty() && find_card(session.deck, view.open_card) < 0)
        view.open_card.clear();
    if (view.lane_popup != LanePopup::None && find_lane(session.board, view.popup_lane) < 0)
        view.lane_popup = LanePopup::None;
    return changed;
}

float zoom_in(float zoom)
{
    for (float step : kZoomSteps)
        if (step > zoom + 0.01f)
            return step;
    return kZoomSteps.back();
}

float zoom_out(float zoom)
{
    for (auto it = kZoomSteps.rbegin(); it != kZoomSteps.rend(); ++it)
        if (*it < zoom - 0.01f)
            return *it;
    return kZoomSteps.front();
}

}  // namespace prio
