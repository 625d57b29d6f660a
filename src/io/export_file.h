#pragma once
// Writing an export so that a failure leaves no half-written file: the bytes
// go to a temporary file in the target folder, are flushed to disk, and only
// then get the target's name. An existing file is kept unless `force`.
//
// A stopgap local to the exports: the sessions' atomic file writer will take
// its place once both are on main.
#include <string>
#include <string_view>
#include <sys/types.h>

namespace prio {

enum class WriteStatus { Ok, Exists, NoFolder, Failed };

struct WriteOutcome {
    WriteStatus status = WriteStatus::Ok;
    std::string reason;  // the system's words for a failure
};

// The low-level write, replaceable so tests can fail it midway.
using WriteFn = ssize_t (*)(int fd, const void* data, std::size_t size);

WriteOutcome write_export_file(const std::string& path, std::string_view bytes, bool force,
                               WriteFn write_fn = nullptr);

}  // namespace prio
