#pragma once
// What a file looked like when this program last wrote or read it: size,
// modification time and a SHA-256 of the bytes. Before an autosave or a save
// replaces the file, the file on disk is compared with it, so the work of
// another program (another machine on a shared folder, a hand edit) is
// never overwritten unseen.
#include <string>
#include <string_view>

namespace prio {

struct FileStamp {
    bool known = false;
    long long size = 0;
    long long mtime_ns = 0;
    std::string sha256;
};

// After writing `bytes` to `path`: their hash, and the file's size and time.
FileStamp stamp_written(const std::string& path, std::string_view bytes);
// The file as it is on disk now (unknown when it cannot be read).
FileStamp stamp_file(const std::string& path);

enum class DiskState { Ours, Missing, Changed };
// Ours: the same size and time, or other times but the same bytes (a touch,
// a copy back). Missing: no file there. Changed: other bytes.
DiskState compare_with_disk(const std::string& path, const FileStamp& stamp);

}  // namespace prio
