#include "io/files/file_stamp.h"

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

#include "io/files/file_read.h"

namespace prio {
namespace {

bool stat_into(const std::string& path, FileStamp& stamp)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return false;
    stamp.size = static_cast<long long>(st.st_size);
    stamp.mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    return true;
}

constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ull;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4Full;

constexpr std::uint64_t rotl(std::uint64_t x, int n) { return (x << n) | (x >> (64 - n)); }

std::uint64_t word(const char* p)
{
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

std::uint64_t mix(std::uint64_t h, std::uint64_t w) { return rotl(h + w * kPrime2, 31) * kPrime1; }

}  // namespace

std::uint64_t content_hash(std::string_view bytes)
{
    // Four independent lanes of 8 bytes, so the multiplications overlap.
    std::uint64_t lane[4] = {kPrime1 + kPrime2, kPrime2, 0, 0 - kPrime1};
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    for (; left >= 32; p += 32, left -= 32)
        for (int j = 0; j < 4; ++j)
            lane[j] = mix(lane[j], word(p + 8 * j));
    std::uint64_t h = bytes.size() * kPrime1;
    for (std::uint64_t l : lane)
        h = mix(h, l);
    for (; left >= 8; p += 8, left -= 8)
        h = mix(h, word(p));
    for (; left > 0; ++p, --left)
        h = mix(h, static_cast<unsigned char>(*p));
    // Every bit of the input reaches every bit of the result.
    h ^= h >> 33;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime1;
    return h ^ (h >> 32);
}

FileStamp stamp_written(const std::string& path, std::string_view bytes)
{
    FileStamp stamp;
    stamp.known = stat_into(path, stamp);
    stamp.hash = content_hash(bytes);
    return stamp;
}

FileStamp stamp_file(const std::string& path)
{
    ReadResult read = read_file(path, std::size_t(64) << 20);
    if (!read.bytes)
        return {};
    return stamp_written(path, *read.bytes);
}

DiskState compare_with_disk(const std::string& path, const FileStamp& stamp)
{
    FileStamp now;
    if (!stat_into(path, now))
        return errno == ENOENT ? DiskState::Missing : DiskState::Ours;  // unreadable: the write will say why
    if (!stamp.known || (now.size == stamp.size && now.mtime_ns == stamp.mtime_ns))
        return DiskState::Ours;
    if (now.size != stamp.size)
        return DiskState::Changed;
    ReadResult read = read_file(path, std::size_t(64) << 20);
    return read.bytes && content_hash(*read.bytes) == stamp.hash ? DiskState::Ours : DiskState::Changed;
}

}  // namespace prio
