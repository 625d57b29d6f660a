#include "io/session/session_emit.h"

#include <algorithm>

#include "io/files/text_safety.h"

namespace prio::session_emit {
namespace {

// The emitter writes plain what a YAML 1.1 reader would take for a boolean
// or a number ("yes", "0.1", "2024-05-02"), and control characters raw;
// quote those. Anything else it quotes itself when needed. `controls`: the
// text holds a byte below 0x20 or DEL.
bool needs_double_quotes(std::string_view s, bool controls)
{
    if (s.empty() || controls)
        return true;
    char first = s.front();
    if ((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.')
        return true;
    if (s.size() > 5)
        return false;
    std::string lower;
    for (char c : s)
        lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    for (const char* word : {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"})
        if (lower == word)
            return true;
    return false;
}

bool has_controls(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

}  // namespace

void text(Emitter& out, std::string_view s)
{
    // What the reader would refuse (control characters, invalid UTF-8)
    // never reaches the file; a CR becomes the line end it meant. Most text
    // is ASCII with at most tabs and line feeds, which clean_text would
    // leave as it is: one pass tells, without a copy.
    bool ascii = true, controls = false;
    for (char c : s.substr(yaml::printable_ascii_run(s, 0, false))) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            controls = true;
            ascii = ascii && (c == '\n' || c == '\t');
        } else if (c < 0) {
            ascii = false;
        }
    }
    if (ascii)
        return out.scalar(s, needs_double_quotes(s, controls));
    const std::string v = clean_text(s);
    out.scalar(v, needs_double_quotes(v, has_controls(v)));
}

void key_text(Emitter& out, std::string_view key, std::string_view value)
{
    out.scalar(key);
    text(out, value);
}

void key_value(Emitter& out, std::string_view key, long long value)
{
    out.scalar(key);
    out.value(value);
}

void key_value(Emitter& out, std::string_view key, int value) { key_value(out, key, static_cast<long long>(value)); }

void key_value(Emitter& out, std::string_view key, bool value)
{
    out.scalar(key);
    out.value(value);
}

void key_value(Emitter& out, std::string_view key, const char* value)
{
    out.scalar(key);
    out.scalar(value);
}

void key_word(Emitter& out, std::string_view key, std::string_view word)
{
    out.scalar(key);
    out.scalar(word);
}

void card_ids(Emitter& out, const Deck& deck, const std::vector<int>& cards)
{
    out.begin_seq(true);
    for (int card : cards)
        text(out, deck.cards[static_cast<std::size_t>(card)].id);
    out.end_seq();
}

void id_list(Emitter& out, const std::vector<std::string>& ids)
{
    out.begin_seq(true);
    for (const std::string& id : ids)
        text(out, id);
    out.end_seq();
}

void lane_shape(Emitter& out, const LaneSpec& lane)
{
    key_text(out, "id", lane.id);
    key_text(out, "title", lane.title);
    key_value(out, "capacity", lane.capacity);
    key_value(out, "ranked", lane.ranked);
}

}  // namespace prio::session_emit
