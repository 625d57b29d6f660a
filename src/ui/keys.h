#pragma once
// Keys that Dear ImGui 1.86 has no ImGuiKey_ for (digits, function keys),
// as indices into io.KeysDown[]. The defaults are GLFW's key numbers, which
// is what the GLFW backend writes there; GLFW names keys by their place on a
// US keyboard, so "1" is the key labelled 1 on an AZERTY keyboard too.
namespace prio {

struct Keys {
    int digit0 = 48;      // GLFW_KEY_0; 1-9 follow
    int keypad0 = 320;    // GLFW_KEY_KP_0; 1-9 follow
    int equal = 61;       // GLFW_KEY_EQUAL (the "+" key on a US keyboard)
    int minus = 45;       // GLFW_KEY_MINUS
    int keypad_add = 334;       // GLFW_KEY_KP_ADD
    int keypad_subtract = 333;  // GLFW_KEY_KP_SUBTRACT
    int f1 = 290;         // GLFW_KEY_F1
    int f2 = 291;         // GLFW_KEY_F2
    int f5 = 294;         // GLFW_KEY_F5
    int f10 = 299;        // GLFW_KEY_F10
    int f11 = 300;        // GLFW_KEY_F11
    int menu = 348;       // GLFW_KEY_MENU
    int q = 81;           // GLFW_KEY_Q
    int n = 78;           // GLFW_KEY_N
    int o = 79;           // GLFW_KEY_O
    int s = 83;           // GLFW_KEY_S
};

}  // namespace prio
