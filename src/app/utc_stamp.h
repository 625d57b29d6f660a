#pragma once
// The time stamps of the decision log and the exports: ISO 8601 in UTC,
// "2024-05-14T09:12:00Z".
#include <ctime>
#include <string>

namespace prio {

std::string utc_stamp(std::time_t t);

}  // namespace prio
