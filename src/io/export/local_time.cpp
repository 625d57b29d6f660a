#include "io/export/local_time.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>

namespace prio {
namespace {

// The C library converts only in the zone TZ names: set it for the call, then put it back.
struct ZoneForCall {
    std::optional<std::string> saved;
    explicit ZoneForCall(const std::string& zone)
    {
        if (const char* tz = std::getenv("TZ"))
            saved = tz;
        setenv("TZ", zone.c_str(), 1);
        tzset();
    }
    ~ZoneForCall()
    {
        if (saved)
            setenv("TZ", saved->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
};

}  // namespace

std::string local_time(const std::string& iso, const std::string& zone)
{
    std::tm utc{};
    if (iso.size() < 16 || iso[10] != 'T' ||
        std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d", &utc.tm_year, &utc.tm_mon, &utc.tm_mday, &utc.tm_hour, &utc.tm_min) != 5)
        return iso;
    if (iso.size() >= 19)
        std::sscanf(iso.c_str() + 17, "%2d", &utc.tm_sec);
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    std::time_t t = timegm(&utc);
    ZoneForCall in(zone);
    std::tm local{};
    localtime_r(&t, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M", &local);
    return text;
}

}  // namespace prio
