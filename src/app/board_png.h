#pragma once
// A picture of the board for minutes and slides: the real draw_main_window view
// rendered into an offscreen framebuffer of the chosen size, whatever the
// window's size, and encoded as PNG.
#include <string>

#include "core/session.h"

struct GLFWwindow;

namespace prio {

struct BoardPicture {
    int width = 1920;
    int height = 1080;
    bool dark = false;
};

struct PictureResult {
    std::string png;    // the file's bytes when it worked
    std::string error;  // else why not (English, the system's words)
};

// The largest side accepted, whatever the GL driver allows beyond it.
inline constexpr int kMaxPictureSide = 8192;

// Draws the board in a Dear ImGui context of its own (fonts built at the
// picture's scale, the display the picture's size), so the window's context,
// fonts and state are left as they were. Needs a current OpenGL 3.3 context.
PictureResult render_board_png(const Session& session, const BoardPicture& picture);

// For the command line, which has no window: an invisible one, only for its
// OpenGL context. Returns "" and sets `window`, or says why there is none
// (no display). close_hidden_gl ends it and GLFW.
std::string open_hidden_gl(GLFWwindow*& window);
void close_hidden_gl(GLFWwindow* window);

}  // namespace prio
