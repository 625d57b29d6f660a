#pragma once
// The secrets of a round with phones: the token in the join link and the
// short code typed instead of it. Both come from the kernel's random source,
// new for every round.
#include <string>

namespace prio {

// 128 random bits as 32 lower-case hex digits.
std::string make_token();

// 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
// 40 bits: typed as "ABCD-EFGH" on a phone that cannot scan the QR code.
std::string make_join_code();

// `typed` as the canonical code: upper case, dashes and spaces dropped;
// "" when it holds a character the alphabet lacks.
std::string normalise_join_code(const std::string& typed);

}  // namespace prio
