#pragma once
// Reading a whole file that someone else may have made: a named pipe, a
// device or a socket in its place would block or never end, so only a
// regular file is read, and that is known before the first byte is.
#include <cstddef>
#include <optional>
#include <string>

#include "io/files/failure.h"

namespace prio {

struct ReadResult {
    std::optional<std::string> bytes;  // set when the whole file was read
    FileFailure failure;               // otherwise why not
};

// Reads a whole regular file, refusing one larger than `max_bytes` before
// reading it. The file is opened non-blocking and checked with fstat, so a
// FIFO without a writer is refused at once instead of hanging.
ReadResult read_file(const std::string& path, std::size_t max_bytes);

// Reads at most the first `max_bytes` of a regular file (the same refusals).
ReadResult read_file_start(const std::string& path, std::size_t max_bytes);

// Opens `path` for reading only if it is a regular file: the descriptor, or
// -1 with `failure` saying why not.
int open_regular(const std::string& path, FileFailure& failure);

}  // namespace prio
