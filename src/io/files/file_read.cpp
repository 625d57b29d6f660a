#include "io/files/file_read.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace prio {
namespace {

std::string open_failure(int err)
{
    switch (err) {
    case ENOENT: return "it does not exist";
    case ELOOP: return "its symbolic links form a loop";
    case EACCES: return "permission denied (the file, or a folder on its way, may not be read)";
    case ENOTDIR: return "a part of its path is not a folder";
    case ENAMETOOLONG: return "its name is too long";
    default: return std::strerror(err);
    }
}

std::string not_regular(mode_t mode)
{
    if (S_ISDIR(mode))
        return "it is a directory";
    if (S_ISFIFO(mode))
        return "it is a named pipe (FIFO), not a file";
    if (S_ISSOCK(mode))
        return "it is a socket, not a file";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "it is a device, not a file";
    return "it is not a regular file";
}

ReadResult failure(const std::string& path, std::string why, int err = 0)
{
    ReadResult out;
    out.error = "cannot read " + path + ": " + why;
    out.reason = std::move(why);
    out.error_number = err;
    return out;
}

// `whole`: the file must fit in `max_bytes`; otherwise its start is enough.
ReadResult read_regular(const std::string& path, std::size_t max_bytes, bool whole)
{
    std::string why;
    int err = 0;
    int fd = open_regular(path, why, err);
    if (fd < 0)
        return failure(path, why, err);
    struct stat st {};
    (void)::fstat(fd, &st);
    const auto size = static_cast<std::size_t>(st.st_size);
    if (whole && size > max_bytes) {
        ::close(fd);
        ReadResult out = failure(path, "the file is " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(max_bytes));
        out.too_large = true;
        out.size = size;
        return out;
    }
    std::string bytes(whole ? size : std::min(size, max_bytes), '\0');
    std::size_t got = 0;
    char extra = 0;
    for (;;) {
        // Read one byte past the size seen, to notice a file that grew.
        const bool past = got >= bytes.size();
        if (past && !whole)
            break;
        char* into = past ? &extra : bytes.data() + got;
        ssize_t n = ::read(fd, into, past ? 1 : bytes.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            err = errno;
            ::close(fd);
            return failure(path, std::strerror(err), err);
        }
        if (n == 0)
            break;
        if (past) {
            ::close(fd);
            return failure(path, "the file changed while it was read");
        }
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    bytes.resize(got);
    ReadResult out;
    out.bytes = std::move(bytes);
    return out;
}

}  // namespace

int open_regular(const std::string& path, std::string& reason, int& error_number)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
    // writer, for ever. O_NOCTTY: a terminal device never becomes ours.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        error_number = errno;
        reason = open_failure(error_number);
        // A socket cannot be opened at all (ENXIO): name what it is.
        struct stat st {};
        if (error_number == ENXIO && ::stat(path.c_str(), &st) == 0)
            reason = not_regular(st.st_mode);
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        error_number = 0;
        reason = not_regular(st.st_mode);
        ::close(fd);
        return -1;
    }
    // Back to ordinary reads (for a regular file the flag changes nothing,
    // but a mandatory lock or a network file system may care).
    int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return fd;
}

ReadResult read_file(const std::string& path, std::size_t max_bytes)
{
    return read_regular(path, max_bytes, true);
}

ReadResult read_file_start(const std::string& path, std::size_t max_bytes)
{
    return read_regular(path, max_bytes, false);
}

}  // namespace prio
