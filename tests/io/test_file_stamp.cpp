// A file's stamp tells our own file (also after a touch or a copy back) from
// one someone else changed, even when the size stayed the same.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <random>
#include <set>
#include <sys/stat.h>

#include "io/files/file_stamp.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

TEST_CASE("file stamp: touched is ours, the same size with other bytes is changed, gone is missing")
{
    TempDir dir;
    const std::string path = dir / "s.yaml";
    const std::string bytes = "format: 3\nlanes: [nu, later]\nnotes: {K1: veilig}\n";
    spit(path, bytes);
    const FileStamp stamp = stamp_written(path, bytes);
    REQUIRE(stamp.known);
    CHECK(compare_with_disk(path, stamp) == DiskState::Ours);

    const timespec later[2] = {{0, UTIME_OMIT}, {1700000000, 5}};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), later, 0) == 0);
    CHECK(compare_with_disk(path, stamp) == DiskState::Ours);

    std::string theirs = bytes;
    theirs[theirs.find("veilig")] = 'V';
    spit(path, theirs);
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), later, 0) == 0);
    CHECK(compare_with_disk(path, stamp) == DiskState::Changed);
    spit(path, bytes + "# more\n");
    CHECK(compare_with_disk(path, stamp) == DiskState::Changed);
    std::remove(path.c_str());
    CHECK(compare_with_disk(path, stamp) == DiskState::Missing);
}

TEST_CASE("content hash: every one-bit change, at every place and every length, gives another hash")
{
    std::mt19937 rng(5);
    for (std::size_t size : {0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 100, 1000}) {
        std::string bytes(size, '\0');
        for (char& c : bytes)
            c = static_cast<char>(rng());
        const std::uint64_t h = content_hash(bytes);
        CHECK(content_hash(bytes) == h);
        std::set<std::uint64_t> seen{h};
        for (std::size_t i = 0; i < size; ++i)
            for (int bit = 0; bit < 8; ++bit) {
                std::string flipped = bytes;
                flipped[i] = static_cast<char>(flipped[i] ^ (1 << bit));
                CHECK(seen.insert(content_hash(flipped)).second);
            }
        CHECK(seen.insert(content_hash(bytes + '\0')).second);  // a longer text of zeros too
    }
}
