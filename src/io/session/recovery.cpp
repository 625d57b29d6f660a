#include "io/session/recovery.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/files/atomic_file.h"

namespace prio {
namespace {

std::int64_t modified(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? static_cast<std::int64_t>(st.st_mtime) : 0;
}

bool exists(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

bool ends_with(const std::string& s, std::string_view tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::vector<std::string> entries(const std::string& folder)
{
    std::vector<std::string> names;
    if (DIR* dir = ::opendir(folder.c_str())) {
        while (const dirent* e = ::readdir(dir))
            names.emplace_back(e->d_name);
        ::closedir(dir);
    }
    return names;
}

}  // namespace

FileFailure open_slot(RecoverySlot& slot, const std::string& folder)
{
    // The state folder is private to the user, as XDG recommends.
    if (FileFailure error = make_folders(folder, 0700); error.failed())
        return error;
    auto cannot = [&](Fault fault, int err) {
        FileFailure f;
        f.fault = fault;
        f.step = FileStep::Recovery;
        f.path = folder;
        f.error_number = err;
        return f;
    };
    // The process id makes the name unique among running programs; the
    // counter among slots this process has had. No clock: io reads none.
    static int opened = 0;
    for (int n = 0; n < 100; ++n) {
        RecoverySlot s;
        s.folder = folder;
        s.name = "session-" + std::to_string(::getpid()) + "-" + std::to_string(++opened);
        if (exists(s.lock_file()))
            continue;
        // The lock is taken under a hidden name and only then given its
        // slot's name, so find_recovery never sees it unheld.
        std::string hidden = folder + "/." + s.name + ".lock";
        int fd = ::open(hidden.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return cannot(Fault::System, errno);
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::link(hidden.c_str(), s.lock_file().c_str()) != 0) {
            int err = errno;
            ::close(fd);
            ::unlink(hidden.c_str());
            if (err == EEXIST)
                continue;
            return cannot(Fault::System, err);
        }
        ::unlink(hidden.c_str());
        s.lock_fd = fd;
        slot = std::move(s);
        return {};
    }
    return cannot(Fault::NoFreeName, 0);
}

FileFailure record_session_path(const RecoverySlot& slot, const std::string& session_path)
{
    if (!slot.open()) {
        FileFailure none;
        none.fault = Fault::Missing;
        none.step = FileStep::Recovery;
        none.path = slot.folder;
        return none;
    }
    if (session_path.empty()) {
        ::unlink(slot.path_file().c_str());
        return {};
    }
    return write_file_atomic(slot.path_file(), session_path + "\n", WriteOptions{false, system_file_ops()}).failure;
}

void drop_session_copy(const RecoverySlot& slot)
{
    if (slot.open())
        ::unlink(slot.session_copy().c_str());
}

void close_slot(RecoverySlot& slot)
{
    if (!slot.open())
        return;
    ::unlink(slot.session_copy().c_str());
    ::unlink(slot.path_file().c_str());
    // The lock file goes last, while still held, so no other program takes
    // the slot for a left-behind one in between.
    ::unlink(slot.lock_file().c_str());
    ::close(slot.lock_fd);
    slot.lock_fd = -1;
}

namespace {

bool lock_held(const std::string& lock_file)
{
    int fd = ::open(lock_file.c_str(), O_RDWR | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return false;
    bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

std::string recorded_path(const RecoverySlot& slot)
{
    ReadResult read = read_file(slot.path_file(), 64 << 10);
    if (!read.bytes)
        return {};
    std::string p = *read.bytes;
    while (!p.empty() && (p.back() == '\n' || p.back() == '\r'))
        p.pop_back();
    return p;
}

}  // namespace

std::string open_elsewhere(const std::string& folder, const std::string& session_path, const RecoverySlot& self)
{
    for (const std::string& name : entries(folder)) {
        if (name.empty() || name[0] == '.' || !ends_with(name, ".path"))
            continue;
        RecoverySlot slot{folder, name.substr(0, name.size() - 5), -1};
        if (slot.name != self.name && recorded_path(slot) == session_path && lock_held(slot.lock_file()))
            return slot.name;
    }
    return {};
}

std::vector<Recovery> find_recovery(const std::string& folder)
{
    std::map<std::string, Recovery> found;
    for (const std::string& name : entries(folder)) {
        if (name.empty() || name[0] == '.')
            continue;
        for (std::string_view ext : {".lock", ".yaml", ".path"})
            if (ends_with(name, ext)) {
                std::string stem = name.substr(0, name.size() - ext.size());
                found[stem].slot = RecoverySlot{folder, stem, -1};
            }
    }

    std::vector<Recovery> out;
    for (auto& [stem, r] : found) {
        const RecoverySlot& slot = r.slot;
        if (lock_held(slot.lock_file()))
            continue;  // its program is running
        if (exists(slot.session_copy()))
            r.recovery_file = slot.session_copy();
        r.session_file = recorded_path(slot);
        if (r.recovery_file.empty() && r.session_file.empty()) {
            // Only a lock: nothing to restore. Tidy it away.
            discard_recovery(r);
            continue;
        }
        r.modified = std::max(modified(slot.session_copy()), modified(slot.path_file()));
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const Recovery& a, const Recovery& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.slot.name > b.slot.name;
    });
    return out;
}

void discard_recovery(const Recovery& recovery)
{
    const RecoverySlot& slot = recovery.slot;
    for (const std::string& name : entries(slot.folder))
        for (const std::string& file : {slot.name + ".yaml", slot.name + ".path"})
            if (name.rfind("." + file + ".tmp-", 0) == 0)
                ::unlink((slot.folder + "/" + name).c_str());
    ::unlink(slot.session_copy().c_str());
    ::unlink(slot.path_file().c_str());
    ::unlink(slot.lock_file().c_str());
    ::unlink((slot.folder + "/." + slot.name + ".lock").c_str());
}

}  // namespace prio
