#include "net/rate_limit.h"

#include <algorithm>

namespace prio {

bool RateLimiter::allow(const std::string& address, double now)
{
    std::lock_guard lock(mutex_);
    // A room has a few hundred addresses; more means someone is making them
    // up, so full buckets are forgotten rather than kept without bound.
    if (buckets_.size() > 4096)
        std::erase_if(buckets_, [&](const auto& b) { return b.second.tokens + (now - b.second.at) * per_second_ >= burst_; });
    auto [it, fresh] = buckets_.try_emplace(address, Bucket{burst_, now});
    Bucket& bucket = it->second;
    bucket.tokens = std::min(burst_, bucket.tokens + (now - bucket.at) * per_second_);
    bucket.at = now;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

}  // namespace prio
