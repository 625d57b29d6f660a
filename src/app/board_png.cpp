#include "app/board_png.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <epoxy/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>

#include "app/gl_context.h"
#include "app/png.h"
#include "ui/window_view.h"
#include "ui/fonts.h"
#include "ui/main_window.h"
#include "ui/style.h"

namespace prio {
namespace {

// The window draws text at 18 px at 100%; a picture of 1920x1080 looks like
// the window at that size, and larger pictures scale up rather than show
// more of the same tiny cards.
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

// The picture is opaque, whatever the blending left in alpha.
std::vector<std::uint8_t> read_pixels(int width, int height)
{
    std::vector<std::uint8_t> out = read_rgba(width, height, GL_COLOR_ATTACHMENT0);
    for (std::size_t i = 3; i < out.size(); i += 4)
        out[i] = 255;
    return out;
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
    WindowView view;
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
    std::string error;
    window = create_gl_window(64, 64, false, error);
    return error;
}

void close_hidden_gl(GLFWwindow* window)
{
    if (window)
        glfwDestroyWindow(window);
    glfwTerminate();
}

}  // namespace prio
