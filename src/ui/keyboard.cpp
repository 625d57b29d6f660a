// The board's keyboard: shortcuts, moving the selection, and moving the
// selected card. Dear ImGui's own navigation is kept for menus and dialogs.
#include <algorithm>
#include <string>

#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/text.h"

namespace prio {
namespace {

// The digit typed this frame, by its character (AZERTY's Shift+&, "1", is
// 1; US Shift+1, "!", is none), else a keypad digit; -1 for none.
int digit_typed(const Keys& keys)
{
    for (ImWchar c : ImGui::GetIO().InputQueueCharacters)
        if (c >= '0' && c <= '9')
            return c - '0';
    for (int d = 0; d <= 9; ++d)
        if (key_number_pressed(keys.keypad0 + d, false))
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

void select(const Session& session, WindowView& view, int card)
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

void move_selection(const Session& session, WindowView& view, ImGuiDir dir)
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

void move_card_to(const Session& session, WindowView& view, int lane)
{
    const Board& board = session.board;
    if (lane != kPile && lane >= static_cast<int>(board.lanes.size())) {
        notify(view, "", true, fill(tr("fmt.refusal.no_lane", session.language), {{"number", std::to_string(lane + 1)}}));
        return;
    }
    int card = find_card(session.deck, view.selected);
    Place at = locate(board, card);
    if (at.lane == lane)
        return;
    const std::string& id = lane == kPile ? std::string() : board.lanes[static_cast<std::size_t>(lane)].id;
    wish(view, Edit{Move{view.selected, id, static_cast<int>(cards_in(board, lane).size())}});
    view.scroll_to_selected = true;
    // A refusal shows beside the card, where the eyes are, not in the lane asked for.
    for (const CardRect& r : view.card_rects)
        if (r.card == card)
            view.gesture = GestureSpot{at.lane == kPile ? std::string() : board.lanes[static_cast<std::size_t>(at.lane)].id, r.max.y};
}

void move_card_within(const Session& session, WindowView& view, int step)
{
    int card = find_card(session.deck, view.selected);
    Place at = locate(session.board, card);
    int size = static_cast<int>(cards_in(session.board, at.lane).size());
    int index = at.index + step;
    if (index < 0 || index >= size)
        return;
    const std::string& id = at.lane == kPile ? std::string() : session.board.lanes[static_cast<std::size_t>(at.lane)].id;
    wish(view, Edit{Move{view.selected, id, index}});
    view.scroll_to_selected = true;
}

// In the pile: one place left or right. In a lane: into the lane beside it,
// at the same height.
void move_card_sideways(const Session& session, WindowView& view, int dx)
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
    wish(view, Edit{Move{view.selected, lane.id, index}});
    view.scroll_to_selected = true;
}

}  // namespace

void handle_keyboard(const Session& session, WindowView& view)
{
    const ImGuiIO& io = ImGui::GetIO();
    const Keys& keys = view.keys;
    bool ctrl = io.KeyCtrl;
    bool shift = io.KeyShift;
    bool alt = io.KeyAlt;

    if (named_key_pressed(NamedKey::PageDown))
        step_theme_walk(session, view, +1);
    if (named_key_pressed(NamedKey::PageUp))
        step_theme_walk(session, view, -1);
    // Esc that cancelled a drag this frame does nothing else; then it ends
    // the walk through the themes, then presenting.
    if (escape_pressed() && !view.drag_cancelled) {
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

    bool tab = named_key_pressed(NamedKey::Tab);
    bool arrow = named_key_pressed(NamedKey::Up) || named_key_pressed(NamedKey::Down) || named_key_pressed(NamedKey::Left) || named_key_pressed(NamedKey::Right);
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
            keep_alt_for_keys();
        if (named_key_pressed(NamedKey::Up))
            move_card_within(session, view, -1);
        else if (named_key_pressed(NamedKey::Down))
            move_card_within(session, view, +1);
        else if (named_key_pressed(NamedKey::Left))
            move_card_sideways(session, view, -1);
        else if (named_key_pressed(NamedKey::Right))
            move_card_sideways(session, view, +1);
        return;
    }
    if (named_key_pressed(NamedKey::Up))
        move_selection(session, view, ImGuiDir_Up);
    else if (named_key_pressed(NamedKey::Down))
        move_selection(session, view, ImGuiDir_Down);
    else if (named_key_pressed(NamedKey::Left))
        move_selection(session, view, ImGuiDir_Left);
    else if (named_key_pressed(NamedKey::Right))
        move_selection(session, view, ImGuiDir_Right);

    int digit = digit_typed(keys);
    if (digit == 0)
        move_card_to(session, view, kPile);
    else if (digit > 0)
        move_card_to(session, view, digit - 1);

    if (any_enter_pressed())
        view.open_card = view.selected;
    if (escape_pressed())
        view.notice = Notice{};

    // The lane's menu and renaming work on the selected card's lane.
    Place at = locate(board, card);
    if (at.lane >= 0) {
        if (key_number_pressed(keys.f2, false))
            open_lane_popup(session, view, at.lane, LanePopup::Rename);
        if (key_number_pressed(keys.menu, false) || (shift && key_number_pressed(keys.f10, false)))
            view.open_lane_menu = board.lanes[static_cast<std::size_t>(at.lane)].id;
    }
}

}  // namespace prio
