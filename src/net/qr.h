#pragma once
// A QR code of the join link, as a grid of modules the window draws.
#include <string>
#include <vector>

namespace prio {

struct QrCode {
    int size = 0;                // modules per side, without the quiet zone
    std::vector<bool> dark;      // size * size, row by row
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// Medium error correction (15%): readable from the back of a room off a
// projector. Empty (size 0) when the text does not fit a QR code.
QrCode make_qr(const std::string& text);

}  // namespace prio
