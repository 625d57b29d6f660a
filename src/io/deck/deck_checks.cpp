#include "io/deck/deck_checks.h"

#include <algorithm>
#include <cctype>
#include <climits>

#include "io/yaml/yaml_source.h"

namespace prio {

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::optional<Colour> parse_colour(std::string_view s)
{
    if (s.size() != 7 || s[0] != '#' || !std::all_of(s.begin() + 1, s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }))
        return std::nullopt;
    const unsigned long v = std::stoul(std::string(s.substr(1)), nullptr, 16);
    return Colour{static_cast<std::uint8_t>(v >> 16), static_cast<std::uint8_t>(v >> 8), static_cast<std::uint8_t>(v)};
}

void check_unique_id(yaml::Reader& r, const yaml::Node& map, const std::string& id,
                     std::unordered_map<std::string, int>& seen, const char* noun)
{
    const yaml::Node& at = *yaml::find(map, "id");
    const auto [first, inserted] = seen.emplace(id, at.line);
    if (!inserted)
        r.error(at, std::string("duplicate ") + noun + " id " + quoted(id) + ": already used on line " + std::to_string(first->second));
}

void read_lane_options(yaml::Reader& r, const yaml::Node& map, const std::string& where, long long max_capacity,
                       int& capacity, bool& ranked)
{
    if (const yaml::Node* node = r.field(map, "capacity", false, where))
        capacity = static_cast<int>(r.integer(*node, "capacity of " + where, 0, max_capacity).value_or(0));
    if (const yaml::Node* node = r.field(map, "ranked", false, where))
        ranked = r.boolean(*node, "ranked of " + where).value_or(true);
}

void sort_in_file_order(std::vector<Diagnostic>& diagnostics)
{
    auto key = [](const Diagnostic& d) { return std::pair(d.line == 0 ? INT_MAX : d.line, d.column); };
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    yaml::detail::keep_first(diagnostics, yaml::Reader::kMaxDiagnostics);
}

}  // namespace prio
