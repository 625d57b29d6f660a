#pragma once
// Why a file could not be read, as data: what went wrong, the file, and the
// numbers behind it. Callers decide by `fault` (a missing deck file is not
// an unreadable one); the words are made by reason_text and read_error
// where a message is shown, and no caller takes a message apart.
#include <cstddef>
#include <string>
#include <string_view>

namespace prio {

enum class Fault {
    None,
    Missing,        // there is no such file
    LinkLoop,       // its symbolic links form a loop
    Denied,         // no permission, for the file or a folder on its way
    PathNotFolder,  // a part of its path is a file, not a folder
    NameTooLong,
    Directory,      // a folder, a named pipe, a socket or a device where a
    Pipe,           // regular file was expected (read_file reads no other)
    Socket,
    Device,
    NotRegular,
    TooLarge,       // `size` bytes, more than `limit`
    Changed,        // the file grew while it was read
    System,         // anything else: `error_number`
};

struct FileFailure {
    Fault fault = Fault::None;
    std::string path;
    int error_number = 0;  // the errno behind the fault, when there was one
    std::size_t size = 0;  // TooLarge: the file's size and the limit it broke
    std::size_t limit = 0;
};

// The reason without the file: "it does not exist", in `language` ("nl" or
// "en": the window's language, or English on the command line).
std::string reason_text(const FileFailure& failure, std::string_view language);
// The whole sentence: "cannot read PATH: it does not exist".
std::string read_error(const FileFailure& failure, std::string_view language);

}  // namespace prio
