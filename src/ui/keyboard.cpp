// The board's keyboard: shortcuts, moving the selection, and moving the
// selected card. Dear ImGui's own navigation is kept for menus and dialogs.
#include <algorithm>
#include <string>

#include <imgui_internal.h>

#include "core/strings.h"
#include "ui/actions.h"
#include "ui/board_parts.h"
#include "ui/text.h"

namespace prio {
namespace {

bool pressed(int key, bool repeat = true)
{
    return key >= 0 && key < IM_ARRAYSIZE(ImGuiIO::KeysDown) && ImGui::IsKeyPressed(key, repeat);
}

// For the keys Dear ImGui names (ImGuiKey is a plain int in 1.86).
bool pressed_named(ImGuiKey key, bool repeat = true)
{
    return pressed(ImGui::GetKeyIndex(key), repeat);
}

// The digit typed this frame, by its character (AZERTY's Shift+&, "1", is
// 1; US Shift+1, "!", is none), else a keypad digit; -1 for none.
int digit_typed(const Keys& keys)
{
    for (ImWchar c : ImGui::GetIO().InputQueueCharacters)
        if (c >= '0' && c <= '9')
            return c - '0';
    for (int d = 0; d <= 9; ++d)
        if (pressed(keys.keypad0 + d, false))
            return d;
    return -1;
}

// Every card in the order Tab walks: lane by lane, then the pile.
std::vector<int> board_order(const Board& board)
{
    std::vector<int> order;
    for (const Lane& lane : board.lanes)
        order.insert(order.end(), lane.cards.begin(), lane.cards.end());
    order.insert(order.end(), board.pile.begin(), board.pile.end());
    return order;
}

void select(const Session& session, BoardView& view, int card)
{
    if (card < 0)
        return;
    view.selected = session.deck.cards[static_cast<std::size_t>(card)].id;
    view.scroll_to_selected = true;
}

// The card at `index` of lane `lane` (clamped), or -1 when it is empty.
int card_at(const Board& board, int lane, int index)
{
    if (lane == kNoLane)
        return -1;  // no such column (e.g. Left from the pile with every lane empty)
    const std::vector<int>& cards = cards_in(board, lane);
    if (cards.empty())
        return -1;
    return cards[static_cast<std::size_t>(std::clamp(index, 0, static_cast<int>(cards.size()) - 1))];
}

// The next lane in direction `dir` (-1, +1) that holds cards; the pile
// counts as the column after the last lane. kNoLane when there is none.
int next_column(const Board& board, int lane, int dir)
{
    int lanes = static_cast<int>(board.lanes.size());
    int column = lane == kPile ? lanes : lane;
    for (column += dir; column >= 0 && column <= lanes; column += dir) {
        int l = column == lanes ? kPile : column;
        if (!cards_in(board, l).empty())
            return l;
    }
    return kNoLane;
}

void move_selection(const Session& session, BoardView& view, ImGuiDir dir)
{
    const Board& board = session.board;
    int card = find_card(session.deck, view.selected);
    Place at = locate(board, card);
    int per_row = at.lane == kPile ? std::max(1, view.pile_per_row) : 1;
    int size = static_cast<int>(cards_in(board, at.lane).size());
    if (dir == ImGuiDir_Up || dir == ImGuiDir_Down) {
        int step = dir == ImGuiDir_Up ? -per_row : per_row;
        int index = at.index + step;
        if (index >= 0 && index < size)
            select(session, view, card_at(board, at.lane, index));
        else if (at.lane == kPile && dir == ImGuiDir_Up)
            select(session, view, card_at(board, next_column(board, kPile, -1), 1 << 20));
        else if (at.lane != kPile && dir == ImGuiDir_Down && !board.pile.empty())
            select(session, view, card_at(board, kPile, 0));
        return;
    }
    int dx = dir == ImGuiDir_Left ? -1 : 1;
    if (at.lane == kPile) {
        int index = at.index + dx;
        if (index >= 0 && index < size)
            select(session, view, card_at(board, kPile, index));
        else if (index < 0)
            select(session, view, card_at(board, next_column(board, kPile, -1), 1 << 20));
        return;
    }
    int lane = next_column(board, at.lane, dx);
    if (lane != kNoLane)
        select(session, view, card_at(board, lane, lane == kPile ? 0 : at.index));
}

void move_card_to(const Session& session, BoardView& view, int lane)
{
    const Board& board = session.board;
    if (lane != kPile && lane >= static_cast<int>(board.lanes.size())) {
        view.notice = Notice{"", true, fill(tr("fmt.refusal.no_lane", session.language), {{"number", std::to_string(lane + 1)}}), view.now + kNoticeSeconds};
        return;
    }
    int card = find_card(session.deck, view.selected);
    Place at = locate(board, card);
    if (at.lane == lane)
        return;
    const std::string& id = lane == kPile ? std::string() : board.lanes[static_cast<std::size_t>(lane)].id;
    view.commands.push_back(Edit{Move{view.selected, id, static_cast<int>(cards_in(board, lane).size())}});
    view.scroll_to_selected = true;
    // A refusal shows beside the card, where the eyes are, not in the lane asked for.
    for (const CardRect& r : view.card_rects)
        if (r.card == card)
            view.gesture = GestureSpot{at.lane == kPile ? std::string() : board.lanes[static_cast<std::size_t>(at.lane)].id, r.max.y};
}

void move_card_within(const Session& session, BoardView& view, int step)
{
    int card = find_card(session.deck, view.selected);
    Place at = locate(session.board, card);
    int size = static_cast<int>(cards_in(session.board, at.lane).size());
    int index = at.index + step;
    if (index < 0 || index >= size)
        return;
    const std::string& id = at.lane == kPile ? std::string() : session.board.lanes[static_cast<std::size_t>(at.lane)].id;
    view.commands.push_back(Edit{Move{view.selected, id, index}});
    view.scroll_to_selected = true;
}

// In the pile: one place left or right. In a lane: into the lane beside it,
// at the same height.
void move_card_sideways(const Session& session, BoardView& view, int dx)
{
    const Board& board = session.board;
    Place at = locate(board, find_card(session.deck, view.selected));
    if (at.lane == kPile) {
        move_card_within(session, view, dx);
        return;
    }
    int target = at.lane + dx;
    if (target < 0 || target >= static_cast<int>(board.lanes.size()))
        return;
    const Lane& lane = board.lanes[static_cast<std::size_t>(target)];
    int index = std::min(at.index, static_cast<int>(lane.cards.size()));
    view.commands.push_back(Edit{Move{view.selected, lane.id, index}});
    view.scroll_to_selected = true;
}

}  // namespace

void handle_keyboard(const Session& session, BoardView& view)
{
    const ImGuiIO& io = ImGui::GetIO();
    const Keys& keys = view.keys;
    bool ctrl = io.KeyCtrl;
    bool shift = io.KeyShift;
    bool alt = io.KeyAlt;

    // Undo and redo, except while typing: a text field has its own.
    if (!io.WantTextInput) {
        if (action_pressed(Action::Undo))
            view.commands.push_back(UndoCommand{});
        else if (action_pressed(Action::Redo))
            view.commands.push_back(RedoCommand{});
    }
    // Zoom, full screen and quit work everywhere, also in the notes field.
    if (action_pressed(Action::ZoomIn))
        view.zoom = zoom_in(view.zoom);
    if (action_pressed(Action::ZoomOut))
        view.zoom = zoom_out(view.zoom);
    if (action_pressed(Action::ZoomReset))
        view.zoom = 1.0f;
    if (action_pressed(Action::FullScreen))
        view.fullscreen = !view.fullscreen;
    if (action_pressed(Action::Present))
        view.presenting = !view.presenting;
    if (action_pressed(Action::Quit))
        view.quit = true;

    // The rest is for the board itself: not while a menu, dialog or the
    // focus view is open, and not while typing.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel) ||
        g.NavLayer == ImGuiNavLayer_Menu || !view.open_card.empty())
        return;
    if (action_pressed(Action::Help))
        view.show_help = true;
    if (pressed_named(ImGuiKey_PageDown))
        step_theme_walk(session, view, +1);
    if (pressed_named(ImGuiKey_PageUp))
        step_theme_walk(session, view, -1);
    // Esc that cancelled a drag this frame does nothing else; then it ends
    // the walk through the themes, then presenting.
    if (pressed_named(ImGuiKey_Escape, false) && !view.drag_cancelled) {
        if (view.theme_walk >= 0)
            view.theme_walk = -1;
        else
            view.presenting = false;
    }

    const Board& board = session.board;
    int card = find_card(session.deck, view.selected);
    if (card >= 0 && locate(board, card).index < 0)
        card = -1;
    std::vector<int> order = board_order(board);
    if (order.empty())
        return;

    bool tab = pressed_named(ImGuiKey_Tab);
    bool arrow = pressed_named(ImGuiKey_UpArrow) || pressed_named(ImGuiKey_DownArrow) || pressed_named(ImGuiKey_LeftArrow) || pressed_named(ImGuiKey_RightArrow);
    if (card < 0) {
        // The first key that moves anything selects the first card.
        if (tab || (arrow && !ctrl && !alt))
            select(session, view, order.front());
        return;
    }

    if (tab && !ctrl) {
        auto at = std::find(order.begin(), order.end(), card);
        std::ptrdiff_t n = static_cast<std::ptrdiff_t>(order.size());
        std::ptrdiff_t i = (at - order.begin() + (shift ? n - 1 : 1)) % n;
        select(session, view, order[static_cast<std::size_t>(i)]);
        return;
    }
    if (ctrl || alt) {
        // Alt+arrow is not "Alt to the menu bar": Dear ImGui 1.86 would
        // switch to the menu once Alt is released.
        if (alt && arrow)
            g.NavWindowingToggleLayer = false;
        if (pressed_named(ImGuiKey_UpArrow))
            move_card_within(session, view, -1);
        else if (pressed_named(ImGuiKey_DownArrow))
            move_card_within(session, view, +1);
        else if (pressed_named(ImGuiKey_LeftArrow))
            move_card_sideways(session, view, -1);
        else if (pressed_named(ImGuiKey_RightArrow))
            move_card_sideways(session, view, +1);
        return;
    }
    if (pressed_named(ImGuiKey_UpArrow))
        move_selection(session, view, ImGuiDir_Up);
    else if (pressed_named(ImGuiKey_DownArrow))
        move_selection(session, view, ImGuiDir_Down);
    else if (pressed_named(ImGuiKey_LeftArrow))
        move_selection(session, view, ImGuiDir_Left);
    else if (pressed_named(ImGuiKey_RightArrow))
        move_selection(session, view, ImGuiDir_Right);

    int digit = digit_typed(keys);
    if (digit == 0)
        move_card_to(session, view, kPile);
    else if (digit > 0)
        move_card_to(session, view, digit - 1);

    if (pressed_named(ImGuiKey_Enter, false) || pressed_named(ImGuiKey_KeyPadEnter, false))
        view.open_card = view.selected;
    if (pressed_named(ImGuiKey_Escape, false))
        view.notice = Notice{};

    // The lane's menu and renaming work on the selected card's lane.
    Place at = locate(board, card);
    if (at.lane >= 0) {
        if (pressed(keys.f2, false))
            open_lane_popup(session, view, at.lane, LanePopup::Rename);
        if (pressed(keys.menu, false) || (shift && pressed(keys.f10, false)))
            view.open_lane_menu = board.lanes[static_cast<std::size_t>(at.lane)].id;
    }
}

}  // namespace prio
