#pragma once
// Shortcuts by character: the key numbers GLFW gives are places on a US
// keyboard, so a character key's number is replaced by the one of the
// character the current keyboard layout types with it (ui/keys.h:
// layout_key). The layout is read from the X server at each press, so a
// layout switched while the program runs is followed at once.
namespace prio {

// The key number for a GLFW key event; a release gets the number its press had.
int key_for_layout(int key, int scancode, int action);

}  // namespace prio
