#include "io/session/session_recent.h"

#include <algorithm>

#include "io/files/atomic_file.h"

namespace prio {
namespace {

FileFailure store(const std::string& list_file, const std::vector<std::string>& paths)
{
    std::string text;
    for (const std::string& p : paths)
        text += p + "\n";
    std::size_t slash = list_file.rfind('/');
    if (slash != std::string::npos && slash > 0)
        if (FileFailure error = make_folders(list_file.substr(0, slash), 0700); error.failed())
            return error;
    return write_file_atomic(list_file, text, WriteOptions{false, system_file_ops()}).failure;
}

}  // namespace

std::vector<std::string> load_recent(const std::string& list_file)
{
    std::vector<std::string> out;
    ReadResult read = read_file(list_file, 256 << 10);
    if (!read.bytes)
        return out;
    std::size_t start = 0;
    const std::string& text = *read.bytes;
    while (start < text.size() && out.size() < kMaxRecent) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty() && std::find(out.begin(), out.end(), line) == out.end())
            out.push_back(line);
        start = end + 1;
    }
    return out;
}

FileFailure remember_recent(const std::string& list_file, const std::string& session_path)
{
    std::vector<std::string> paths = load_recent(list_file);
    paths.erase(std::remove(paths.begin(), paths.end(), session_path), paths.end());
    paths.insert(paths.begin(), session_path);
    if (paths.size() > kMaxRecent)
        paths.resize(kMaxRecent);
    return store(list_file, paths);
}

FileFailure forget_recent(const std::string& list_file, const std::string& session_path)
{
    std::vector<std::string> paths = load_recent(list_file);
    paths.erase(std::remove(paths.begin(), paths.end(), session_path), paths.end());
    return store(list_file, paths);
}

}  // namespace prio
