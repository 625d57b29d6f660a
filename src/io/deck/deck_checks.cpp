#include "io/deck/deck_checks.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>

#include "io/files/text_safety.h"
#include "io/yaml/yaml_source.h"

namespace prio {

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

Phrase field_of(std::string_view key, const Phrase& where) { return part_of(verbatim(std::string(key)), where); }

Phrase part_of(const Phrase& what, const Phrase& where) { return phrase("fmt.diag.of", {{"key", what}, {"where", where}}); }

Phrase card_id_in(const Phrase& where) { return phrase("fmt.diag.card_id_in", {{"where", where}}); }

Phrase noun_phrase(std::string_view noun)
{
    if (noun == "theme")
        return phrase("diag.noun.theme");
    if (noun == "lane")
        return phrase("diag.noun.lane");
    if (noun == "card")
        return phrase("diag.noun.card");
    if (noun == "round")
        return phrase("diag.noun.round");
    if (noun == "ballot")
        return phrase("diag.noun.ballot");
    if (noun == "action")
        return phrase("diag.noun.action");
    return verbatim(std::string(noun));
}

Phrase numbered(std::string_view noun, int number)
{
    return phrase("fmt.diag.numbered", {{"noun", noun_phrase(noun)}, {"number", prio::number(number)}});
}

Phrase named(std::string_view noun, std::string_view id)
{
    return phrase("fmt.diag.named", {{"noun", noun_phrase(noun)}, {"id", quoted(id)}});
}

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
        r.error(at, phrase("fmt.diag.duplicate_id", {{"noun", noun_phrase(noun)}, {"id", quoted(id)}, {"line", number(first->second)}}));
}

void read_lane_options(yaml::Reader& r, const yaml::Node& map, const Phrase& where, long long max_capacity,
                       int& capacity, bool& ranked)
{
    if (const yaml::Node* node = r.field(map, "capacity", false, where))
        capacity = static_cast<int>(r.integer(*node, field_of("capacity", where), 0, max_capacity).value_or(0));
    if (const yaml::Node* node = r.field(map, "ranked", false, where))
        ranked = r.boolean(*node, field_of("ranked", where)).value_or(true);
}

void read_lane_term(yaml::Reader& r, const yaml::Node& map, const Phrase& where, LaneTerm& term)
{
    const yaml::Node* node = r.field(map, "term", false, where);
    if (!node)
        return;
    std::optional<std::string> text = r.text(*node, field_of("term", where));
    std::optional<LaneTerm> parsed = text ? parse_lane_term(*text) : std::nullopt;
    if (parsed)
        term = *parsed;
    else if (text)
        r.error(*node, phrase("fmt.diag.lane_term", {{"what", field_of("term", where)}, {"found", yaml::describe(*node)}}));
}

namespace {

// The strings key of the right-to-left script `c` belongs to, or nullptr.
const char* right_to_left_script(char32_t c)
{
    if ((c >= 0x0590 && c <= 0x05FF) || (c >= 0xFB1D && c <= 0xFB4F))
        return "diag.script.hebrew";
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
        (c >= 0xFE70 && c <= 0xFEFF))
        return "diag.script.arabic";
    if ((c >= 0x0700 && c <= 0x074F) || (c >= 0x0780 && c <= 0x07BF) || (c >= 0x07C0 && c <= 0x07FF))
        return "diag.script.right_to_left";  // Syriac, Thaana, N'Ko
    return nullptr;
}

}  // namespace

void note_unshaped_text(yaml::Reader& r, const yaml::Node& at, std::string_view text, const Phrase& what, ScriptNotes& notes)
{
    if (notes.rtl_said && notes.wide_said)
        return;
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const char32_t c = utf8_decode(text, i);
        if (const char* script = right_to_left_script(c); script && !notes.rtl_said) {
            notes.rtl_said = true;
            r.warning(at, phrase("fmt.diag.deck.right_to_left", {{"what", what}, {"script", phrase(script)}}));
        } else if (c > 0xFFFF && !notes.wide_said) {
            notes.wide_said = true;
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
            r.warning(at, phrase("fmt.diag.deck.wide_character", {{"what", what}, {"code", std::string(code)}}));
        }
    }
}

void sort_in_file_order(std::vector<Diagnostic>& diagnostics)
{
    auto key = [](const Diagnostic& d) { return std::pair(d.line == 0 ? INT_MAX : d.line, d.column); };
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    yaml::detail::keep_first(diagnostics, yaml::Reader::kMaxDiagnostics);
}

}  // namespace prio
