#pragma once
// Why a file could not be read or written, as data: what went wrong, at
// which step, the file, and the numbers behind it. Callers decide by
// `fault` (a missing deck file is not an unreadable one); the words are made
// by failure_text where a message is shown, in the reader's language, and
// no caller takes a message apart.
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
    // Writing:
    Exists,            // the name is taken, and replacing it was not asked for
    NoFolder,          // the folder to write into does not exist
    NotFileName,       // "", "." or ".."
    ChangedElsewhere,  // someone else changed the file since this program last wrote or read it
    NoFreeName,        // no free name for a recovery slot
    System,            // anything else: `error_number`
};

// What was being done.
enum class FileStep {
    Read,
    Save,        // the checks before writing: the name, the target, the folder
    Create,      // a temporary file in the folder `other`
    Write,
    Flush,
    Close,
    Name,        // giving the finished file its name, without replacing
    Replace,     // renaming it over the old version
    KeepBackup,  // saved, but the previous version could not be kept as `other`
    SyncFolder,  // saved, but the folder `other` could not be flushed to disk
    MakeFolder,  // creating the folder `path`
    Recovery,    // creating a recovery file in the folder `path`
};

struct FileFailure {
    Fault fault = Fault::None;
    FileStep step = FileStep::Read;
    std::string path;
    std::string other;     // the folder or the backup that the step names besides `path`
    int error_number = 0;  // the errno behind the fault, when there was one
    std::size_t size = 0;  // TooLarge: the file's size and the limit it broke
    std::size_t limit = 0;
    bool failed() const { return fault != Fault::None; }
};

// The reason without the file or the step: "it does not exist", in
// `language` ("nl" or "en": the window's language, or English on the
// command line).
std::string reason_text(const FileFailure& failure, std::string_view language);
// What failed without the file: "writing failed: No space left on device".
std::string step_text(const FileFailure& failure, std::string_view language);
// The whole sentence: "cannot read PATH: it does not exist", "cannot save
// PATH: writing failed: …", "saved PATH, but could not keep …".
std::string failure_text(const FileFailure& failure, std::string_view language);
// failure_text of a read.
std::string read_error(const FileFailure& failure, std::string_view language);

}  // namespace prio
