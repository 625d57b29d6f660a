#include "app/gl_context.h"

#include <algorithm>

#include <epoxy/gl.h>
#include <GLFW/glfw3.h>

namespace prio {
namespace {

std::string g_glfw_error;

void on_glfw_error(int, const char* description)
{
    g_glfw_error = description ? description : "unknown error";
}

}  // namespace

GLFWwindow* create_gl_window(int width, int height, bool visible, std::string& error)
{
    g_glfw_error.clear();
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit()) {
        error = g_glfw_error.empty() ? "no display" : g_glfw_error;
        return nullptr;
    }
    if (!visible)
        glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    if (visible)
        glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(width, height, "Prioriteer", nullptr, nullptr);
    if (!window) {
        error = g_glfw_error.empty() ? "no OpenGL 3.3 context" : g_glfw_error;
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(window);
    return window;
}

std::vector<std::uint8_t> read_rgba(int width, int height, unsigned buffer)
{
    const std::size_t row = static_cast<std::size_t>(width) * 4;
    std::vector<std::uint8_t> pixels(row * static_cast<std::size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(buffer);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL rows run bottom to top.
    std::vector<std::uint8_t> out(pixels.size());
    for (int y = 0; y < height; ++y)
        std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y)), row,
                    out.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(height - 1 - y)));
    return out;
}

}  // namespace prio
