#pragma once
// Keys that Dear ImGui 1.86 has no ImGuiKey_ for (digits, function keys),
// by their GLFW key numbers, which is what the GLFW backend hands Dear ImGui
// (ui/imgui_compat.cpp reads them). GLFW numbers keys by their place on
// a US keyboard; the window turns a character key's number into the one of
// the character the layout puts on it (layout_key), so Ctrl+Z is the key
// that types "z" on an AZERTY or QWERTZ keyboard too.
namespace prio {

struct Keys {
    int digit0 = 48;      // GLFW_KEY_0; 1-9 follow
    int keypad0 = 320;    // GLFW_KEY_KP_0; 1-9 follow
    int equal = 61;       // GLFW_KEY_EQUAL: "+" and "=" (layout_key)
    int minus = 45;       // GLFW_KEY_MINUS
    int keypad_add = 334;       // GLFW_KEY_KP_ADD
    int keypad_subtract = 333;  // GLFW_KEY_KP_SUBTRACT
    int f1 = 290;         // GLFW_KEY_F1
    int f2 = 291;         // GLFW_KEY_F2
    int f5 = 294;         // GLFW_KEY_F5
    int f10 = 299;        // GLFW_KEY_F10
    int f11 = 300;        // GLFW_KEY_F11
    int menu = 348;       // GLFW_KEY_MENU
    int escape = 256;     // GLFW_KEY_ESCAPE
    int a = 65;           // GLFW_KEY_A
    int b = 66;           // GLFW_KEY_B
    int e = 69;           // GLFW_KEY_E
    int q = 81;           // GLFW_KEY_Q
    int r = 82;           // GLFW_KEY_R
    int n = 78;           // GLFW_KEY_N
    int o = 79;           // GLFW_KEY_O
    int s = 83;           // GLFW_KEY_S
    int t = 84;           // GLFW_KEY_T
    int y = 89;           // GLFW_KEY_Y
    int z = 90;           // GLFW_KEY_Z
};

// The key number a character key should have on the current layout, from
// the characters it types without and with Shift (0 when not ASCII):
//  - a letter or digit without Shift: that letter's or digit's key;
//  - "-" without Shift is the minus key, "=" or "+" the plus key;
//  - otherwise a digit with Shift (AZERTY's top row): that digit's key;
//  - otherwise the key keeps its place-based number.
// GLFW numbers these keys by their ASCII character, which is what makes it
// a plain function.
int layout_key(int key, char32_t base, char32_t shifted);

}  // namespace prio
