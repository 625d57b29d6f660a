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
