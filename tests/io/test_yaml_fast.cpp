// The fast reading of plain block YAML must give the very tree yaml-cpp
// gives, positions included, or give up; and it must not give up on what
// Prioriteer writes, or the large sessions are slow again.
#include <doctest/doctest.h>

#include <string>

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>

#include "io/deck/bundled.h"
#include "io/yaml/yaml_source.h"
#include "test_support.h"

using namespace prio;
using yaml::Node;

namespace {

struct Ignore : YAML::EventHandler {
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

std::string same(const Node& a, const Node& b, const std::string& where)
{
    const std::string here = where + " (line " + std::to_string(b.line) + ":" + std::to_string(b.column) + ")";
    if (a.kind != b.kind || a.line != b.line || a.column != b.column || a.scalar != b.scalar || a.quoted != b.quoted ||
        a.items.size() != b.items.size() || a.entries.size() != b.entries.size())
        return "differs at " + here + ": fast " + std::to_string(a.line) + ":" + std::to_string(a.column) + " '" + a.scalar + "'";
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (std::string d = same(a.items[i], b.items[i], where + "[" + std::to_string(i) + "]"); !d.empty())
            return d;
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        if (std::string d = same(a.entries[i].first, b.entries[i].first, where + ".key"); !d.empty())
            return d;
        if (std::string d = same(a.entries[i].second, b.entries[i].second, where + "." + b.entries[i].first.scalar); !d.empty())
            return d;
    }
    return {};
}

}  // namespace

namespace prio::test {

PlainReading plain_reading(std::string_view text)
{
    std::vector<Diagnostic> out;
    std::optional<yaml::detail::Source> source = yaml::detail::prepare(text, "t.yaml", {}, out);
    REQUIRE(source);
    Ignore ignore;
    PlainReading result;
    result.taken = yaml::detail::build_plain(*source, yaml::Limits{}.max_lookahead_bytes, ignore);
    std::vector<Diagnostic> fast_out, slow_out;
    std::optional<Node> fast = yaml::detail::build_tree(*source, "t.yaml", {}, fast_out, true);
    std::optional<Node> slow = yaml::detail::build_tree(*source, "t.yaml", {}, slow_out, false);
    if (fast.has_value() != slow.has_value())
        result.difference = "one reading gave a tree, the other not";
    else if (fast)
        result.difference = same(*fast, *slow, "root");
    if (result.difference.empty() && lines(fast_out) != lines(slow_out))
        result.difference = "diagnostics differ:\n" + lines(fast_out) + "---\n" + lines(slow_out);
    return result;
}

}  // namespace prio::test

TEST_CASE("plain reading: the bundled decks, written by hand with > blocks, are left to yaml-cpp and agree")
{
    for (const char* language : {"nl", "en"}) {
        test::PlainReading r = test::plain_reading(bundled_deck(language).text);
        CHECK_FALSE(r.taken);
        CHECK_MESSAGE(r.difference.empty(), r.difference);
    }
}

TEST_CASE("plain reading: small files, taken or given up, always agree with yaml-cpp")
{
    struct Case {
        const char* text;
        bool taken;
    };
    const Case cases[] = {
        {"a: 1\nb: two words\nc: \"q \\\"x\\\" \\\\ \\n\"\nd: 'it''s'\n", true},
        {"# comment\nlist:\n  - x\n  - y: 1\n    z: [a, \"b\", {c: d, e: []}]\n  - {}\n", true},
        {"key:\n- a\n- b\nnext: x   # trailing\n", true},
        {"  indented: 1\n  again: 2\n", true},
        {"url: https://example.org/a:b\nc#: x#y\nneg: -5\n", true},
        {"empty:\nnext: 1\n", true},
        {"e: {move: K1, from: pile/0, to: lane:pile/0}\nq: ?T\n", true},
        {"nested:\n    deep:\n        deeper: z\n    back: y\n", true},
        {"t: \"\xC3\xA9\xE2\x82\xAC \xF0\x9F\x98\x80\"\n", true},
        {"t: \"\\xA0 \\u00e9\\u20AC \\U0001F642\"\n", true},
        {"t: \"\\x07\"\n", false},
        {"t: \"\\uD800\"\n", false},
        // Outside the subset: given up, and yaml-cpp reads it.
        {"a: |\n  block\n", false},
        {"a: plain\n  continued\n", false},
        {"a: \"two\n  lines\"\n", false},
        {"a: [1,\n  2]\n", false},
        {"a: &x 1\nb: *x\n", false},
        {"a: !!str 1\n", false},
        {"a: ~\n", false},
        {"---\na: 1\n", false},
        {"- - a\n", false},
        {"a: \"\\x41\"\n", false},
        {"? a\n: b\n", false},
        {"a: b: c\n", false},
        {"a: 1\na: 2\n", true},  // read, but the duplicate key sends it to yaml-cpp, which reports it
        {"a:\n-\n", false},
        {"\"q\": 1\n", false},
        {"a: [x, ]\n", false},
        {"a: 1\n b: 2\n", false},
        {"scalar only\n", false},
        {"e: {a: x?y}\n", false},
        {"e: [a: b]\n", false},
    };
    for (const Case& c : cases) {
        const std::string text = c.text;
        CAPTURE(text);
        test::PlainReading r = test::plain_reading(c.text);
        CHECK(r.taken == c.taken);
        CHECK_MESSAGE(r.difference.empty(), r.difference);
    }
}
