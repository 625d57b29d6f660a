#include "app/utc_stamp.h"

namespace prio {

std::string utc_stamp(std::time_t t)
{
    std::tm utc{};
    char text[32];
    const std::size_t length = gmtime_r(&t, &utc) ? std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc) : 0;
    return std::string(text, length);
}

}  // namespace prio
