#pragma once
// A headless Dear ImGui context that drives the real board view: no window
// and no GL, a real font atlas, and mouse and keys injected frame by frame the
// way the GLFW backend would write them into ImGuiIO.
#include <optional>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "core/comparison.h"
#include "core/session.h"
#include "core/strings.h"
#include "ui/window_view.h"
#include "ui/imgui_compat.h"
#include "ui/main_window.h"
#include "ui/fonts.h"
#include "ui/style.h"

namespace prio::test {

using Ids = std::vector<std::string>;

// A deck with `cards` cards C0, C1, ... in three themes and the given lanes.
inline Deck make_deck(int cards, std::vector<LaneSpec> lanes = {{"now", "Now", 2, true}, {"later", "Later", 0, true}, {"no", "Not a priority", 0, false}})
{
    Deck deck;
    deck.id = "test";
    deck.title = "Test deck";
    deck.language = "en";
    deck.themes = {{"a", "Customer", {242, 177, 52}}, {"b", "Data", {60, 90, 160}}, {"c", "Organisation", {120, 180, 120}}};
    deck.lanes = std::move(lanes);
    for (int i = 0; i < cards; ++i) {
        std::string n = std::to_string(i);
        deck.cards.push_back({"C" + n, "Card number " + n, std::string(1, static_cast<char>('a' + i % 3)),
                              "Summary " + n, "Body text of card " + n + ".", "source-" + n + ".txt"});
    }
    return deck;
}

struct Ui {
    Session session;
    WindowView view;
    std::optional<Comparison> comparison;  // what Screen::Compare shows, as the app holds it
    ImGuiContext* context = nullptr;
    int frames = 0;

    explicit Ui(Deck deck, ImVec2 display = ImVec2(1920, 1080))
    {
        context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = display;
        io.DeltaTime = 1.0f / 60.0f;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        io.KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
        io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
        io.KeyMap[ImGuiKey_RightArrow] = GLFW_KEY_RIGHT;
        io.KeyMap[ImGuiKey_UpArrow] = GLFW_KEY_UP;
        io.KeyMap[ImGuiKey_DownArrow] = GLFW_KEY_DOWN;
        io.KeyMap[ImGuiKey_PageUp] = GLFW_KEY_PAGE_UP;
        io.KeyMap[ImGuiKey_PageDown] = GLFW_KEY_PAGE_DOWN;
        io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;
        io.KeyMap[ImGuiKey_End] = GLFW_KEY_END;
        io.KeyMap[ImGuiKey_Insert] = GLFW_KEY_INSERT;
        io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
        io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
        io.KeyMap[ImGuiKey_Space] = GLFW_KEY_SPACE;
        io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
        io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
        io.KeyMap[ImGuiKey_KeyPadEnter] = GLFW_KEY_KP_ENTER;
        io.KeyMap[ImGuiKey_A] = GLFW_KEY_A;
        io.KeyMap[ImGuiKey_C] = GLFW_KEY_C;
        io.KeyMap[ImGuiKey_V] = GLFW_KEY_V;
        io.KeyMap[ImGuiKey_X] = GLFW_KEY_X;
        io.KeyMap[ImGuiKey_Y] = GLFW_KEY_Y;
        io.KeyMap[ImGuiKey_Z] = GLFW_KEY_Z;
        view.fonts = build_fonts(*io.Fonts, 18.0f);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        apply_style(false, 1.0f);
        record_items(true);
        session = make_session(std::move(deck));
        frame();
        frame();
    }
    ~Ui()
    {
        record_items(false);
        ImGui::DestroyContext(context);
    }
    Ui(const Ui&) = delete;
    Ui& operator=(const Ui&) = delete;

    // One frame as the app draws it. The requests stay in view.requests for
    // the test to look at, except full screen, which is the window's and is
    // followed at once, as the app does.
    void frame()
    {
        std::size_t before = view.requests.size();
        ImGui::NewFrame();
        draw_main_window(session, view, comparison ? &*comparison : nullptr);
        ImGui::Render();
        apply_commands(session, view, "2024-05-01T10:00:00Z");
        for (std::size_t i = before; i < view.requests.size(); ++i)
            if (const FullScreenRequest* r = std::get_if<FullScreenRequest>(&view.requests[i]))
                view.fullscreen = r->on;
        ++frames;
    }

    // How many requests of type T the frames made, and the last one.
    template <class T>
    int count() const
    {
        int n = 0;
        for (const Request& r : view.requests)
            n += std::holds_alternative<T>(r);
        return n;
    }
    template <class T>
    const T* last() const
    {
        for (auto it = view.requests.rbegin(); it != view.requests.rend(); ++it)
            if (const T* r = std::get_if<T>(&*it))
                return r;
        return nullptr;
    }

    // Mouse, one frame per step.
    void move(ImVec2 to)
    {
        ImGui::GetIO().MousePos = to;
        frame();
    }
    void press(int button = 0)
    {
        ImGui::GetIO().MouseDown[button] = true;
        frame();
    }
    void release(int button = 0)
    {
        ImGui::GetIO().MouseDown[button] = false;
        frame();
    }
    void click(ImVec2 at, int button = 0)
    {
        move(at);
        press(button);
        release(button);
    }
    // Press on `from`, move past the drag threshold, move to `to`, release,
    // each in its own frame, then one more frame for the result to show.
    void drag(ImVec2 from, ImVec2 to)
    {
        move(from);
        press();
        move(ImVec2(from.x + 12.0f, from.y + 12.0f));
        move(ImVec2((from.x + to.x) * 0.5f, (from.y + to.y) * 0.5f));
        move(to);
        release();
        frame();
    }

    // Keys: down in one frame, up in the next. Modifiers as the backend sets
    // them, and the character a US layout types with a letter or digit key,
    // as GLFW's character callback gives it.
    void key(int glfw_key, bool ctrl = false, bool shift = false, bool alt = false)
    {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeyShift = shift;
        io.KeyAlt = alt;
        io.KeysDown[glfw_key] = true;
        if (!ctrl && !alt && glfw_key >= GLFW_KEY_0 && glfw_key <= GLFW_KEY_9 && !shift)
            io.AddInputCharacter(static_cast<unsigned int>(glfw_key));
        if (!ctrl && !alt && glfw_key >= GLFW_KEY_A && glfw_key <= GLFW_KEY_Z)
            io.AddInputCharacter(static_cast<unsigned int>(shift ? glfw_key : glfw_key - 'A' + 'a'));
        frame();
        io.KeysDown[glfw_key] = false;
        frame();
        io.KeyCtrl = io.KeyShift = io.KeyAlt = false;
    }
    void type(const std::string& ascii)
    {
        for (char c : ascii) {
            ImGui::GetIO().AddInputCharacter(static_cast<unsigned int>(c));
            frame();
        }
    }

    // Where things were drawn in the last frame.
    const CardRect* card_rect(const std::string& id) const
    {
        int card = find_card(session.deck, id);
        for (const CardRect& r : view.card_rects)
            if (r.card == card)
                return &r;
        return nullptr;
    }
    ImVec2 card_centre(const std::string& id) const
    {
        const CardRect* r = card_rect(id);
        return r ? ImVec2((r->min.x + r->max.x) * 0.5f, (r->min.y + r->max.y) * 0.5f) : ImVec2(-1, -1);
    }
    // A point just inside the top or bottom edge of a card.
    ImVec2 card_top(const std::string& id) const
    {
        const CardRect* r = card_rect(id);
        return ImVec2((r->min.x + r->max.x) * 0.5f, r->min.y + 3.0f);
    }
    ImVec2 card_bottom(const std::string& id) const
    {
        const CardRect* r = card_rect(id);
        return ImVec2((r->min.x + r->max.x) * 0.5f, r->max.y - 3.0f);
    }
    const LaneRect* lane_rect(const std::string& lane) const
    {
        for (const LaneRect& r : view.lane_rects)
            if (r.lane == lane)
                return &r;
        return nullptr;
    }
    ImVec2 lane_header(const std::string& lane) const
    {
        const LaneRect* r = lane_rect(lane);
        return ImVec2(r->min.x + 40.0f, r->min.y + 20.0f);
    }
    ImVec2 lane_bottom(const std::string& lane) const
    {
        const LaneRect* r = lane_rect(lane);
        return ImVec2((r->min.x + r->max.x) * 0.5f, r->max.y - 20.0f);
    }

    std::vector<std::string> ids(const std::string& lane) const
    {
        std::vector<std::string> out;
        for (int card : cards_in(session.board, find_lane(session.board, lane)))
            out.push_back(session.deck.cards[static_cast<std::size_t>(card)].id);
        return out;
    }
    bool popup_open() const { return ImGui::GetCurrentContext()->OpenPopupStack.Size > 0; }

    // Clicks the item `id` (its ImGui id: the window's id path and the
    // label hashed) at the centre of where the last frame drew it, gives the
    // click a frame to take effect and returns true; false when no item of
    // that id was drawn.
    bool click_id(ImGuiID id)
    {
        ImVec2 min, max;
        if (id == 0 || !recorded_item(id, min, max))
            return false;
        click(ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f));
        frame();
        return true;
    }
    // For the parts of Dear ImGui's compound widgets (InputInt's + and -),
    // which the views cannot note: moves the mouse to `at`; when that hovers
    // the item `id`, clicks it, gives the click a frame and returns true.
    bool click_if_hovered(ImGuiID id, ImVec2 at)
    {
        move(at);
        if (hovered_item_id() != id)
            return false;
        press();
        release();
        frame();
        return true;
    }
    // Clicks the item labelled `label` in the newest drawn window whose name
    // contains `window_part` (a menu "##Menu_", a popup "##Popup_", a dialog).
    bool click_item(const char* window_part, const std::string& label)
    {
        return click_id(window_item_id(window_part, label.c_str()));
    }
    // Clicks the menu labelled `label` in the window's menu bar.
    bool click_menu(const std::string& label)
    {
        return click_id(menu_bar_item_id("##board", label.c_str()));
    }

    // The newest window drawn in the last frame whose name contains `part` that was drawn in the last frame.
    const ImGuiWindow* drawn_window(const char* part) const
    {
        const ImGuiWindow* found = nullptr;
        for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
            if (w->Active && std::string(w->Name).find(part) != std::string::npos)
                found = w;
        return found;
    }
};

// A text of core/strings in the board's language.
inline std::string t(const Ui& ui, const char* key)
{
    return std::string(tr(key, ui.session.language));
}

}  // namespace prio::test
