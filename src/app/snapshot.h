#pragma once
// Pictures of the real window for tests that sample rendered pixels: with
// --snapshots DIR, each SIGUSR1 makes the next frame write DIR/shot-N.png
// and DIR/shot-N.marks (where named things were drawn: ui/marks.h), the
// PNG last, so a file that exists is complete. Also the marks beside a
// --screenshot.
#include <string>

namespace prio {

struct Window;

// Listens for SIGUSR1 and records marks from now on.
void arm_snapshots(const std::string& dir);
// True when a signal asked for a picture since the last one was written.
bool snapshot_due();
// Writes the frame just rendered (before the swap) and its marks.
bool write_snapshot(const Window& window);
// The marks of the last frame as text: "NAME X0 Y0 X1 Y1" per line.
bool write_marks(const std::string& path);

}  // namespace prio
