#include "io/export_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace prio {
namespace {

std::string folder_of(const std::string& path)
{
    std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_of(const std::string& path)
{
    std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool exists(const std::string& path)
{
    struct stat st;
    return lstat(path.c_str(), &st) == 0;
}

// Gives the finished temporary file the target's name without replacing a
// file that appeared meanwhile: a hard link fails if the name is taken.
// Folders that have no hard links (FAT on a USB stick) get renameat2's
// no-replace flag, and failing that a check just before the rename.
int place_without_replacing(const std::string& from, const std::string& to)
{
    if (link(from.c_str(), to.c_str()) == 0) {
        unlink(from.c_str());
        return 0;
    }
    if (errno == EEXIST)
        return EEXIST;
    if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno == EEXIST)
        return EEXIST;
    if (exists(to))
        return EEXIST;
    return rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

}  // namespace

WriteOutcome write_export_file(const std::string& path, std::string_view bytes, bool force, WriteFn write_fn)
{
    if (!write_fn)
        write_fn = [](int fd, const void* data, std::size_t size) { return ::write(fd, data, size); };
    std::string folder = folder_of(path);
    struct stat st;
    if (stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return {WriteStatus::NoFolder, std::strerror(ENOENT)};
    if (!force && exists(path))
        return {WriteStatus::Exists, std::strerror(EEXIST)};

    std::string temp = folder + "/." + base_of(path) + ".tmp-XXXXXX";
    int fd = mkstemp(temp.data());
    if (fd < 0)
        return {WriteStatus::Failed, std::strerror(errno)};
    auto fail = [&](int error) {
        if (fd >= 0)
            close(fd);
        unlink(temp.c_str());
        return WriteOutcome{error == EEXIST ? WriteStatus::Exists : WriteStatus::Failed, std::strerror(error)};
    };
    // mkstemp makes the file private; an exported document is for sharing.
    if (fchmod(fd, 0644) != 0)
        return fail(errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = write_fn(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(n < 0 ? errno : EIO);
        done += static_cast<std::size_t>(n);
    }
    if (fsync(fd) != 0)
        return fail(errno);
    int closed = close(fd);
    fd = -1;
    if (closed != 0)
        return fail(errno);

    if (force) {
        if (rename(temp.c_str(), path.c_str()) != 0)
            return fail(errno);
    } else if (int error = place_without_replacing(temp, path)) {
        return fail(error);
    }
    // The new name must survive a power cut too.
    int dir = open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        fsync(dir);
        close(dir);
    }
    return {};
}

}  // namespace prio
