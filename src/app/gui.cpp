#include "app/gui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include <epoxy/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "app/export_command.h"
#include "app/png.h"
#include "app/state_file.h"
#include "core/session.h"
#include "io/bundled.h"
#include "io/deck_yaml.h"
#include "ui/board_view.h"
#include "ui/fonts.h"
#include "ui/style.h"

namespace prio {
namespace {

constexpr float kBaseFontPixels = 18.0f;
// Frames drawn after the last input, so that ImGui settles hover and
// layout changes before the loop goes back to sleep.
constexpr int kFramesAfterInput = 3;

std::string g_glfw_error;
bool g_input = false;

void on_glfw_error(int, const char* description)
{
    g_glfw_error = description ? description : "unknown error";
}

// Installed before ImGui's own callbacks, which chain to these: any input
// wakes the renderer.
void on_key(GLFWwindow*, int, int, int, int) { g_input = true; }

// Dear ImGui 1.86 reads io.KeysDown once per frame, so a key pressed and
// released between two frames (xdotool, a fast typist, a remote control)
// would never be seen. Key events wait here and are handed over at most one
// change per key per frame.
struct KeyEvent {
    int key, scancode, action, mods;
};
std::vector<KeyEvent> g_keys;

void on_key_queued(GLFWwindow*, int key, int scancode, int action, int mods)
{
    g_keys.push_back(KeyEvent{key, scancode, action, mods});
    g_input = true;
}

// Returns true when events are left for the next frame. A release that
// follows a press waits a frame: xdotool's "ctrl+z" releases Ctrl before Z.
bool feed_keys(GLFWwindow* window)
{
    bool pressed = false;
    std::size_t i = 0;
    for (; i < g_keys.size(); ++i) {
        const KeyEvent& e = g_keys[i];
        if (e.action == GLFW_RELEASE && pressed)
            break;
        if (e.action == GLFW_PRESS)
            pressed = true;
        ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
    }
    g_keys.erase(g_keys.begin(), g_keys.begin() + static_cast<std::ptrdiff_t>(i));
    return !g_keys.empty();
}
void on_char(GLFWwindow*, unsigned int) { g_input = true; }
void on_mouse_button(GLFWwindow*, int, int, int) { g_input = true; }
void on_cursor(GLFWwindow*, double, double) { g_input = true; }
void on_scroll(GLFWwindow*, double, double) { g_input = true; }
void on_size(GLFWwindow*, int, int) { g_input = true; }
void on_focus(GLFWwindow*, int) { g_input = true; }
void on_cursor_enter(GLFWwindow*, int) { g_input = true; }
void on_refresh(GLFWwindow*) { g_input = true; }

struct Loaded {
    Session session;
    std::vector<Diagnostic> errors;
};

Loaded load_start_deck(const std::string& file)
{
    Loaded out;
    DeckLoad load;
    if (file.empty()) {
        const BundledDeck& bundled = bundled_deck();
        load = parse_deck(bundled.text, std::string(bundled.name));
    } else {
        load = load_deck_file(file);
    }
    if (load.deck) {
        out.session = make_session(std::move(*load.deck));
        return out;
    }
    out.errors = load.diagnostics;
    const BundledDeck& bundled = bundled_deck();
    DeckLoad fallback = parse_deck(bundled.text, std::string(bundled.name));
    if (fallback.deck)
        out.session = make_session(std::move(*fallback.deck));
    return out;
}

std::string utc_now()
{
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

bool read_back_buffer(int width, int height, const std::string& path)
{
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL rows run bottom to top.
    std::vector<std::uint8_t> flipped(pixels.size());
    std::size_t row = static_cast<std::size_t>(width) * 4;
    for (int y = 0; y < height; ++y)
        std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y)), row,
                    flipped.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(height - 1 - y)));
    return write_png(path, width, height, flipped);
}

}  // namespace

// The keys the board reads by number are GLFW's.
static_assert(Keys{}.digit0 == GLFW_KEY_0 && Keys{}.keypad0 == GLFW_KEY_KP_0);
static_assert(Keys{}.equal == GLFW_KEY_EQUAL && Keys{}.minus == GLFW_KEY_MINUS);
static_assert(Keys{}.keypad_add == GLFW_KEY_KP_ADD && Keys{}.keypad_subtract == GLFW_KEY_KP_SUBTRACT);
static_assert(Keys{}.f1 == GLFW_KEY_F1 && Keys{}.f2 == GLFW_KEY_F2 && Keys{}.f10 == GLFW_KEY_F10 && Keys{}.f11 == GLFW_KEY_F11);
static_assert(Keys{}.menu == GLFW_KEY_MENU && Keys{}.q == GLFW_KEY_Q);

namespace {

// Where the window was before it went full screen, to return there.
struct Windowed {
    int x = 0, y = 0, width = 0, height = 0;
};

void set_fullscreen(GLFWwindow* window, Windowed& windowed, bool on)
{
    if (on) {
        glfwGetWindowPos(window, &windowed.x, &windowed.y);
        glfwGetWindowSize(window, &windowed.width, &windowed.height);
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (mode)
            glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(window, nullptr, windowed.x, windowed.y, windowed.width, windowed.height, GLFW_DONT_CARE);
    }
}

}  // namespace

int run_gui(const GuiOptions& options)
{
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit()) {
        std::fprintf(stderr, "prioriteer: cannot open a window: %s\n", g_glfw_error.c_str());
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Prioriteer", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "prioriteer: cannot open a window: %s\n", g_glfw_error.c_str());
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    glfwSetKeyCallback(window, on_key);
    glfwSetCharCallback(window, on_char);
    glfwSetMouseButtonCallback(window, on_mouse_button);
    glfwSetCursorPosCallback(window, on_cursor);
    glfwSetScrollCallback(window, on_scroll);
    glfwSetFramebufferSizeCallback(window, on_size);
    glfwSetWindowFocusCallback(window, on_focus);
    glfwSetCursorEnterCallback(window, on_cursor_enter);
    glfwSetWindowRefreshCallback(window, on_refresh);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    glfwSetKeyCallback(window, on_key_queued);  // ImGui's own is called from feed_keys
    ImGui_ImplOpenGL3_Init("#version 330 core");

    Loaded loaded = load_start_deck(options.file);
    for (const Diagnostic& d : loaded.errors)
        std::fprintf(stderr, "%s\n", format(d).c_str());
    Session& session = loaded.session;
    glfwSetWindowTitle(window, ("Prioriteer — " + session.deck.title).c_str());
    BoardView view;
    view.zoom = std::clamp(static_cast<float>(options.zoom) / 100.0f, 1.0f, 3.0f);
    view.dark = options.dark;

    float built_scale = 0.0f;
    bool built_dark = !view.dark;
    bool fullscreen = false;
    Windowed windowed;
    double notice_deadline = 0.0;  // glfw time at which a shown message goes
    int frames_left = kFramesAfterInput;
    int frames_drawn = 0;
    int exit_code = 0;
    while (!glfwWindowShouldClose(window)) {
        // Sleep until something happens; draw a few frames after it.
        if (frames_left > 0) {
            glfwPollEvents();
        } else {
            double timeout = 1.0;
            if (notice_deadline > 0.0)
                timeout = std::clamp(notice_deadline - glfwGetTime(), 0.01, 1.0);
            glfwWaitEventsTimeout(timeout);
        }
        if (g_input) {
            g_input = false;
            frames_left = kFramesAfterInput;
        }
        if (notice_deadline > 0.0 && glfwGetTime() >= notice_deadline) {
            notice_deadline = 0.0;
            frames_left = std::max(frames_left, 1);
        }
        if (frames_left == 0)
            continue;
        --frames_left;

        // Zoom and the screen's content scale re-rasterise the fonts at the
        // new size, between frames, so text stays crisp.
        float content_scale = 1.0f;
        glfwGetWindowContentScale(window, &content_scale, nullptr);
        float scale = content_scale * view.zoom;
        if (scale != built_scale) {
            view.fonts = build_fonts(*io.Fonts, std::round(kBaseFontPixels * scale));
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        if (scale != built_scale || view.dark != built_dark) {
            apply_style(view.dark, scale);
            built_scale = scale;
            built_dark = view.dark;
        }
        if (view.fullscreen != fullscreen) {
            set_fullscreen(window, windowed, view.fullscreen);
            fullscreen = view.fullscreen;
        }

        if (feed_keys(window))
            frames_left = std::max(frames_left, 1);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        draw_board(session, view);
        ImGui::Render();

        int width = 0, height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(clear.x, clear.y, clear.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++frames_drawn;

        // The frame's wishes change the session only now, after drawing.
        std::uint64_t revision = session.revision;
        bool had_notice = !view.notice.text.empty();
        if (!view.commands.empty())
            apply_commands(session, view, utc_now());
        perform_export_requests(session, view, std::string());  // the session has no file yet
        if (session.revision != revision || view.quit || !view.notice.text.empty() != had_notice)
            frames_left = kFramesAfterInput;  // show the result at once
        if (!view.notice.text.empty())
            notice_deadline = glfwGetTime() + std::max(0.0, view.notice.until - ImGui::GetTime()) + 0.05;
        if (view.quit)
            glfwSetWindowShouldClose(window, GLFW_TRUE);

        // The first frames lay out windows; the third shows the settled board.
        if (!options.screenshot.empty() && frames_drawn >= 3) {
            if (!read_back_buffer(width, height, options.screenshot)) {
                std::fprintf(stderr, "prioriteer: cannot write %s\n", options.screenshot.c_str());
                exit_code = 1;
            }
            break;
        }
        if (!options.screenshot.empty())
            frames_left = kFramesAfterInput;
        glfwSwapBuffers(window);
    }

    if (!options.state_out.empty() && !write_board_state(session, options.state_out)) {
        std::fprintf(stderr, "prioriteer: cannot write %s\n", options.state_out.c_str());
        exit_code = 1;
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}

}  // namespace prio
