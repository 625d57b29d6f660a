#include "core/phrase.h"

#include "core/placeholders.h"
#include "core/strings.h"

namespace prio {

// Out of line: `fields` holds pairs of Phrase, which can only be built and
// compared once Phrase is complete.
Phrase::Phrase() = default;
Phrase::Phrase(std::string text) : verbatim(std::move(text)) {}
Phrase::Phrase(std::string k, Fields f) : key(std::move(k)), fields(std::move(f)) {}

// By hand: clang 14 recurses without end on a defaulted == over a vector of
// pairs that hold the class itself.
bool Phrase::operator==(const Phrase& other) const
{
    if (key != other.key || verbatim != other.verbatim || verbatim_nl != other.verbatim_nl || fields.size() != other.fields.size())
        return false;
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].first != other.fields[i].first || !(fields[i].second == other.fields[i].second))
            return false;
    return true;
}

Phrase phrase(std::string key, Fields fields) { return Phrase(std::move(key), std::move(fields)); }

Phrase verbatim(std::string text) { return Phrase(std::move(text)); }

Phrase number(long long n) { return Phrase(std::to_string(n)); }

Phrase worded(std::string nl, std::string en)
{
    Phrase p(std::move(en));
    p.verbatim_nl = std::move(nl);
    return p;
}

std::string word(const Phrase& p, std::string_view language)
{
    if (p.key.empty())
        return language == "nl" && !p.verbatim_nl.empty() ? p.verbatim_nl : p.verbatim;
    Placeholders values;
    values.reserve(p.fields.size());
    for (const auto& [name, value] : p.fields)
        values.emplace_back(name, word(value, language));
    return fill(tr(p.key, language), values);
}

}  // namespace prio
