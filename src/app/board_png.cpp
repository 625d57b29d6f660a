#include "app/board_png.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <epoxy/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>

#include "app/png.h"
#include "ui/board_view.h"
#include "ui/fonts.h"
#include "ui/main_window.h"
#include "ui/style.h"

namespace prio {
namespace {

// The window draws text at 18 px at 100%; a picture of 1920x1080 looks like
// the window at that size, and larger pictures scale up rather than show
// more of the same tiny cards.
constexpr float kBaseFontPixels = 18.0f;
constexpr float kReferenceWidth = 1920.0f;
constexpr float kReferenceHeight = 1080.0f;
// The board settles its layout over the first frames (window sizes, card
// heights); the third is the one the window would show.
constexpr int kFrames = 3;

float picture_scale(const BoardPicture& picture)
{
    float scale = std::min(static_cast<float>(picture.width) / kReferenceWidth,
                           static_cast<float>(picture.height) / kReferenceHeight);
    return std::clamp(scale, 0.5f, 4.0f);
}

// An offscreen colour buffer, bound while it lives; what was bound before
// is bound again after.
struct Framebuffer {
    GLuint fbo = 0, colour = 0;
    GLint previous = 0;
    GLint viewport[4] = {};
    bool ok = false;

    Framebuffer(int width, int height)
    {
        glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
        glGetIntegerv(GL_VIEWPORT, viewport);
        glGenFramebuffers(1, &fbo);
        glGenRenderbuffers(1, &colour);
        glBindRenderbuffer(GL_RENDERBUFFER, colour);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
        ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    }
    ~Framebuffer()
    {
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
        glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
        glDeleteRenderbuffers(1, &colour);
        glDeleteFramebuffers(1, &fbo);
    }
    Framebuffer(const Framebuffer&) = delete;
    Framebuffer& operator=(const Framebuffer&) = delete;
};

std::vector<std::uint8_t> read_pixels(int width, int height)
{
    std::size_t row = static_cast<std::size_t>(width) * 4;
    std::vector<std::uint8_t> pixels(row * static_cast<std::size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL rows run bottom to top; the picture is opaque whatever the blending left in alpha.
    std::vector<std::uint8_t> out(pixels.size());
    for (int y = 0; y < height; ++y)
        std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y)), row,
                    out.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(height - 1 - y)));
    for (std::size_t i = 3; i < out.size(); i += 4)
        out[i] = 255;
    return out;
}

std::string g_glfw_error;

void on_glfw_error(int, const char* description)
{
    g_glfw_error = description ? description : "unknown error";
}

}  // namespace

PictureResult render_board_png(const Session& session, const BoardPicture& picture)
{
    const int width = picture.width, height = picture.height;
    GLint max_size = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
    int limit = std::min(kMaxPictureSide, static_cast<int>(max_size));
    if (width < 1 || height < 1 || width > limit || height > limit)
        return {{}, "the size " + std::to_string(width) + "x" + std::to_string(height) + " is not between 1 and " +
                        std::to_string(limit) + " pixels a side"};

    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui_ImplOpenGL3_Init("#version 330 core");

    float scale = picture_scale(picture);
    BoardView view;
    view.picture = true;
    view.dark = picture.dark;
    view.fonts = build_fonts(*io.Fonts, std::round(kBaseFontPixels * scale), 1.35f, extra_characters(session));
    apply_style(picture.dark, scale);

    PictureResult result;
    {
        Framebuffer target(width, height);
        if (!target.ok) {
            result.error = "the graphics driver has no offscreen framebuffer of that size";
        } else {
            for (int frame = 0; frame < kFrames; ++frame) {
                ImGui_ImplOpenGL3_NewFrame();
                ImGui::NewFrame();
                draw_main_window(session, view);
                ImGui::Render();
                glViewport(0, 0, width, height);
                ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
                glClearColor(clear.x, clear.y, clear.z, 1.0f);
                glClear(GL_COLOR_BUFFER_BIT);
                ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
            }
            result.png = encode_png(width, height, read_pixels(width, height));
            if (result.png.empty())
                result.error = "the PNG could not be encoded";
        }
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(context);
    ImGui::SetCurrentContext(previous);
    return result;
}

std::string open_hidden_gl(GLFWwindow*& window)
{
    window = nullptr;
    g_glfw_error.clear();
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit())
        return g_glfw_error.empty() ? "no display" : g_glfw_error;
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    window = glfwCreateWindow(64, 64, "Prioriteer", nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return g_glfw_error.empty() ? "no OpenGL 3.3 context" : g_glfw_error;
    }
    glfwMakeContextCurrent(window);
    return {};
}

void close_hidden_gl(GLFWwindow* window)
{
    if (window)
        glfwDestroyWindow(window);
    glfwTerminate();
}

}  // namespace prio
