// Reading files that may not be what their name says: a FIFO, a device, a
// socket, a loop of links, a folder nobody may enter.
#include <doctest/doctest.h>

#include <chrono>
#include <cstring>
#include <functional>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/files/file_read.h"
#include "io/yaml/yaml_tree.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

// The reason read_file gives, worked out in a child process that runs as
// another user: root may read any folder, so only a plain user shows EACCES.
std::string reason_as_nobody(const std::string& path)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        if (::getuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(3);
        std::string why = reason_text(read_file(path, 100).failure, "en");
        (void)!::write(fds[1], why.data(), why.size());
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string out;
    char buffer[256];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        out.append(buffer, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return out;
}

}  // namespace

TEST_CASE("reading a file: whole, refused when too large, or a clear error")
{
    TempDir dir;
    spit(dir / "f", "hello");
    ReadResult r = read_file(dir / "f", 100);
    REQUIRE(r.bytes);
    CHECK(*r.bytes == "hello");

    r = read_file(dir / "f", 4);
    CHECK_FALSE(r.bytes);
    CHECK(r.failure.fault == Fault::TooLarge);
    CHECK(r.failure.size == 5);
    CHECK(r.failure.limit == 4);
    CHECK(read_error(r.failure, "en") == "cannot read " + dir / "f" + ": the file is 5 bytes, more than the limit of 4");

    r = read_file_start(dir / "f", 4);
    REQUIRE(r.bytes);
    CHECK(*r.bytes == "hell");

    r = read_file(dir / "missing", 100);
    CHECK_FALSE(r.bytes);
    CHECK(r.failure.fault == Fault::Missing);
    CHECK(r.failure.error_number == ENOENT);
    CHECK(read_error(r.failure, "en") == "cannot read " + dir / "missing" + ": it does not exist");
    // The window words it in its own language.
    CHECK(read_error(r.failure, "nl") == "kan " + dir / "missing" + " niet lezen: het bestand bestaat niet");

    r = read_file(dir.path, 100);
    CHECK_FALSE(r.bytes);
    CHECK(read_error(r.failure, "en") == "cannot read " + dir.path + ": it is a directory");
}

TEST_CASE("reading a FIFO is refused at once, with or without a writer")
{
    TempDir dir;
    REQUIRE(::mkfifo((dir / "pipe").c_str(), 0644) == 0);
    auto start = std::chrono::steady_clock::now();
    ReadResult r = read_file(dir / "pipe", 100);
    CHECK_FALSE(r.bytes);
    CHECK(reason_text(r.failure, "en") == "it is a named pipe (FIFO), not a file");
    CHECK(reason_text(read_file_start(dir / "pipe", 100).failure, "en") == "it is a named pipe (FIFO), not a file");

    // A writer holding it open: still refused, nothing read from it.
    int writer = ::open((dir / "pipe").c_str(), O_RDWR | O_NONBLOCK);
    REQUIRE(writer >= 0);
    REQUIRE(::write(writer, "format: 1\n", 10) == 10);
    CHECK(reason_text(read_file(dir / "pipe", 100).failure, "en") == "it is a named pipe (FIFO), not a file");
    char left[16];
    CHECK(::read(writer, left, sizeof left) == 10);  // the bytes are still in the pipe
    ::close(writer);
    // Hanging would never get here; a generous bound only catches a
    // blocking read that something else ended.
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));

    // The YAML reader goes through the same door.
    yaml::Parsed parsed = yaml::parse_file(dir / "pipe");
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(format(parsed.diagnostics[0], "en") == dir / "pipe" + ": error: cannot read the file: it is a named pipe (FIFO), not a file");
}

TEST_CASE("reading a device or a socket is refused")
{
    CHECK(reason_text(read_file("/dev/null", 100).failure, "en") == "it is a device, not a file");
    CHECK(reason_text(read_file("/dev/zero", 100).failure, "en") == "it is a device, not a file");

    TempDir dir;
    int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(s >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::string where = dir / "sock";
    REQUIRE(where.size() < sizeof address.sun_path);
    std::memcpy(address.sun_path, where.c_str(), where.size() + 1);
    REQUIRE(::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    // open() on a socket fails with ENXIO before fstat can see it.
    ReadResult r = read_file(where, 100);
    CHECK_FALSE(r.bytes);
    CHECK(reason_text(r.failure, "en") == "it is a socket, not a file");
    ::close(s);
}

TEST_CASE("a loop of symbolic links and a folder that may not be read say so")
{
    TempDir dir;
    REQUIRE(::symlink((dir / "b").c_str(), (dir / "a").c_str()) == 0);
    REQUIRE(::symlink((dir / "a").c_str(), (dir / "b").c_str()) == 0);
    CHECK(reason_text(read_file(dir / "a", 100).failure, "en") == "its symbolic links form a loop");
    CHECK(lines(yaml::parse_file(dir / "a").diagnostics) ==
          dir / "a" + ": error: cannot read the file: its symbolic links form a loop\n");

    REQUIRE(::mkdir((dir / "closed").c_str(), 0700) == 0);
    spit(dir / "closed/deck.yaml", "name: x\n");
    REQUIRE(::chmod(dir.path.c_str(), 0755) == 0);
    CHECK(reason_as_nobody(dir / "closed/deck.yaml") == "permission denied (the file, or a folder on its way, may not be read)");
}

TEST_CASE("a failed read says why as a fault, which callers test instead of its words")
{
    TempDir dir;
    spit(dir / "f", "hello");
    CHECK(read_file(dir / "f", 100).failure.fault == Fault::None);
    CHECK(read_file(dir / "missing", 100).failure.fault == Fault::Missing);
    CHECK(read_file(dir.path, 100).failure.fault == Fault::Directory);
    CHECK(read_file("/dev/null", 100).failure.fault == Fault::Device);
    CHECK(read_file(dir / "f/inside", 100).failure.fault == Fault::PathNotFolder);
    FileFailure large = read_file(dir / "f", 2).failure;
    CHECK(large.fault == Fault::TooLarge);
    CHECK(large.path == dir / "f");
    CHECK(reason_text(large, "en") == "the file is 5 bytes, more than the limit of 2");
}
