#include "io/files/file_stamp.h"

#include <cerrno>

#include <sys/stat.h>

#include "io/files/file_read.h"
#include "io/files/sha256.h"

namespace prio {
namespace {

bool stat_into(const std::string& path, FileStamp& stamp)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return false;
    stamp.size = static_cast<long long>(st.st_size);
    stamp.mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    return true;
}

}  // namespace

FileStamp stamp_written(const std::string& path, std::string_view bytes)
{
    FileStamp stamp;
    stamp.known = stat_into(path, stamp);
    stamp.sha256 = sha256_hex(bytes);
    return stamp;
}

FileStamp stamp_file(const std::string& path)
{
    ReadResult read = read_file(path, std::size_t(64) << 20);
    if (!read.bytes)
        return {};
    return stamp_written(path, *read.bytes);
}

DiskState compare_with_disk(const std::string& path, const FileStamp& stamp)
{
    FileStamp now;
    if (!stat_into(path, now))
        return errno == ENOENT ? DiskState::Missing : DiskState::Ours;  // unreadable: the write will say why
    if (!stamp.known || (now.size == stamp.size && now.mtime_ns == stamp.mtime_ns))
        return DiskState::Ours;
    if (now.size != stamp.size)
        return DiskState::Changed;
    ReadResult read = read_file(path, std::size_t(64) << 20);
    return read.bytes && sha256_hex(*read.bytes) == stamp.sha256 ? DiskState::Ours : DiskState::Changed;
}

}  // namespace prio
