#include "app/snapshot.h"

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "app/window.h"
#include "ui/marks.h"

namespace prio {
namespace {

volatile std::sig_atomic_t g_asked = 0;
std::string g_dir;
int g_written = 0;

void on_signal(int) { g_asked = 1; }

}  // namespace

void arm_snapshots(const std::string& dir)
{
    g_dir = dir;
    enable_marks(true);
    std::signal(SIGUSR1, on_signal);
}

bool snapshot_due() { return !g_dir.empty() && g_asked != 0; }

bool write_marks(const std::string& path)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (const Mark& m : marks())
        out << m.name << ' ' << m.min.x << ' ' << m.min.y << ' ' << m.max.x << ' ' << m.max.y << '\n';
    return static_cast<bool>(out);
}

bool write_snapshot(const Window& window)
{
    g_asked = 0;
    std::string base = (std::filesystem::path(g_dir) / ("shot-" + std::to_string(++g_written))).string();
    bool ok = write_marks(base + ".marks") && write_back_buffer(window, base + ".png.part");
    std::error_code error;
    std::filesystem::rename(base + ".png.part", base + ".png", error);
    return ok && !error;
}

}  // namespace prio
