#include "core/placeholders.h"

#include <algorithm>

namespace prio {

std::string fill(std::string_view pattern, const Placeholders& values)
{
    std::string out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            std::size_t close = pattern.find('}', i);
            if (close != std::string_view::npos) {
                std::string_view name = pattern.substr(i + 1, close - i - 1);
                // "{count|stem|stemmen}": the first word when the value is 1, else the second.
                std::string_view forms;
                if (std::size_t bar = name.find('|'); bar != std::string_view::npos) {
                    forms = name.substr(bar + 1);
                    name = name.substr(0, bar);
                }
                auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
                std::size_t second = forms.find('|');
                if (it != values.end() && (forms.empty() || second != std::string_view::npos)) {
                    out += forms.empty() ? std::string_view(it->second) : it->second == "1" ? forms.substr(0, second) : forms.substr(second + 1);
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

}  // namespace prio
