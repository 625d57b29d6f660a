#pragma once
// Every Dear ImGui call that is internal (imgui_internal.h) or belongs to
// one version (1.86: the legacy key array, ImGuiKey as a plain int) is made
// here and nowhere else, so that moving to another Dear ImGui is a change
// to this file and its .cpp. The rest of src/ui uses imgui.h's stable API.
#include <imgui.h>

namespace prio {

// --- Keys.
// The keys the board and its dialogs read by name.
enum class NamedKey { Escape, Enter, KeypadEnter, Tab, Space, Up, Down, Left, Right, PageUp, PageDown };
bool named_key_pressed(NamedKey key, bool repeat = true);
// A key by its GLFW number (ui/keys.h): digits, letters, function keys.
bool key_number_pressed(int key, bool repeat = true);
bool escape_pressed();
// Enter or the keypad's Enter, whether or not a field is being typed in.
bool any_enter_pressed();

// --- Windows, popups and navigation.
// Any popup or menu is open, at any level.
bool any_popup_open();
// The keyboard is in the menu bar (Alt).
bool menu_layer_active();
// Alt was used with another key: releasing it does not move to the menu bar.
void keep_alt_for_keys();
// How far a modal's dimmed background has faded in: 0 to 1.
float modal_dim_ratio();
// The right end of the current window's content, in window coordinates.
float window_content_right();
// The current window's inner rectangle, where its items can be seen.
void window_inner_rect(ImVec2& min, ImVec2& max);
// The item just drawn gets the keyboard focus, shown, when its window appears.
void focus_item_on_appearing();

// RAII: the items drawn in its scope take part in Dear ImGui's keyboard
// navigation (`nav`) or not.
class NavScope {
public:
    explicit NavScope(bool nav);
    ~NavScope();
    NavScope(const NavScope&) = delete;
    NavScope& operator=(const NavScope&) = delete;
};

// --- Items.
// A button item of `size` at the cursor, like ImGui::InvisibleButton
// without its checks (it runs for every card in every frame). `baseline`:
// the frame padding its line is aligned on, as ImGui::Button has it; -1 for
// none.
struct ButtonItem {
    bool shown = false;   // not clipped away
    bool pressed = false;
    bool hovered = false;
    bool held = false;
    bool under_mouse = false;  // hovered by the mouse, not by keyboard navigation
    ImVec2 min, max;
};
ButtonItem button_item(const char* str_id, ImVec2 size, float baseline = -1.0f);
// The id of the item just drawn, and of the one under the mouse.
ImGuiID last_item_id();
ImGuiID hovered_item_id();

// Items by id, for tests that click them where they are instead of
// searching with the mouse. Off unless switched on; the window forgets the
// last frame's items when it starts a frame.
void record_items(bool on);
void forget_recorded_items();
void note_item();  // the item just drawn
// Notes the item just drawn and passes on what drawing it returned.
inline bool noted(bool result)
{
    note_item();
    return result;
}
// Where the item `id` was drawn in the last frame; false when it was not.
bool recorded_item(ImGuiID id, ImVec2& min, ImVec2& max);
// The id an item labelled `label` has in the menu bar of window `window`.
ImGuiID menu_bar_item_id(const char* window, const char* label);
// The id an item labelled `label` has in the newest open window whose name
// contains `window_part` (a menu, a popup); 0 when there is none.
ImGuiID window_item_id(const char* window_part, const char* label);

// --- Drag and drop.
bool drag_drop_active();
// The left button moved past the drag threshold since it went down.
bool left_drag_past_threshold();
void cancel_drag_drop();
// A drop target over a rectangle that is no item of its own.
bool begin_drop_target_rect(ImVec2 min, ImVec2 max, ImGuiID id);

// --- Text into a draw list, clipped or ended with "…".
void text_clipped(ImDrawList* draw, ImVec2 min, ImVec2 max, const char* text, ImVec2 text_size, ImVec2 align, ImVec2 clip_min, ImVec2 clip_max);
void text_ellipsis(ImDrawList* draw, ImVec2 min, ImVec2 max, float clip_right, const char* begin, const char* end);

// --- Draw lists.
// Empties a list kept outside a frame for drawing into.
void reset_draw_list(ImDrawList& draw);
// Reserves room for a mesh; returns the index its first vertex gets.
unsigned int reserve_mesh(ImDrawList* draw, int vertex_count, int index_count);
// Writes the mesh reserved last, its indices already counted from that vertex.
void write_mesh(ImDrawList* draw, const ImDrawVert* vertices, int vertex_count, const ImDrawIdx* indices, int index_count);

}  // namespace prio
