#pragma once
// What a file looked like when this program last wrote or read it: size,
// modification time and a 64-bit hash of the bytes. Before an autosave or a save
// replaces the file, the file on disk is compared with it, so the work of
// another program (another machine on a shared folder, a hand edit) is
// never overwritten unseen.
#include <cstdint>
#include <string>
#include <string_view>

namespace prio {

struct FileStamp {
    bool known = false;
    long long size = 0;
    long long mtime_ns = 0;
    std::uint64_t hash = 0;  // content_hash of the bytes
};

// A hash that tells one content from another (not made to resist someone
// who crafts a collision: that would only get their own edit overwritten).
// It runs at memory speed; SHA-256 took a quarter of a second over a
// session at the limits, on every autosave.
std::uint64_t content_hash(std::string_view bytes);

// After writing `bytes` to `path`: their hash, and the file's size and time.
FileStamp stamp_written(const std::string& path, std::string_view bytes);
// The file as it is on disk now (unknown when it cannot be read).
FileStamp stamp_file(const std::string& path);

enum class DiskState { Ours, Missing, Changed };
// Ours: the same size and time, or other times but the same bytes (a touch,
// a copy back). Missing: no file there. Changed: other bytes.
DiskState compare_with_disk(const std::string& path, const FileStamp& stamp);

}  // namespace prio
