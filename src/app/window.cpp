#include "app/window.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <epoxy/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "app/gl_context.h"
#include "app/key_layout.h"
#include "app/png.h"
#include "ui/window_view.h"
#include "ui/fonts.h"
#include "ui/style.h"

namespace prio {

// The keys the board reads by number are GLFW's.
static_assert(Keys{}.digit0 == GLFW_KEY_0 && Keys{}.keypad0 == GLFW_KEY_KP_0);
static_assert(Keys{}.equal == GLFW_KEY_EQUAL && Keys{}.minus == GLFW_KEY_MINUS);
static_assert(Keys{}.keypad_add == GLFW_KEY_KP_ADD && Keys{}.keypad_subtract == GLFW_KEY_KP_SUBTRACT);
static_assert(Keys{}.f1 == GLFW_KEY_F1 && Keys{}.f2 == GLFW_KEY_F2 && Keys{}.f10 == GLFW_KEY_F10 && Keys{}.f11 == GLFW_KEY_F11);
static_assert(Keys{}.menu == GLFW_KEY_MENU && Keys{}.q == GLFW_KEY_Q && Keys{}.e == GLFW_KEY_E);
static_assert(Keys{}.y == GLFW_KEY_Y && Keys{}.z == GLFW_KEY_Z && GLFW_KEY_A == 'A' && GLFW_KEY_0 == '0');
static_assert(Keys{}.f5 == GLFW_KEY_F5);
static_assert(Keys{}.n == GLFW_KEY_N && Keys{}.o == GLFW_KEY_O && Keys{}.s == GLFW_KEY_S);

namespace {

bool g_input = false;

// Dear ImGui 1.86 reads io.KeysDown once per frame, so a key pressed and
// released between two frames (xdotool, a fast typist, a remote control)
// would never be seen. Key and character events wait here, in the order they
// came (Dear ImGui's text field takes a frame's characters before its keys,
// so a character must not share a frame with a key pressed before it), so
// fast typing and Ctrl+Z keep their order.
struct KeyEvent {
    int key, scancode, action, mods;
    unsigned int character;  // for a typed character (key is then -1)
};
std::vector<KeyEvent> g_keys;

void on_key_queued(GLFWwindow*, int key, int scancode, int action, int mods)
{
    g_keys.push_back(KeyEvent{key_for_layout(key, scancode, action), scancode, action, mods, 0});
    g_input = true;
}

void on_char_queued(GLFWwindow*, unsigned int character)
{
    g_keys.push_back(KeyEvent{-1, 0, 0, 0, character});
    g_input = true;
}

// A key that types a character and nothing else (no Ctrl, Alt or Super):
// its character carries what it does, so Dear ImGui need not see it held
// and it ends no frame. Space is one only in a text field: elsewhere it
// presses buttons.
bool typing_key(const KeyEvent& e, bool text_field)
{
    bool character = e.key >= (text_field ? GLFW_KEY_SPACE : GLFW_KEY_SPACE + 1) && e.key <= GLFW_KEY_WORLD_2;
    return character && (e.mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) == 0;
}

bool modifier_key(const KeyEvent& e) { return e.key >= GLFW_KEY_LEFT_SHIFT && e.key <= GLFW_KEY_RIGHT_SUPER; }

// Returns true when events are left for the next frame. A key that acts by
// itself (Ctrl+Z, Backspace, an arrow) has a frame of its own: it is held
// down for Dear ImGui to see until the next frame (xdotool's "ctrl+z"
// releases Ctrl before Z), and neither what came before it nor what comes
// after shares its frame. Typed characters share a frame only while a text
// field has the keyboard; on the board each is a command (a digit) of its own.
bool feed_keys(GLFWwindow* window)
{
    bool text_field = ImGui::GetIO().WantTextInput;
    bool command = false;  // a key that acts by itself was pressed in this frame
    bool typed = false;    // a character was handed over in this frame
    // Tab moves the keyboard to the next field only in the frame after its
    // press, and a character handed over in that frame is lost: characters
    // wait one frame more after a Tab.
    static bool after_tab = false;
    const bool hold_characters = after_tab;
    after_tab = false;
    std::vector<int> changed;
    std::size_t i = 0;
    for (; i < g_keys.size(); ++i) {
        const KeyEvent& e = g_keys[i];
        if (e.key < 0 && e.character != 0) {
            if (command || hold_characters || (typed && !text_field))
                break;
            ImGui_ImplGlfw_CharCallback(window, e.character);
            typed = true;
            continue;
        }
        if (command && !(e.action == GLFW_RELEASE && typing_key(e, text_field)))
            break;
        // At most one change per key and frame, or Dear ImGui misses a press.
        if (!typing_key(e, text_field) && std::find(changed.begin(), changed.end(), e.key) != changed.end())
            break;
        changed.push_back(e.key);
        if (e.action != GLFW_RELEASE && !typing_key(e, text_field)) {
            if (typed)
                break;  // not even Ctrl: the board reads a digit typed with Ctrl held as no digit
            command = command || !modifier_key(e);
        }
        after_tab = after_tab || (e.key == GLFW_KEY_TAB && e.action != GLFW_RELEASE);
        ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
    }
    g_keys.erase(g_keys.begin(), g_keys.begin() + static_cast<std::ptrdiff_t>(i));
    return !g_keys.empty();
}

// Installed before ImGui's own callbacks, which chain to these: any input
// wakes the renderer.
void on_key(GLFWwindow*, int, int, int, int) { g_input = true; }
void on_char(GLFWwindow*, unsigned int) { g_input = true; }
void on_mouse_button(GLFWwindow*, int, int, int) { g_input = true; }
void on_cursor(GLFWwindow*, double, double) { g_input = true; }
void on_scroll(GLFWwindow*, double, double) { g_input = true; }
void on_size(GLFWwindow*, int, int) { g_input = true; }
void on_focus(GLFWwindow*, int) { g_input = true; }
void on_cursor_enter(GLFWwindow*, int) { g_input = true; }
void on_refresh(GLFWwindow*) { g_input = true; }
void on_close(GLFWwindow*) { g_input = true; }

void apply_fullscreen(Window& w, bool on)
{
    if (on) {
        glfwGetWindowPos(w.glfw, &w.x, &w.y);
        glfwGetWindowSize(w.glfw, &w.width, &w.height);
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (mode)
            glfwSetWindowMonitor(w.glfw, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(w.glfw, nullptr, w.x, w.y, w.width, w.height, GLFW_DONT_CARE);
    }
    w.fullscreen = on;
}

}  // namespace

std::string open_window(Window& w, int width, int height)
{
    std::string error;
    w.glfw = create_gl_window(width, height, true, error);
    if (!w.glfw)
        return error;
    w.title = "Prioriteer";
    glfwSwapInterval(1);

    glfwSetKeyCallback(w.glfw, on_key);
    glfwSetCharCallback(w.glfw, on_char);
    glfwSetMouseButtonCallback(w.glfw, on_mouse_button);
    glfwSetCursorPosCallback(w.glfw, on_cursor);
    glfwSetScrollCallback(w.glfw, on_scroll);
    glfwSetFramebufferSizeCallback(w.glfw, on_size);
    glfwSetWindowFocusCallback(w.glfw, on_focus);
    glfwSetCursorEnterCallback(w.glfw, on_cursor_enter);
    glfwSetWindowRefreshCallback(w.glfw, on_refresh);
    glfwSetWindowCloseCallback(w.glfw, on_close);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(w.glfw, true);
    glfwSetKeyCallback(w.glfw, on_key_queued);  // ImGui's own are called from feed_keys
    glfwSetCharCallback(w.glfw, on_char_queued);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    return {};
}

void close_window(Window& w)
{
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(w.glfw);
    glfwTerminate();
    w.glfw = nullptr;
}

void wait_for_input(double timeout) { glfwWaitEventsTimeout(std::max(0.0, timeout)); }
void poll_input() { glfwPollEvents(); }
void wake_window() { glfwPostEmptyEvent(); }

bool take_input()
{
    bool input = g_input;
    g_input = false;
    return input;
}

bool close_requested(const Window& w) { return glfwWindowShouldClose(w.glfw); }
void cancel_close(Window& w) { glfwSetWindowShouldClose(w.glfw, GLFW_FALSE); }

void set_title(Window& w, const std::string& title)
{
    if (title == w.title)
        return;
    w.title = title;
    glfwSetWindowTitle(w.glfw, title.c_str());
}

bool begin_frame(Window& w, WindowView& view)
{
    // Zoom and the screen's content scale re-rasterise the fonts at the
    // new size, between frames, so text stays crisp.
    float content_scale = 1.0f;
    glfwGetWindowContentScale(w.glfw, &content_scale, nullptr);
    float scale = content_scale * view.zoom;
    // Presenting, the board's layout chose the font size for the whole screen.
    if (view.presenting && view.present_font > 0.0f)
        scale = view.present_font / kBaseFontPixels;
    bool new_mode = view.presenting != w.built_presenting;
    if (scale != w.built_scale || new_mode || w.wanted_characters != w.built_characters) {
        view.fonts = build_fonts(*ImGui::GetIO().Fonts, std::round(kBaseFontPixels * scale), view.presenting ? kPresentHeading : 1.35f,
                                 w.wanted_characters);
        w.built_characters = w.wanted_characters;
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    if (scale != w.built_scale || view.dark != w.built_dark || new_mode) {
        apply_style(view.dark, scale, view.presenting);
        w.built_scale = scale;
        w.built_dark = view.dark;
        w.built_presenting = view.presenting;
    }
    bool fullscreen = view.fullscreen || view.presenting;
    if (fullscreen != w.fullscreen)
        apply_fullscreen(w, fullscreen);

    bool keys_left = feed_keys(w.glfw);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    return keys_left;
}

void render_frame(Window& w)
{
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(w.glfw, &width, &height);
    glViewport(0, 0, width, height);
    ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void swap(Window& w) { glfwSwapBuffers(w.glfw); }

bool write_back_buffer(const Window& w, const std::string& path)
{
    int width = 0, height = 0;
    glfwGetFramebufferSize(w.glfw, &width, &height);
    return write_png(path, width, height, read_rgba(width, height, GL_BACK));
}

double window_time() { return glfwGetTime(); }

}  // namespace prio
