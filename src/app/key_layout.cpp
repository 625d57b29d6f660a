#include "app/key_layout.h"

#include <map>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <X11/XKBlib.h>

// From glfw3native.h, which would also want the XRandR headers.
extern "C" Display* glfwGetX11Display(void);

#include "ui/keys.h"

namespace prio {
namespace {

// Keys held down, by scancode, with the number their press was given.
std::map<int, int> g_held;

// Keysyms of ASCII characters are the characters themselves.
char32_t ascii(KeySym sym) { return sym >= 0x20 && sym < 0x7f ? static_cast<char32_t>(sym) : 0; }

bool character_key(int key)
{
    return key >= GLFW_KEY_SPACE && key <= GLFW_KEY_WORLD_2;  // not keypad, function or modifier keys
}

int from_layout(int key, int scancode)
{
    Display* display = glfwGetX11Display();
    if (!display || scancode <= 0 || scancode > 255)
        return key;
    XkbStateRec state{};
    if (XkbGetState(display, XkbUseCoreKbd, &state) != Success)
        return key;
    auto code = static_cast<KeyCode>(scancode);
    char32_t base = ascii(XkbKeycodeToKeysym(display, code, state.group, 0));
    char32_t shifted = ascii(XkbKeycodeToKeysym(display, code, state.group, 1));
    return layout_key(key, base, shifted);
}

}  // namespace

int key_for_layout(int key, int scancode, int action)
{
    if (!character_key(key))
        return key;
    if (action == GLFW_PRESS) {
        int mapped = from_layout(key, scancode);
        g_held[scancode] = mapped;
        return mapped;
    }
    auto it = g_held.find(scancode);
    if (it == g_held.end())
        return from_layout(key, scancode);
    int mapped = it->second;
    if (action == GLFW_RELEASE)
        g_held.erase(it);
    return mapped;
}

}  // namespace prio
