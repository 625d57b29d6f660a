#include "net/token.h"

#include <sys/random.h>

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace prio {
namespace {

constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

// getrandom blocks only before the kernel's pool is seeded, at boot.
void random_bytes(unsigned char* out, std::size_t n)
{
    std::size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(out + got, n - got, 0);
        if (r < 0)
            throw std::runtime_error("getrandom failed");
        got += static_cast<std::size_t>(r);
    }
}

}  // namespace

std::string make_token()
{
    std::array<unsigned char, 16> bytes{};
    random_bytes(bytes.data(), bytes.size());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string token;
    for (unsigned char b : bytes) {
        token += kHex[b >> 4];
        token += kHex[b & 15];
    }
    return token;
}

std::string make_join_code()
{
    std::string code;
    while (code.size() < 8) {
        unsigned char b = 0;
        random_bytes(&b, 1);
        // Rejection sampling keeps every character equally likely.
        if (b < 248)
            code += kCodeAlphabet[b % kCodeAlphabet.size()];
    }
    return code;
}

std::string normalise_join_code(const std::string& typed)
{
    std::string code;
    for (char c : typed) {
        if (c == '-' || c == ' ')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (kCodeAlphabet.find(c) == std::string_view::npos)
            return {};
        code += c;
    }
    return code.size() == 8 ? code : std::string();
}

}  // namespace prio
