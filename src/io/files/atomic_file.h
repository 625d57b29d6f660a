#pragma once
// Safe writes: a file is either its old self or its complete new self, never
// half of each, whatever fails (a full disk, a read-only folder, a crash).
//
// write_file_atomic writes the bytes to a temporary file in the target's own
// folder, fsyncs and closes it checking every step, keeps the previous
// version as a backup (`name~`), renames the temporary file over the target
// (or, with `replace` off, links it there only if the name is free) and
// fsyncs the folder. When it fails, the target and its backup are left
// exactly as they were and the temporary file is removed.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <sys/types.h>

#include "io/files/file_read.h"

namespace prio {

// The calls made on the temporary file, replaceable so that tests can fail
// at any step. They follow the system calls: -1 and errno on failure.
// `close` must release the descriptor even when it reports an error, as
// close(2) does on Linux; it is never retried.
struct FileOps {
    std::function<ssize_t(int fd, const void* data, std::size_t size)> write;
    std::function<int(int fd)> fsync;
    std::function<int(int fd)> close;
    std::function<int(const char* from, const char* to)> rename;
};

FileOps system_file_ops();

struct WriteOptions {
    // Keep what was at the target before as `backup_path(target)`.
    bool keep_backup = true;
    FileOps ops = system_file_ops();
    // When false, an existing target is never replaced, not even one that
    // appears while the bytes are being written: the finished temporary file
    // gets its name by link() (or renameat2's RENAME_NOREPLACE where the file
    // system has no hard links), which fails when the name is taken.
    bool replace = true;
};

struct [[nodiscard]] WriteResult {
    bool ok = false;
    FileFailure failure;  // when !ok: the step and the reason (failure_text words it)
    // When ok: something the user may want to know although the bytes are
    // in place (no backup could be kept, the folder could not be synced).
    std::optional<FileFailure> warning;
};

WriteResult write_file_atomic(const std::string& path, std::string_view bytes, const WriteOptions& options = {});

// Where the previous version of `path` is kept: `path~`, the usual Unix name
// for a backup, which file managers hide and `*.yaml` listings skip.
std::string backup_path(const std::string& path);

// The prefix of temporary files beside `path` (`.name.tmp-`), so that a
// listing can recognise them.
std::string temp_prefix(const std::string& path);

// Creates the folder and its missing parents (like mkdir -p) with `mode` for
// the ones it creates. Returns why it failed; failed() is false on success.
FileFailure make_folders(const std::string& path, unsigned mode = 0755);

}  // namespace prio
