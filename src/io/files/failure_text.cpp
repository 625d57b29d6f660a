// The words for a FileFailure, made only where a message is shown.
#include <cerrno>
#include <cstring>

#include "core/placeholders.h"
#include "core/strings.h"
#include "io/files/failure.h"

namespace prio {
namespace {

std::string text(std::string_view key, std::string_view language) { return std::string(tr(key, language)); }

// The system's own words are English (the C locale); the errors a user
// meets while saving get Dutch ones, the rare rest their number too.
std::string system_reason(int err, std::string_view language)
{
    if (language != "nl")
        return std::strerror(err);
    switch (err) {
    case ENOSPC: return text("file.errno.no_space", language);
    case EDQUOT: return text("file.errno.quota", language);
    case EROFS: return text("file.errno.read_only", language);
    case EACCES:
    case EPERM: return text("file.errno.denied", language);
    case ENOENT: return text("file.reason.missing", language);
    case ENOTDIR: return text("file.errno.not_folder", language);
    case EEXIST: return text("file.errno.exists", language);
    case EIO: return text("file.errno.io", language);
    case ENAMETOOLONG: return text("file.reason.name_too_long", language);
    default: break;
    }
    return fill(tr("fmt.file.errno.other", language), {{"number", std::to_string(err)}, {"system", std::strerror(err)}});
}

}  // namespace

std::string reason_text(const FileFailure& failure, std::string_view language)
{
    switch (failure.fault) {
    case Fault::None: return {};
    case Fault::Missing: return text("file.reason.missing", language);
    case Fault::LinkLoop: return text("file.reason.link_loop", language);
    case Fault::Denied: return text("file.reason.denied", language);
    case Fault::PathNotFolder: return text("file.reason.path_not_folder", language);
    case Fault::NameTooLong: return text("file.reason.name_too_long", language);
    case Fault::Directory: return text("file.reason.directory", language);
    case Fault::Pipe: return text("file.reason.pipe", language);
    case Fault::Socket: return text("file.reason.socket", language);
    case Fault::Device: return text("file.reason.device", language);
    case Fault::NotRegular: return text(failure.step == FileStep::Read ? "file.reason.not_regular" : "file.reason.target_not_regular", language);
    case Fault::TooLarge:
        return fill(tr("fmt.file.reason.too_large", language),
                    {{"size", std::to_string(failure.size)}, {"limit", std::to_string(failure.limit)}});
    case Fault::Changed: return text("file.reason.changed", language);
    case Fault::Exists: return text(failure.step == FileStep::MakeFolder ? "file.reason.in_the_way" : "file.reason.exists", language);
    case Fault::NoFolder: return fill(tr("fmt.file.reason.no_folder", language), {{"folder", failure.other}});
    case Fault::NotFileName: return text("file.reason.not_file_name", language);
    case Fault::ChangedElsewhere: return text("file.reason.changed_elsewhere", language);
    case Fault::NoFreeName: return text("file.reason.no_free_name", language);
    case Fault::System: break;
    }
    return system_reason(failure.error_number, language);
}

std::string step_text(const FileFailure& failure, std::string_view language)
{
    const std::string reason = reason_text(failure, language);
    auto with = [&](std::string_view key) { return fill(tr(key, language), {{"reason", reason}, {"folder", failure.other}}); };
    switch (failure.step) {
    case FileStep::Read:
    case FileStep::Save:
    case FileStep::KeepBackup:
    case FileStep::SyncFolder:
    case FileStep::MakeFolder:
    case FileStep::Recovery: return reason;
    case FileStep::Create:
        if (failure.fault == Fault::NoFolder)
            return reason;
        if (failure.fault == Fault::PathNotFolder)
            return fill(tr("fmt.file.step.not_folder", language), {{"folder", failure.other}});
        return with("fmt.file.step.create");
    case FileStep::Write: return with("fmt.file.step.write");
    case FileStep::Flush: return with("fmt.file.step.flush");
    case FileStep::Close: return with("fmt.file.step.close");
    case FileStep::Name: return with("fmt.file.step.name");
    case FileStep::Replace: return with("fmt.file.step.replace");
    }
    return reason;
}

std::string failure_text(const FileFailure& failure, std::string_view language)
{
    if (!failure.failed())
        return {};
    std::string_view key;
    switch (failure.step) {
    case FileStep::Read: key = "fmt.file.read"; break;
    case FileStep::Save:
        key = failure.fault == Fault::ChangedElsewhere ? "fmt.file.not_saved" : "fmt.file.save";
        break;
    case FileStep::Create:
    case FileStep::Write:
    case FileStep::Flush:
    case FileStep::Close:
    case FileStep::Name:
    case FileStep::Replace: key = "fmt.file.save"; break;
    case FileStep::KeepBackup: key = "fmt.file.no_backup"; break;
    case FileStep::SyncFolder: key = "fmt.file.no_folder_sync"; break;
    case FileStep::MakeFolder: key = "fmt.file.make_folder"; break;
    case FileStep::Recovery: key = "fmt.file.recovery"; break;
    }
    return fill(tr(key, language), {{"path", failure.path}, {"other", failure.other}, {"what", step_text(failure, language)}});
}

std::string read_error(const FileFailure& failure, std::string_view language)
{
    return failure_text(failure, language);
}

}  // namespace prio
