#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/strings.h"

using namespace prio;

namespace {

// The names of a text's {name} fields (and of its {name|one|other}
// choices: a language may choose a word where another needs none); "{}"
// counts as a field without a name.
std::set<std::string> fields(std::string_view text)
{
    std::set<std::string> out;
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        std::size_t close = text.find('}', open);
        if (close == std::string_view::npos)
            break;
        std::string_view field = text.substr(open + 1, close - open - 1);
        out.insert(std::string(field.substr(0, field.find('|'))));
    }
    return out;
}

}  // namespace

TEST_CASE("every fmt. text names its fields, the same ones in Dutch and English")
{
    int checked = 0;
    for (std::string_view key : text_keys()) {
        if (!key.starts_with("fmt."))
            continue;
        CAPTURE(key);
        std::set<std::string> nl = fields(tr(key, "nl"));
        CHECK(nl == fields(tr(key, "en")));
        CHECK_FALSE(nl.empty());
        CHECK(nl.count("") == 0);
        ++checked;
    }
    CHECK(checked > 30);
}
