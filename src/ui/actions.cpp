#include "ui/actions.h"

#include <imgui.h>

namespace prio {
namespace {

constexpr Keys k{};

// Zoom in is "+" (the key "=" and "+" share) and the keypad's "+", Shift or not.
const ActionInfo kActions[] = {
    {Action::New, "menu.new", {{k.n, true}}, "Ctrl+N"},
    {Action::Open, "menu.open", {{k.o, true}}, "Ctrl+O"},
    {Action::Save, "menu.save", {{k.s, true}}, "Ctrl+S"},
    {Action::SaveAs, "menu.save_as", {{k.s, true, true}}, "Ctrl+Shift+S"},
    {Action::Export, "menu.export", {{k.e, true}}, "Ctrl+E"},
    {Action::Quit, "menu.quit", {{k.q, true}}, "Ctrl+Q"},
    {Action::Undo, "menu.undo", {{k.z, true}}, "Ctrl+Z"},
    {Action::Redo, "menu.redo", {{k.y, true}, {k.z, true, true}}, "Ctrl+Y, Ctrl+Shift+Z"},
    {Action::ZoomIn, "menu.zoom_in", {{k.equal, true}, {k.keypad_add, true}}, "Ctrl++"},
    {Action::ZoomOut, "menu.zoom_out", {{k.minus, true}, {k.keypad_subtract, true}}, "Ctrl+-"},
    {Action::ZoomReset, "menu.zoom_reset", {{k.digit0, true}, {k.keypad0, true}}, "Ctrl+0"},
    {Action::FullScreen, "menu.fullscreen", {{k.f11}}, "F11"},
    {Action::Present, "menu.present", {{k.f5}}, "F5"},
    {Action::Help, "menu.keys", {{k.f1}}, "F1"},
};
static_assert(sizeof kActions / sizeof kActions[0] == static_cast<std::size_t>(Action::Count));

bool key_pressed(int key)
{
    return key >= 0 && key < IM_ARRAYSIZE(ImGuiIO::KeysDown) && ImGui::IsKeyPressed(key, false);
}

}  // namespace

const ActionInfo& action_info(Action id) { return kActions[static_cast<std::size_t>(id)]; }

std::string shortcut_label(Action id)
{
    std::string shown = action_info(id).shown;
    return shown.substr(0, shown.find(", "));
}

bool action_pressed(Action id)
{
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyAlt)
        return false;
    bool any_shift = id == Action::ZoomIn || id == Action::ZoomOut || id == Action::ZoomReset;
    for (const Chord& chord : action_info(id).chords) {
        if (chord.key < 0 || chord.ctrl != io.KeyCtrl)
            continue;
        if (!any_shift && chord.shift != io.KeyShift)
            continue;
        if (key_pressed(chord.key))
            return true;
    }
    return false;
}

}  // namespace prio
