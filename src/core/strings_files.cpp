// Reading and writing files: why it failed, worded where it is shown.
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    // Why a file could not be read or written (io/files/failure.h).
    {"file.reason.missing", "het bestand bestaat niet", "it does not exist"},
    {"file.reason.link_loop", "de symbolische koppelingen vormen een lus", "its symbolic links form a loop"},
    {"file.reason.denied", "geen toestemming (voor het bestand of een map op de weg ernaartoe)",
     "permission denied (the file, or a folder on its way, may not be read)"},
    {"file.reason.path_not_folder", "een deel van het pad is geen map", "a part of its path is not a folder"},
    {"file.reason.name_too_long", "de naam is te lang", "its name is too long"},
    {"file.reason.directory", "het is een map", "it is a directory"},
    {"file.reason.pipe", "het is een named pipe (FIFO), geen bestand", "it is a named pipe (FIFO), not a file"},
    {"file.reason.socket", "het is een socket, geen bestand", "it is a socket, not a file"},
    {"file.reason.device", "het is een apparaat, geen bestand", "it is a device, not a file"},
    {"file.reason.not_regular", "het is geen gewoon bestand", "it is not a regular file"},
    {"fmt.file.reason.too_large", "het bestand is {size} bytes, meer dan de grens van {limit}",
     "the file is {size} bytes, more than the limit of {limit}"},
    {"file.reason.changed", "het bestand veranderde terwijl het gelezen werd", "the file changed while it was read"},
    {"fmt.file.read", "kan {path} niet lezen: {reason}", "cannot read {path}: {reason}"},
};

}  // namespace

std::span<const TextEntry> file_texts() { return kTable; }

}  // namespace prio
