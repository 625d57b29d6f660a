#include "ui/imgui_compat.h"

#include <cstring>
#include <string_view>
#include <vector>

#include <imgui_internal.h>

namespace prio {
namespace {

ImGuiKey imgui_key(NamedKey key)
{
    switch (key) {
    case NamedKey::Escape: return ImGuiKey_Escape;
    case NamedKey::Enter: return ImGuiKey_Enter;
    case NamedKey::KeypadEnter: return ImGuiKey_KeyPadEnter;
    case NamedKey::Tab: return ImGuiKey_Tab;
    case NamedKey::Space: return ImGuiKey_Space;
    case NamedKey::Up: return ImGuiKey_UpArrow;
    case NamedKey::Down: return ImGuiKey_DownArrow;
    case NamedKey::Left: return ImGuiKey_LeftArrow;
    case NamedKey::Right: return ImGuiKey_RightArrow;
    case NamedKey::PageUp: return ImGuiKey_PageUp;
    case NamedKey::PageDown: return ImGuiKey_PageDown;
    }
    return ImGuiKey_Escape;
}

}  // namespace

bool key_number_pressed(int key, bool repeat)
{
    return key >= 0 && key < IM_ARRAYSIZE(ImGuiIO::KeysDown) && ImGui::IsKeyPressed(key, repeat);
}

bool named_key_pressed(NamedKey key, bool repeat)
{
    return key_number_pressed(ImGui::GetKeyIndex(imgui_key(key)), repeat);
}

bool escape_pressed()
{
    return named_key_pressed(NamedKey::Escape, false);
}

bool any_enter_pressed()
{
    return named_key_pressed(NamedKey::Enter, false) || named_key_pressed(NamedKey::KeypadEnter, false);
}

bool any_popup_open()
{
    return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

bool menu_layer_active()
{
    return ImGui::GetCurrentContext()->NavLayer == ImGuiNavLayer_Menu;
}

void keep_alt_for_keys()
{
    ImGui::GetCurrentContext()->NavWindowingToggleLayer = false;
}

float modal_dim_ratio()
{
    return ImGui::GetCurrentContext()->DimBgRatio;
}

float window_content_right()
{
    return ImGui::GetWindowContentRegionMax().x;  // obsolete after 1.90
}

void window_inner_rect(ImVec2& min, ImVec2& max)
{
    const ImRect& inner = ImGui::GetCurrentWindow()->InnerRect;
    min = inner.Min;
    max = inner.Max;
}

void focus_item_on_appearing()
{
    if (ImGui::IsWindowAppearing()) {
        ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
        ImGui::GetCurrentContext()->NavDisableHighlight = false;
    }
}

NavScope::NavScope(bool nav)
{
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, !nav);
}

NavScope::~NavScope()
{
    ImGui::PopItemFlag();
}

ButtonItem button_item(const char* str_id, ImVec2 size, float baseline)
{
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGuiID id = window->GetID(str_id);
    ButtonItem item;
    item.min = window->DC.CursorPos;
    item.max = ImVec2(item.min.x + size.x, item.min.y + size.y);
    ImRect bb(item.min, item.max);
    ImGui::ItemSize(size, baseline);
    item.shown = ImGui::ItemAdd(bb, id);
    if (item.shown)
        item.pressed = ImGui::ButtonBehavior(bb, id, &item.hovered, &item.held);
    item.under_mouse = ImGui::GetCurrentContext()->HoveredId == id;
    return item;
}

ImGuiID last_item_id()
{
    return ImGui::GetItemID();
}

ImGuiID hovered_item_id()
{
    return ImGui::GetCurrentContext()->HoveredId;
}

namespace {

struct RecordedItem {
    ImGuiID id;
    ImVec2 min, max;
};
bool g_recording = false;
std::vector<RecordedItem> g_items;

}  // namespace

void record_items(bool on)
{
    g_recording = on;
    g_items.clear();
}

void forget_recorded_items()
{
    g_items.clear();
}

void note_item()
{
    if (g_recording)
        g_items.push_back(RecordedItem{ImGui::GetItemID(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

bool recorded_item(ImGuiID id, ImVec2& min, ImVec2& max)
{
    for (const RecordedItem& item : g_items)
        if (item.id == id) {
            min = item.min;
            max = item.max;
            return true;
        }
    return false;
}

ImGuiID menu_bar_item_id(const char* window, const char* label)
{
    const ImGuiWindow* w = ImGui::FindWindowByName(window);
    // Dear ImGui 1.86 pushes "##menubar" on the ID stack in BeginMenuBar.
    return w ? ImHashStr(label, 0, ImHashStr("##menubar", 0, w->ID)) : 0;
}

ImGuiID window_item_id(const char* window_part, const char* label)
{
    ImGuiWindow* found = nullptr;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->Active && std::string_view(w->Name).find(window_part) != std::string_view::npos)
            found = w;
    return found ? found->GetID(label) : 0;
}

bool drag_drop_active()
{
    return ImGui::GetCurrentContext()->DragDropActive;
}

bool left_drag_past_threshold()
{
    return ImGui::IsMouseDragPastThreshold(ImGuiMouseButton_Left);
}

void cancel_drag_drop()
{
    ImGui::ClearDragDrop();
}

bool begin_drop_target_rect(ImVec2 min, ImVec2 max, ImGuiID id)
{
    return ImGui::BeginDragDropTargetCustom(ImRect(min, max), id);
}

void text_clipped(ImDrawList* draw, ImVec2 min, ImVec2 max, const char* text, ImVec2 text_size, ImVec2 align, ImVec2 clip_min, ImVec2 clip_max)
{
    ImRect clip(clip_min, clip_max);
    ImGui::RenderTextClippedEx(draw, min, max, text, nullptr, &text_size, align, &clip);
}

void text_ellipsis(ImDrawList* draw, ImVec2 min, ImVec2 max, float clip_right, const char* begin, const char* end)
{
    ImGui::RenderTextEllipsis(draw, min, max, clip_right, clip_right, begin, end, nullptr);
}

void reset_draw_list(ImDrawList& draw)
{
    draw._ResetForNewFrame();
}

unsigned int reserve_mesh(ImDrawList* draw, int vertex_count, int index_count)
{
    // Reserved first: a full draw list may start a new command at index 0.
    draw->PrimReserve(index_count, vertex_count);
    return draw->_VtxCurrentIdx;
}

void write_mesh(ImDrawList* draw, const ImDrawVert* vertices, int vertex_count, const ImDrawIdx* indices, int index_count)
{
    std::memcpy(draw->_VtxWritePtr, vertices, static_cast<std::size_t>(vertex_count) * sizeof(ImDrawVert));
    std::memcpy(draw->_IdxWritePtr, indices, static_cast<std::size_t>(index_count) * sizeof(ImDrawIdx));
    draw->_VtxWritePtr += vertex_count;
    draw->_IdxWritePtr += index_count;
    draw->_VtxCurrentIdx += static_cast<unsigned int>(vertex_count);
}

}  // namespace prio
