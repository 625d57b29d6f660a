#include "io/files/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace prio {
namespace {

FileFailure failure(FileStep step, Fault fault, const std::string& path, int err = 0, std::string other = {})
{
    FileFailure f;
    f.fault = fault;
    f.step = step;
    f.path = path;
    f.other = std::move(other);
    f.error_number = err;
    return f;
}

FileFailure system_failure(FileStep step, const std::string& path, int err, std::string other = {})
{
    return failure(step, Fault::System, path, err, std::move(other));
}

struct Where {
    std::string folder;
    std::string name;
};

Where split(const std::string& path)
{
    std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return {".", path};
    return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

std::string random_suffix()
{
    static std::mt19937_64 engine{std::random_device{}()};
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string out(8, 'x');
    for (char& c : out)
        c = alphabet[engine() % (sizeof alphabet - 1)];
    return out;
}

// A symbolic link is written through, so the link stays a link.
std::string resolve(const std::string& path)
{
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode))
        return path;
    std::error_code ec;
    std::filesystem::path target = std::filesystem::canonical(path, ec);
    return ec ? path : target.string();
}

// Creates a new file beside `path` with a name nobody uses; the umask
// applies to its mode as to any new file. Returns -1 with errno set.
int create_temp(const std::string& path, std::string& temp)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        temp = temp_prefix(path) + random_suffix();
        int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

bool write_all(const FileOps& ops, int fd, std::string_view bytes, int& err)
{
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = ops.write(fd, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // A write that makes no progress without an error: treat it as
            // a full disk rather than loop forever.
            err = n < 0 ? errno : ENOSPC;
            return false;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

bool link_unsupported(int err)
{
    return err == EPERM || err == EXDEV || err == ENOTSUP || err == EOPNOTSUPP || err == EMLINK || err == ENOSYS;
}

// Creates a temporary file beside `path` holding `bytes`, synced and closed.
// On failure nothing is left behind and `error` says which step failed, for
// the file `named` (the one the user asked for).
bool write_temp(const std::string& path, const std::string& named, std::string_view bytes, const FileOps& ops, std::string& temp,
                FileFailure& error)
{
    int fd = create_temp(path, temp);
    if (fd < 0) {
        int err = errno;
        std::string folder = split(path).folder;
        struct stat st {};
        if (err == ENOENT && ::stat(folder.c_str(), &st) != 0)
            error = failure(FileStep::Create, Fault::NoFolder, named, err, folder);
        else if (err == ENOTDIR)
            error = failure(FileStep::Create, Fault::PathNotFolder, named, err, folder);
        else
            error = system_failure(FileStep::Create, named, err, folder);
        return false;
    }
    // A new version keeps the permissions the user gave the old one.
    struct stat old {};
    if (::stat(path.c_str(), &old) == 0)
        (void)::fchmod(fd, old.st_mode & 07777);

    int err = 0;
    if (!write_all(ops, fd, bytes, err)) {
        ops.close(fd);
        ::unlink(temp.c_str());
        error = system_failure(FileStep::Write, named, err);
        return false;
    }
    if (ops.fsync(fd) != 0) {
        err = errno;
        ops.close(fd);
        ::unlink(temp.c_str());
        error = system_failure(FileStep::Flush, named, err);
        return false;
    }
    if (ops.close(fd) != 0) {
        err = errno;
        ::unlink(temp.c_str());
        error = system_failure(FileStep::Close, named, err);
        return false;
    }
    return true;
}

// A second name for what `path` holds now, beside the backup's final name:
// a hard link when the file system has them (no copy, no space), else a
// safely written copy. It becomes the backup only after the new version is
// in place, so a failed save leaves the old backup as it was.
bool stage_backup(const std::string& path, const std::string& backup, const FileOps& ops, std::string& staged, FileFailure& error)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        staged = temp_prefix(backup) + random_suffix();
        if (::link(path.c_str(), staged.c_str()) == 0)
            return true;
        if (errno == EEXIST)
            continue;
        if (!link_unsupported(errno)) {
            error = system_failure(FileStep::KeepBackup, path, errno, backup);
            return false;
        }
        ReadResult old = read_file(path, std::size_t(1) << 30);
        if (!old.bytes) {
            error = old.failure;
            return false;
        }
        return write_temp(backup, backup, *old.bytes, ops, staged, error);
    }
    error = system_failure(FileStep::KeepBackup, path, EEXIST, backup);
    return false;
}

// Saved, but the backup could not be kept: a warning about `requested`
// that keeps the reason the backup's own step gave.
FileFailure backup_warning(const std::string& requested, const std::string& backup, FileFailure cause)
{
    cause.step = FileStep::KeepBackup;
    cause.path = requested;
    cause.other = backup;
    return cause;
}

// The renames are only durable once the folder itself is on disk.
WriteResult finish(const std::string& requested, const std::string& folder, const FileOps& ops, WriteResult result)
{
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if ((dir < 0 || (ops.fsync(dir) != 0 && errno != EINVAL)) && !result.warning)
        result.warning = system_failure(FileStep::SyncFolder, requested, errno, folder);
    if (dir >= 0)
        ::close(dir);
    return result;
}

// Gives the finished temporary file the target's name only while that name
// is free: a hard link fails when the name is taken, whatever appeared there
// meanwhile. File systems without hard links (FAT on a USB stick) get
// renameat2's no-replace flag, and failing that a check just before the
// rename, the best they allow. Returns 0 or an errno (EEXIST: taken).
int place_without_replacing(const FileOps& ops, const std::string& from, const std::string& to)
{
    if (::link(from.c_str(), to.c_str()) == 0) {
        ::unlink(from.c_str());
        return 0;
    }
    if (!link_unsupported(errno))
        return errno;
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    struct stat st {};
    if (::lstat(to.c_str(), &st) == 0)
        return EEXIST;
    return ops.rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

}  // namespace

FileOps system_file_ops()
{
    return FileOps{
        [](int fd, const void* data, std::size_t size) { return ::write(fd, data, size); },
        [](int fd) { return ::fsync(fd); },
        [](int fd) { return ::close(fd); },
        [](const char* from, const char* to) { return ::rename(from, to); },
    };
}

std::string backup_path(const std::string& path)
{
    return path + "~";
}

std::string temp_prefix(const std::string& path)
{
    Where where = split(path);
    return (where.folder == "/" ? std::string("/") : where.folder + "/") + "." + where.name + ".tmp-";
}

WriteResult write_file_atomic(const std::string& requested, std::string_view bytes, const WriteOptions& options)
{
    const FileOps& ops = options.ops;
    const std::string path = resolve(requested);
    const std::string folder = split(path).folder;
    auto fail = [&](FileFailure why) { return WriteResult{false, std::move(why), {}}; };

    std::string name = split(path).name;
    if (name.empty() || name == "." || name == "..")
        return fail(failure(FileStep::Save, Fault::NotFileName, requested));
    struct stat old {};
    bool exists = ::stat(path.c_str(), &old) == 0;
    // A dangling link, or anything else by that name, also takes the name.
    if (!options.replace && (exists || ::lstat(path.c_str(), &old) == 0))
        return fail(failure(FileStep::Save, Fault::Exists, requested, EEXIST));
    if (exists && !S_ISREG(old.st_mode))
        return fail(failure(FileStep::Save, Fault::NotRegular, requested));

    std::string temp;
    FileFailure error;
    if (!write_temp(path, requested, bytes, ops, temp, error))
        return fail(std::move(error));

    if (!options.replace) {
        if (int err = place_without_replacing(ops, temp, path)) {
            ::unlink(temp.c_str());
            if (err == EEXIST)
                return fail(failure(FileStep::Save, Fault::Exists, requested, err));
            return fail(system_failure(FileStep::Name, requested, err));
        }
        return finish(requested, folder, ops, WriteResult{true, {}, {}});
    }

    WriteResult result{true, {}, {}};
    const std::string backup = backup_path(path);
    std::string staged;
    if (options.keep_backup && exists && !stage_backup(path, backup, ops, staged, error)) {
        // The new version matters more than the one before it: save anyway.
        result.warning = backup_warning(requested, backup, std::move(error));
        staged.clear();
    }

    if (ops.rename(temp.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        if (!staged.empty())
            ::unlink(staged.c_str());
        return fail(system_failure(FileStep::Replace, requested, err));
    }
    if (!staged.empty() && ::rename(staged.c_str(), backup.c_str()) != 0) {
        result.warning = system_failure(FileStep::KeepBackup, requested, errno, backup);
        ::unlink(staged.c_str());
    }

    return finish(requested, folder, ops, std::move(result));
}

FileFailure make_folders(const std::string& path, unsigned mode)
{
    if (path.empty())
        return failure(FileStep::MakeFolder, Fault::NotFileName, path);
    for (std::size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
        std::string part = path.substr(0, slash);
        if (::mkdir(part.c_str(), static_cast<mode_t>(mode)) != 0 && errno != EEXIST)
            return system_failure(FileStep::MakeFolder, part, errno);
        if (slash == std::string::npos)
            break;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return failure(FileStep::MakeFolder, Fault::Exists, path);
    return {};
}

}  // namespace prio
