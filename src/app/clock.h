#pragma once
// Time stamps for the decision log: ISO 8601 in UTC, to the second.
#include <ctime>
#include <string>

namespace prio {

std::string utc_stamp(std::time_t when);
std::string utc_now();

}  // namespace prio
