#pragma once
// The GLFW window with its OpenGL 3.3 context and Dear ImGui on it: input
// callbacks that wake the loop, the key queue, fonts and style that follow
// the zoom, full screen, and reading the back buffer for screenshots.
#include <string>
#include <vector>

struct GLFWwindow;

namespace prio {

struct WindowView;

struct Window {
    GLFWwindow* glfw = nullptr;
    std::string title;
    // Where the window was before it went full screen, to return there.
    int x = 0, y = 0, width = 0, height = 0;
    bool fullscreen = false;
    float built_scale = 0.0f;  // the fonts were rasterised for this scale
    bool built_dark = false;
    bool built_presenting = false;  // the fonts have presentation mode's heading
    // The session's characters beyond the base ranges (extra_characters):
    // wanted, and those the atlas was built with.
    std::vector<unsigned short> wanted_characters, built_characters;
};

// Opens the window and sets up Dear ImGui. Returns an empty string or why
// it failed (no display, no OpenGL 3.3).
std::string open_window(Window& window, int width, int height);
void close_window(Window& window);

// Sleeps until input arrives or `timeout` seconds pass.
void wait_for_input(double timeout);
void poll_input();
// Wakes wait_for_input from any thread (the phone server's).
void wake_window();
// True once after any input (mouse, keys, resize, focus, expose).
bool take_input();
// True when the user asked to close the window (its close button).
bool close_requested(const Window& window);
void cancel_close(Window& window);

void set_title(Window& window, const std::string& title);

// Before a frame: fonts and style for the view's zoom and theme, full screen
// as the view wants it, and queued keys handed to ImGui. Returns true when
// keys are left over for the next frame.
bool begin_frame(Window& window, WindowView& view);
// After the frame is drawn: clears and renders ImGui's draw data. Does not swap.
void render_frame(Window& window);
void swap(Window& window);

// Writes what was just rendered as a PNG (llvmpipe cannot read the front buffer).
bool write_back_buffer(const Window& window, const std::string& path);

// Seconds since the window opened (GLFW's monotonic clock).
double window_time();

}  // namespace prio
