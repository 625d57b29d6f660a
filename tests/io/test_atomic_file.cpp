// Safe writes: every way a save can fail leaves the old file byte-identical,
// its backup as it was, and no temporary file behind.
#include <doctest/doctest.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/files/atomic_file.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;
namespace fs = std::filesystem;

namespace {

// A tmpfs of its own: a real full disk, and a real read-only file system
// (root ignores a folder's permissions, so chmod alone proves nothing).
struct Tmpfs {
    std::string path;
    bool mounted = false;
    std::string why_not;
    explicit Tmpfs(const char* options)
    {
        char pattern[] = "/tmp/prio-tmpfs-XXXXXX";
        REQUIRE(::mkdtemp(pattern) != nullptr);
        path = pattern;
        mounted = ::mount("prio-test", path.c_str(), "tmpfs", 0, options) == 0;
        if (!mounted)
            why_not = std::strerror(errno);
    }
    ~Tmpfs()
    {
        if (mounted)
            ::umount2(path.c_str(), MNT_DETACH);
        ::rmdir(path.c_str());
    }
    bool remount_read_only()
    {
        return ::mount("prio-test", path.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }
    std::string operator/(const std::string& name) const { return path + "/" + name; }
};

std::string big(std::size_t n, char c = 'x')
{
    std::string s(n, c);
    for (std::size_t i = 0; i < n; i += 61)
        s[i] = '\n';
    return s;
}

// Ops that behave like the system's until call number `fail_at` of one
// kind, which fails with `err` (a failing close still closes, as Linux does).
struct Failing {
    enum class At { Write, Fsync, Close, Rename };
    At at;
    int fail_at = 1;
    int err = EIO;
    int calls = 0;

    FileOps ops()
    {
        FileOps real = system_file_ops();
        FileOps out = real;
        auto hit = [this](At kind) { return at == kind && ++calls == fail_at; };
        out.write = [=, this](int fd, const void* data, std::size_t size) -> ssize_t {
            if (hit(At::Write)) {
                errno = err;
                return -1;
            }
            // Small pieces, so that failing at call 2 fails midway.
            return real.write(fd, data, std::min<std::size_t>(size, 1000));
        };
        out.fsync = [=, this](int fd) {
            if (hit(At::Fsync)) {
                errno = err;
                return -1;
            }
            return real.fsync(fd);
        };
        out.close = [=, this](int fd) {
            int r = real.close(fd);
            if (hit(At::Close)) {
                errno = err;
                return -1;
            }
            return r;
        };
        out.rename = [=, this](const char* a, const char* b) {
            if (hit(At::Rename)) {
                errno = err;
                return -1;
            }
            return real.rename(a, b);
        };
        return out;
    }
};

}  // namespace

TEST_CASE("a safe write creates the file with exactly the bytes and nothing else")
{
    TempDir dir;
    std::string bytes = "format: 1\nnaam: \xC3\xA9\xC3\xAB \xE2\x82\xAC\n" + std::string("\0binary\xFF", 8);
    WriteResult r = write_file_atomic(dir / "s.yaml", bytes);
    REQUIRE_MESSAGE(r.ok, failure_text(r.failure, "en"));
    CHECK_FALSE(r.warning);
    CHECK(slurp(dir / "s.yaml") == bytes);
    // No backup for a file that did not exist, and no temporary file.
    CHECK(listing(dir.path) == std::set<std::string>{"s.yaml"});
}

TEST_CASE("a new file gets the umask's permissions; a replaced one keeps its own")
{
    TempDir dir;
    mode_t mask = ::umask(022);
    REQUIRE(write_file_atomic(dir / "a.yaml", "a").ok);
    struct stat st {};
    REQUIRE(::stat((dir / "a.yaml").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);

    REQUIRE(::chmod((dir / "a.yaml").c_str(), 0600) == 0);
    REQUIRE(write_file_atomic(dir / "a.yaml", "b").ok);
    REQUIRE(::stat((dir / "a.yaml").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    ::umask(mask);
}

TEST_CASE("replacing a file keeps the previous version as name~")
{
    TempDir dir;
    REQUIRE(write_file_atomic(dir / "s.yaml", "one").ok);
    REQUIRE(write_file_atomic(dir / "s.yaml", "two").ok);
    CHECK(slurp(dir / "s.yaml") == "two");
    CHECK(slurp(dir / "s.yaml~") == "one");
    REQUIRE(write_file_atomic(dir / "s.yaml", "three").ok);
    CHECK(slurp(dir / "s.yaml") == "three");
    CHECK(slurp(dir / "s.yaml~") == "two");
    CHECK(listing(dir.path) == std::set<std::string>{"s.yaml", "s.yaml~"});

    // The backup is a file of its own, not the new version under a second name.
    struct stat a {}, b {};
    REQUIRE(::stat((dir / "s.yaml").c_str(), &a) == 0);
    REQUIRE(::stat((dir / "s.yaml~").c_str(), &b) == 0);
    CHECK(a.st_ino != b.st_ino);

    SUBCASE("without a backup the old backup stays as it was")
    {
        REQUIRE(write_file_atomic(dir / "s.yaml", "four", WriteOptions{false, system_file_ops()}).ok);
        CHECK(slurp(dir / "s.yaml") == "four");
        CHECK(slurp(dir / "s.yaml~") == "two");
    }
}

TEST_CASE("a backup that cannot be kept is a warning: the new version is saved")
{
    TempDir dir;
    REQUIRE(write_file_atomic(dir / "s.yaml", "one").ok);
    // A non-empty folder where the backup should go cannot be replaced.
    fs::create_directory(dir / "s.yaml~");
    spit(dir / "s.yaml~/keep", "k");
    WriteResult r = write_file_atomic(dir / "s.yaml", "two");
    REQUIRE(r.ok);
    CHECK(slurp(dir / "s.yaml") == "two");
    CHECK(failure_text(r.warning.value_or(FileFailure{}), "en").find("could not keep the previous version as " + dir / "s.yaml~") != std::string::npos);
    CHECK(listing(dir.path) == std::set<std::string>{"s.yaml", "s.yaml~"});
}

TEST_CASE("a symbolic link is written through and stays a link")
{
    TempDir dir;
    fs::create_directory(dir / "real");
    spit(dir / "real/s.yaml", "old");
    fs::create_symlink(dir / "real/s.yaml", dir / "link.yaml");
    REQUIRE(write_file_atomic(dir / "link.yaml", "new").ok);
    CHECK(fs::is_symlink(dir / "link.yaml"));
    CHECK(slurp(dir / "real/s.yaml") == "new");
    CHECK(slurp(dir / "real/s.yaml~") == "old");
}

TEST_CASE("a missing folder is named in the error and nothing is created")
{
    TempDir dir;
    std::string target = dir / "no/such/folder/s.yaml";
    WriteResult r = write_file_atomic(target, "x");
    CHECK_FALSE(r.ok);
    CHECK(failure_text(r.failure, "en") == "cannot save " + target + ": the folder " + dir / "no/such/folder" + " does not exist");
    CHECK(listing(dir.path).empty());
}

TEST_CASE("a folder in place of the file, or a file in place of the folder, is refused")
{
    TempDir dir;
    fs::create_directory(dir / "s.yaml");
    WriteResult r = write_file_atomic(dir / "s.yaml", "x");
    CHECK_FALSE(r.ok);
    CHECK(failure_text(r.failure, "en") == "cannot save " + dir / "s.yaml" + ": it exists and is not a regular file");

    spit(dir / "plain", "p");
    r = write_file_atomic(dir / "plain/s.yaml", "x");
    CHECK_FALSE(r.ok);
    CHECK(failure_text(r.failure, "en") == "cannot save " + dir / "plain/s.yaml" + ": " + dir / "plain" + " is not a folder");
    CHECK(listing(dir.path) == std::set<std::string>{"plain", "s.yaml"});
    CHECK(slurp(dir / "plain") == "p");
}

TEST_CASE("a read-only folder: the error says so and the old file stays")
{
    if (::geteuid() != 0) {
        TempDir dir;
        spit(dir / "s.yaml", "old");
        REQUIRE(::chmod(dir.path.c_str(), 0555) == 0);
        WriteResult r = write_file_atomic(dir / "s.yaml", "new");
        CHECK_FALSE(r.ok);
        CHECK(failure_text(r.failure, "en") == "cannot save " + dir / "s.yaml" + ": cannot create a file in the folder " + dir.path + ": Permission denied");
        CHECK(slurp(dir / "s.yaml") == "old");
        CHECK(listing(dir.path) == std::set<std::string>{"s.yaml"});
        return;
    }
    // Root writes into any folder whatever its mode: use a read-only mount.
    Tmpfs fs("size=64k");
    if (!fs.mounted) {
        MESSAGE("skipped: cannot mount a tmpfs here (" << fs.why_not << ")");
        return;
    }
    spit(fs / "s.yaml", "old");
    REQUIRE(fs.remount_read_only());
    WriteResult r = write_file_atomic(fs / "s.yaml", "new");
    CHECK_FALSE(r.ok);
    CHECK(failure_text(r.failure, "en") == "cannot save " + fs / "s.yaml" + ": cannot create a file in the folder " + fs.path + ": Read-only file system");
    CHECK(slurp(fs / "s.yaml") == "old");
    CHECK(listing(fs.path) == std::set<std::string>{"s.yaml"});
}

TEST_CASE("a failure at any step leaves the old file and its backup byte-identical and no temporary file")
{
    struct Case {
        Failing::At at;
        int fail_at;
        int err;
        const char* message;
    };
    const Case cases[] = {
        {Failing::At::Write, 1, ENOSPC, "writing failed: No space left on device"},
        {Failing::At::Write, 5, ENOSPC, "writing failed: No space left on device"},  // midway: 4000 bytes written
        {Failing::At::Write, 2, EIO, "writing failed: Input/output error"},
        {Failing::At::Fsync, 1, EIO, "flushing to disk failed: Input/output error"},
        {Failing::At::Fsync, 1, ENOSPC, "flushing to disk failed: No space left on device"},
        {Failing::At::Close, 1, EDQUOT, "closing the file failed: Disk quota exceeded"},
        {Failing::At::Close, 1, ENOSPC, "closing the file failed: No space left on device"},
        {Failing::At::Rename, 1, EACCES, "replacing the file failed: Permission denied"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        CAPTURE(c.fail_at);
        TempDir dir;
        const std::string old_bytes = big(3000, 'o');
        spit(dir / "s.yaml", old_bytes);
        spit(dir / "s.yaml~", "older");
        Failing failing{c.at, c.fail_at, c.err};
        WriteResult r = write_file_atomic(dir / "s.yaml", big(20000, 'n'), WriteOptions{true, failing.ops()});
        CHECK_FALSE(r.ok);
        CHECK(failure_text(r.failure, "en") == "cannot save " + dir / "s.yaml" + ": " + c.message);
        CHECK(slurp(dir / "s.yaml") == old_bytes);
        CHECK(slurp(dir / "s.yaml~") == "older");
        CHECK(listing(dir.path) == std::set<std::string>{"s.yaml", "s.yaml~"});
    }
}

TEST_CASE("short writes and interrupted writes still write every byte")
{
    TempDir dir;
    FileOps ops = system_file_ops();
    int calls = 0;
    ops.write = [&calls](int fd, const void* data, std::size_t size) -> ssize_t {
        if (++calls % 3 == 0) {
            errno = EINTR;
            return -1;
        }
        return ::write(fd, data, std::min<std::size_t>(size, 7));
    };
    std::string bytes = big(1000, 'z');
    REQUIRE(write_file_atomic(dir / "s.yaml", bytes, WriteOptions{true, ops}).ok);
    CHECK(slurp(dir / "s.yaml") == bytes);
    CHECK(calls > 100);
}

TEST_CASE("a write that makes no progress is a full disk, not an endless loop")
{
    TempDir dir;
    spit(dir / "s.yaml", "old");
    FileOps ops = system_file_ops();
    ops.write = [](int, const void*, std::size_t) -> ssize_t { return 0; };
    WriteResult r = write_file_atomic(dir / "s.yaml", "new", WriteOptions{true, ops});
    CHECK_FALSE(r.ok);
    CHECK(failure_text(r.failure, "en") == "cannot save " + dir / "s.yaml" + ": writing failed: No space left on device");
    CHECK(slurp(dir / "s.yaml") == "old");
    CHECK(listing(dir.path) == std::set<std::string>{"s.yaml"});
}

TEST_CASE("a real full disk: a 64 KiB tmpfs")
{
    Tmpfs fs("size=64k");
    if (!fs.mounted) {
        MESSAGE("skipped: cannot mount a tmpfs here (" << fs.why_not << ")");
        return;
    }
    const std::string old_bytes = big(20000, 'o');
    REQUIRE(write_file_atomic(fs / "s.yaml", old_bytes).ok);

    SUBCASE("a new version larger than the free space")
    {
        WriteResult r = write_file_atomic(fs / "s.yaml", big(100000, 'n'));
        CHECK_FALSE(r.ok);
        CHECK(failure_text(r.failure, "en") == "cannot save " + fs / "s.yaml" + ": writing failed: No space left on device");
    }
    SUBCASE("a disk filled up by another file, then a save of the same size")
    {
        // Fill what is left, the way another program would.
        int fd = ::open((fs / "filler").c_str(), O_WRONLY | O_CREAT, 0644);
        REQUIRE(fd >= 0);
        std::string block(4096, 'f');
        while (::write(fd, block.data(), block.size()) > 0) {
        }
        ::close(fd);
        WriteResult r = write_file_atomic(fs / "s.yaml", big(20000, 'n'));
        CHECK_FALSE(r.ok);
        CHECK(failure_text(r.failure, "en") == "cannot save " + fs / "s.yaml" + ": writing failed: No space left on device");
        ::unlink((fs / "filler").c_str());
    }
    CHECK(slurp(fs / "s.yaml") == old_bytes);
    CHECK(listing(fs.path) == std::set<std::string>{"s.yaml"});

    // With the space back, the same save goes through.
    REQUIRE(write_file_atomic(fs / "s.yaml", big(30000, 'n')).ok);
    CHECK(slurp(fs / "s.yaml") == big(30000, 'n'));
    CHECK(slurp(fs / "s.yaml~") == old_bytes);
}

TEST_CASE("backup and temporary names")
{
    CHECK(backup_path("/a/b/s.yaml") == "/a/b/s.yaml~");
    CHECK(temp_prefix("/a/b/s.yaml") == "/a/b/.s.yaml.tmp-");
    CHECK(temp_prefix("s.yaml") == "./.s.yaml.tmp-");
    CHECK(temp_prefix("/s.yaml") == "/.s.yaml.tmp-");
}

TEST_CASE("without replace: an existing file is kept, also one that appears while writing")
{
    TempDir dir;
    WriteOptions options;
    options.replace = false;
    options.keep_backup = false;
    WriteResult r = write_file_atomic(dir / "e.md", "first", options);
    REQUIRE_MESSAGE(r.ok, failure_text(r.failure, "en"));
    CHECK(slurp(dir / "e.md") == "first");

    r = write_file_atomic(dir / "e.md", "second", options);
    CHECK_FALSE(r.ok);
    CHECK(r.failure.fault == Fault::Exists);
    CHECK(failure_text(r.failure, "en") == "cannot save " + (dir / "e.md") + ": it already exists");
    CHECK(slurp(dir / "e.md") == "first");

    // Another program creates the file between the check and the naming:
    // the final link() refuses the taken name, and the temporary goes.
    std::string late = dir / "late.md";
    options.ops.fsync = [late](int fd) {
        std::ofstream(late) << "theirs";
        return ::fsync(fd);
    };
    r = write_file_atomic(late, "ours", options);
    CHECK_FALSE(r.ok);
    CHECK(r.failure.fault == Fault::Exists);
    CHECK(slurp(late) == "theirs");
    CHECK(listing(dir.path) == std::set<std::string>{"e.md", "late.md"});
}

TEST_CASE("the kind of failure: a missing folder, anything else")
{
    TempDir dir;
    WriteResult r = write_file_atomic(dir / "missing/x.md", "x");
    CHECK(r.failure.fault == Fault::NoFolder);
    CHECK(step_text(r.failure, "en") == "the folder " + (dir / "missing") + " does not exist");
    REQUIRE(::mkdir((dir / "sub").c_str(), 0755) == 0);
    r = write_file_atomic(dir / "sub", "x");
    CHECK(r.failure.fault == Fault::NotRegular);
    CHECK(step_text(r.failure, "en") == "it exists and is not a regular file");
    r = write_file_atomic(dir / "ok", "x");
    REQUIRE(r.ok);
    CHECK_FALSE(r.failure.failed());
}

TEST_CASE("a failed write is data: the step and the reason, worded in the reader's language")
{
    TempDir dir;
    spit(dir / "s.yaml", "old");
    FileOps ops = system_file_ops();
    ops.write = [](int, const void*, std::size_t) -> ssize_t {
        errno = ENOSPC;
        return -1;
    };
    WriteResult r = write_file_atomic(dir / "s.yaml", "new", WriteOptions{true, ops});
    REQUIRE_FALSE(r.ok);
    CHECK(r.failure.fault == Fault::System);
    CHECK(r.failure.step == FileStep::Write);
    CHECK(r.failure.error_number == ENOSPC);
    CHECK(r.failure.path == dir / "s.yaml");
    CHECK(failure_text(r.failure, "nl") == "kan " + dir / "s.yaml" + " niet opslaan: schrijven mislukt: de schijf is vol");
    CHECK(step_text(r.failure, "nl") == "schrijven mislukt: de schijf is vol");

    // A name that is taken, and a folder that is not there, in Dutch too.
    WriteResult taken = write_file_atomic(dir / "s.yaml", "new", WriteOptions{false, system_file_ops(), false});
    CHECK(taken.failure.fault == Fault::Exists);
    CHECK(failure_text(taken.failure, "nl") == "kan " + dir / "s.yaml" + " niet opslaan: het bestaat al");
    WriteResult nowhere = write_file_atomic(dir / "no/s.yaml", "new");
    CHECK(nowhere.failure.fault == Fault::NoFolder);
    CHECK(failure_text(nowhere.failure, "nl") == "kan " + dir / "no/s.yaml" + " niet opslaan: de map " + dir / "no" + " bestaat niet");
    // A rare system error keeps its number and the system's own words.
    FileFailure odd{Fault::System, FileStep::Flush, dir / "s.yaml", {}, EBADF, 0, 0};
    CHECK(failure_text(odd, "nl") == "kan " + dir / "s.yaml" + " niet opslaan: naar de schijf wegschrijven mislukt: systeemfout " +
                                         std::to_string(EBADF) + " (" + std::strerror(EBADF) + ")");
}
