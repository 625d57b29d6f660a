#pragma once
// Times in the exports are read by people in a place: the log's UTC times
// are shown in a named time zone (the tz database's names).
#include <string>

namespace prio {

inline constexpr const char* kDefaultTimeZone = "Europe/Brussels";

// "2024-05-14T09:12:00Z" in `zone` as "2024-05-14T11:12"; the text as it was
// when it is no UTC time stamp. An unknown zone reads as UTC (as the C
// library does), so callers name only zones they were given.
std::string local_time(const std::string& iso_utc, const std::string& zone);

}  // namespace prio
