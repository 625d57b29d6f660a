#include <doctest/doctest.h>

#include "core/placeholders.h"

using namespace prio;

TEST_CASE("fill puts each value where its name is, in any order")
{
    CHECK(fill("{count} of {total}", {{"total", "18"}, {"count", "3"}}) == "3 of 18");
    CHECK(fill("{a} and {b}, {unknown} {a}", {{"a", "x"}, {"b", "{a}"}}) == "x and {a}, {unknown} x");
    CHECK(fill("{} {x", {{"x", "1"}}) == "{} {x");
    CHECK(fill("no names", {}) == "no names");
}

TEST_CASE("fill picks a word's singular when the count is 1, its plural otherwise")
{
    const char* pattern = "{count} {count|stem|stemmen} in ronde {round}";
    CHECK(fill(pattern, {{"count", "1"}, {"round", "2"}}) == "1 stem in ronde 2");
    CHECK(fill(pattern, {{"count", "0"}, {"round", "2"}}) == "0 stemmen in ronde 2");
    CHECK(fill(pattern, {{"count", "11"}, {"round", "2"}}) == "11 stemmen in ronde 2");
    CHECK(fill("{n|phone|phones}", {{"n", "1"}}) == "phone");
    CHECK(fill("{n||s}", {{"n", "2"}}) == "s");
    // A malformed choice or an unknown name stays as written.
    CHECK(fill("{n|one}", {{"n", "1"}}) == "{n|one}");
    CHECK(fill("{m|one|more}", {{"n", "1"}}) == "{m|one|more}");
}
