#pragma once
// The OpenGL set-up that the window and the hidden picture renderer share:
// GLFW with an OpenGL 3.3 core context, and reading rendered pixels back.
#include <cstdint>
#include <string>
#include <vector>

struct GLFWwindow;

namespace prio {

// Initialises GLFW and creates a window whose OpenGL 3.3 core context is
// made current; `visible` false for one that is never shown. On failure:
// nullptr, GLFW terminated, and `error` as GLFW worded it ("no display" or
// "no OpenGL 3.3 context" when it said nothing).
GLFWwindow* create_gl_window(int width, int height, bool visible, std::string& error);

// The RGBA pixels of `buffer` in the current context (GL_BACK, or a
// framebuffer's GL_COLOR_ATTACHMENT0), top row first as in a PNG.
std::vector<std::uint8_t> read_rgba(int width, int height, unsigned buffer);

}  // namespace prio
