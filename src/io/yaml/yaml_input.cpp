#include <algorithm>

#include "io/yaml/yaml_source.h"

namespace prio::yaml::detail {

GuardedInput::GuardedInput(std::string text, const int& last_event_offset, std::size_t max_lookahead)
    : text_(std::move(text)), last_event_offset_(last_event_offset), max_lookahead_(max_lookahead)
{
}

GuardedInput::int_type GuardedInput::underflow()
{
    if (served_ >= text_.size())
        return traits_type::eof();
    if (served_ > static_cast<std::size_t>(std::max(last_event_offset_, 0)) + max_lookahead_)
        throw ReadTooFarAhead{};
    // Pieces small next to the limit, so the check above runs often enough.
    const std::size_t piece = std::min({std::size_t{4096}, std::max(max_lookahead_ / 8, std::size_t{64}), text_.size() - served_});
    char* begin = text_.data() + served_;
    setg(begin, begin, begin + piece);
    served_ += piece;
    return traits_type::to_int_type(*begin);
}

}  // namespace prio::yaml::detail
