#include "app/clock.h"

namespace prio {

std::string utc_stamp(std::time_t when)
{
    std::tm tm{};
    gmtime_r(&when, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

std::string utc_now()
{
    return utc_stamp(std::time(nullptr));
}

}  // namespace prio
