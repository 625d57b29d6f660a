#pragma once
// Each phone's address gets a bucket of requests: a burst, then a steady
// rate. A flood from one address is answered 429 without touching a round.
#include <mutex>
#include <string>
#include <unordered_map>

namespace prio {

class RateLimiter {
public:
    RateLimiter(double burst, double per_second) : burst_(burst), per_second_(per_second) {}
    // Whether `address` may make a request at `now` (seconds, any steady clock).
    bool allow(const std::string& address, double now);

private:
    struct Bucket {
        double tokens = 0;
        double at = 0;
    };
    double burst_, per_second_;
    std::mutex mutex_;
    std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace prio
