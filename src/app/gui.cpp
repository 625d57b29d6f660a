#include "app/gui.h"

#include <algorithm>
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

#include "app/png.h"
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
    ImGui_ImplOpenGL3_Init("#version 330 core");

    Loaded loaded = load_start_deck(options.file);
    for (const Diagnostic& d : loaded.errors)
        std::fprintf(stderr, "%s\n", format(d).c_str());
    Session& session = loaded.session;
    BoardView view;

    float built_scale = 0.0f;
    int frames_left = kFramesAfterInput;
    int frames_drawn = 0;
    int exit_code = 0;
    while (!glfwWindowShouldClose(window)) {
        if (frames_left > 0)
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(1.0);
        if (g_input) {
            g_input = false;
            frames_left = kFramesAfterInput;
        }
        if (frames_left == 0)
            continue;
        --frames_left;

        float content_scale = 1.0f;
        glfwGetWindowContentScale(window, &content_scale, nullptr);
        float scale = content_scale * view.zoom;
        if (scale != built_scale) {
            view.fonts = build_fonts(*io.Fonts, kBaseFontPixels * scale);
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            apply_style(false, scale);
            built_scale = scale;
        }

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        draw_board(session, view);
        ImGui::Render();
        if (!view.commands.empty())
            apply_commands(session, view, utc_now());

        int width = 0, height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(clear.x, clear.y, clear.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++frames_drawn;

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

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}

}  // namespace prio
