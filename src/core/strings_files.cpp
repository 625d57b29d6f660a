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
    {"file.reason.target_not_regular", "er staat al iets met die naam dat geen gewoon bestand is", "it exists and is not a regular file"},
    {"file.reason.exists", "het bestaat al", "it already exists"},
    {"file.reason.in_the_way", "er staat een bestand met die naam in de weg", "a file of that name is in the way"},
    {"fmt.file.reason.no_folder", "de map {folder} bestaat niet", "the folder {folder} does not exist"},
    {"file.reason.not_file_name", "dat is geen bestandsnaam", "that is not a file name"},
    {"file.reason.changed_elsewhere", "een ander programma (of iemand met de hand) heeft het gewijzigd sinds Prioriteer het laatst schreef",
     "it was changed by another program (or by hand) since Prioriteer last wrote it"},
    {"file.reason.no_free_name", "te veel herstelbestanden", "too many slots"},
    // The system's reasons that a user meets while saving (English from the system itself).
    {"file.errno.no_space", "de schijf is vol", "No space left on device"},
    {"file.errno.quota", "het schijfquotum is op", "Disk quota exceeded"},
    {"file.errno.read_only", "het bestandssysteem is alleen-lezen", "Read-only file system"},
    {"file.errno.denied", "geen toestemming", "Permission denied"},
    {"file.errno.not_folder", "een deel van het pad is geen map", "Not a directory"},
    {"file.errno.exists", "het bestaat al", "File exists"},
    {"file.errno.io", "invoer-/uitvoerfout (een defecte of losgekoppelde schijf?)", "Input/output error"},
    {"fmt.file.errno.other", "systeemfout {number} ({system})", "system error {number} ({system})"},
    // The step that failed, and the whole sentence.
    {"fmt.file.step.create", "kan geen bestand maken in de map {folder}: {reason}", "cannot create a file in the folder {folder}: {reason}"},
    {"fmt.file.step.not_folder", "{folder} is geen map", "{folder} is not a folder"},
    {"fmt.file.step.write", "schrijven mislukt: {reason}", "writing failed: {reason}"},
    {"fmt.file.step.flush", "naar de schijf wegschrijven mislukt: {reason}", "flushing to disk failed: {reason}"},
    {"fmt.file.step.close", "het bestand sluiten mislukt: {reason}", "closing the file failed: {reason}"},
    {"fmt.file.step.name", "het bestand een naam geven mislukt: {reason}", "naming the file failed: {reason}"},
    {"fmt.file.step.replace", "het bestand vervangen mislukt: {reason}", "replacing the file failed: {reason}"},
    {"fmt.file.read", "kan {path} niet lezen: {what}", "cannot read {path}: {what}"},
    {"fmt.file.save", "kan {path} niet opslaan: {what}", "cannot save {path}: {what}"},
    {"fmt.file.not_saved", "niet opgeslagen in {path}: {what}", "not saved to {path}: {what}"},
    {"fmt.file.no_backup", "{path} is opgeslagen, maar de vorige versie kon niet bewaard worden als {other}: {what}",
     "saved {path}, but could not keep the previous version as {other}: {what}"},
    {"fmt.file.no_folder_sync", "{path} is opgeslagen, maar de map {other} kon niet naar de schijf weggeschreven worden: {what}",
     "saved {path}, but could not flush the folder {other} to disk: {what}"},
    {"fmt.file.make_folder", "kan de map {path} niet maken: {what}", "cannot create the folder {path}: {what}"},
    {"fmt.file.cannot_autosave", "kan niet automatisch opslaan: {reason}", "cannot autosave: {reason}"},
    {"fmt.file.recovery", "kan geen herstelbestand maken in {path}: {what}", "cannot create a recovery file in {path}: {what}"},
};

}  // namespace

std::span<const TextEntry> file_texts() { return kTable; }

}  // namespace prio
