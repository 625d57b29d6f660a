#include "io/files/file_read.h"

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>


namespace prio {
namespace {

Fault open_fault(int err)
{
    switch (err) {
    case ENOENT: return Fault::Missing;
    case ELOOP: return Fault::LinkLoop;
    case EACCES: return Fault::Denied;
    case ENOTDIR: return Fault::PathNotFolder;
    case ENAMETOOLONG: return Fault::NameTooLong;
    default: return Fault::System;
    }
}

Fault not_regular(mode_t mode)
{
    if (S_ISDIR(mode))
        return Fault::Directory;
    if (S_ISFIFO(mode))
        return Fault::Pipe;
    if (S_ISSOCK(mode))
        return Fault::Socket;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Fault::Device;
    return Fault::NotRegular;
}

ReadResult failure(const std::string& path, Fault fault, int err = 0)
{
    ReadResult out;
    out.failure.fault = fault;
    out.failure.path = path;
    out.failure.error_number = err;
    return out;
}

// `whole`: the file must fit in `max_bytes`; otherwise its start is enough.
ReadResult read_regular(const std::string& path, std::size_t max_bytes, bool whole)
{
    ReadResult refused;
    int fd = open_regular(path, refused.failure);
    if (fd < 0)
        return refused;
    struct stat st {};
    (void)::fstat(fd, &st);
    const auto size = static_cast<std::size_t>(st.st_size);
    if (whole && size > max_bytes) {
        ::close(fd);
        ReadResult out = failure(path, Fault::TooLarge);
        out.failure.size = size;
        out.failure.limit = max_bytes;
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
            int err = errno;
            ::close(fd);
            return failure(path, Fault::System, err);
        }
        if (n == 0)
            break;
        if (past) {
            ::close(fd);
            return failure(path, Fault::Changed);
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

int open_regular(const std::string& path, FileFailure& failure)
{
    failure = FileFailure{};
    failure.path = path;
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
    // writer, for ever. O_NOCTTY: a terminal device never becomes ours.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        failure.error_number = errno;
        failure.fault = open_fault(failure.error_number);
        // A socket cannot be opened at all (ENXIO): name what it is.
        struct stat st {};
        if (failure.error_number == ENXIO && ::stat(path.c_str(), &st) == 0)
            failure.fault = not_regular(st.st_mode);
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        failure.fault = not_regular(st.st_mode);
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
