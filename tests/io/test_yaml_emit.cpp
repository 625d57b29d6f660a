// Our emitter writes what yaml-cpp's writes, byte for byte: the choice
// between plain and double quotes, the escapes, and the layout of block and
// flow groups, over random text and random trees.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "io/yaml/yaml_emit.h"
#include "yaml_cpp_emitter.h"

using namespace prio;

namespace {

// Pieces that sit on the edge of one of yaml-cpp's rules, invalid UTF-8 and
// noncharacters included.
const std::vector<std::string> kPieces = {
    "a", "Kaart", "yes", "null", "Null", "NULL", "~", "0", "-", "-x", "- ", "?", "?x", "? ", ":", ":x", ": ", "a:b", "a: b",
    "x:", "#", " #", "a#b", "\t#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\\", " ",
    "  ", "\t", "\n", "\r", "\r\n", std::string(1, '\0'), "\x01", "\x07", "\x08", "\x0B", "\x0C", "\x0E", "\x1B", "\x1F",
    "\x7F", "\xC2\x80", "\xC2\x85", "\xC2\x9F", "\xC2\xA0", "\xC2\xA1", "é", "€", "日本", "🙂", "\xEF\xBB\xBF", "\xEF\xBF\xBE",
    "\xEF\xB7\x90", "\xF0\x9F\xBF\xBF", "\xF4\x90\x80\x80", "\xED\xA0\x80", "\xC0\x80", "\xFF", "\xC3", "\xE2\x82", "\x80",
    "\xF8\x88\x80\x80\x80", "lane:pile/0", "2024-05-02", "  leading", "trailing  ",
};

struct Random {
    std::mt19937 rng;
    explicit Random(unsigned seed) : rng(seed) {}
    int below(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    std::string text()
    {
        std::string s;
        for (int parts = below(5); parts > 0; --parts)
            s += kPieces[static_cast<std::size_t>(below(static_cast<int>(kPieces.size())))];
        if (chance(3))
            s += std::string(1000 + below(60), 'x');  // around yaml-cpp's long-key length
        return s;
    }
};

// The same calls to both emitters.
struct Both {
    yaml::PlainEmitter ours;
    test::YamlCppEmitter theirs;
    template <class F>
    void operator()(F f)
    {
        f(static_cast<yaml::Emitter&>(ours));
        f(static_cast<yaml::Emitter&>(theirs));
    }
};

void scalar(Both& both, Random& r)
{
    const std::string s = r.text();
    const bool quoted = r.chance(20);
    const long long number = static_cast<long long>(r.rng()) - 1000000;
    switch (r.below(8)) {
    case 0: return both([&](yaml::Emitter& e) { e.value(number); });
    case 1: return both([&](yaml::Emitter& e) { e.value(s.size() % 2 == 0); });
    default: return both([&](yaml::Emitter& e) { e.scalar(s, quoted); });
    }
}

void node(Both& both, Random& r, int depth);

void group(Both& both, Random& r, int depth)
{
    const bool map = r.chance(50);
    const bool flow = r.chance(40);
    both([&](yaml::Emitter& e) { map ? e.begin_map(flow) : e.begin_seq(flow); });
    const int n = r.chance(15) ? 0 : 1 + r.below(4);
    for (int i = 0; i < n * (map ? 2 : 1); ++i)
        node(both, r, depth + 1);
    both([&](yaml::Emitter& e) { map ? e.end_map() : e.end_seq(); });
}

void node(Both& both, Random& r, int depth)
{
    if (depth < 4 && r.chance(35))
        group(both, r, depth);
    else
        scalar(both, r);
}

}  // namespace

TEST_CASE("emitter: every piece, alone and in pairs, as key and value in each kind of group, as yaml-cpp writes it")
{
    std::vector<std::string> texts = {""};
    for (const std::string& a : kPieces) {
        texts.push_back(a);
        for (const std::string& b : {std::string("x"), std::string(" "), std::string(":"), std::string("#")}) {
            texts.push_back(a + b);
            texts.push_back(b + a);
        }
    }
    texts.push_back(std::string(1024, 'k'));
    texts.push_back(std::string(1025, 'k'));
    int compared = 0;
    for (const std::string& s : texts)
        for (int shape = 0; shape < 4; ++shape)
            for (bool quoted : {false, true}) {
                CAPTURE(s);
                CAPTURE(shape);
                Both both;
                both([&](yaml::Emitter& e) {
                    e.comment("top");
                    e.begin_map(false);
                    e.scalar("k");
                    shape % 2 == 0 ? e.begin_map(shape >= 2) : e.begin_seq(shape >= 2);
                    e.scalar(s, quoted);
                    if (shape % 2 == 0)
                        e.scalar(s, quoted);
                    e.scalar(s, quoted);
                    if (shape % 2 == 0)
                        e.scalar("after");
                    shape % 2 == 0 ? e.end_map() : e.end_seq();
                    e.scalar(s, quoted);
                    e.scalar(s, quoted);
                    e.end_map();
                });
                REQUIRE(both.ours.take() == both.theirs.take());
                ++compared;
            }
    MESSAGE(compared << " documents compared");
}

TEST_CASE("emitter: 3,000 random trees of block and flow groups, byte for byte as yaml-cpp writes them")
{
    std::size_t bytes = 0;
    for (unsigned seed = 1; seed <= 3000; ++seed) {
        CAPTURE(seed);
        Random r(seed);
        Both both;
        if (r.chance(30))
            both([](yaml::Emitter& e) { e.comment("A comment"); });
        group(both, r, 0);
        const std::string ours = both.ours.take();
        REQUIRE(ours == both.theirs.take());
        bytes += ours.size();
    }
    MESSAGE(bytes << " bytes compared");
}

TEST_CASE("emitter: plain when yaml-cpp allows it, double quotes with its escapes otherwise")
{
    CHECK(yaml::plain_allowed("a: b", true) == false);
    CHECK(yaml::plain_allowed("a:b", false));
    CHECK_FALSE(yaml::plain_allowed("a:b]", true));
    CHECK(yaml::plain_allowed("a:b]", false));
    CHECK_FALSE(yaml::plain_allowed("trailing ", false));
    std::string out;
    yaml::append_double_quoted(out, "\"\\\n\t\r\b\f\x01\x7F\xC2\xA0\xEF\xBB\xBF\xEF\xB7\x90\xFF é");
    CHECK(out == "\"\\\"\\\\\\n\\t\\r\\b\\f\\x01\x7F\\xa0\\ufeff\xEF\xBF\xBD\xEF\xBF\xBD é\"");
}

TEST_CASE("emitter: the run of printable ASCII ends at the first byte that is not, wherever it falls in the eight")
{
    for (char special : {'\0', '\x01', '\n', '\x1F', '\x7F', '\x80', '\xC3', '\xFF', '"', '\\'})
        for (std::size_t size = 0; size < 40; ++size)
            for (std::size_t at = 0; at <= size; ++at) {
                std::string s(size, 'a');
                for (std::size_t i = 0; i < size; ++i) {
                    const char c = static_cast<char>(' ' + (i * 7) % 95);  // all of printable ASCII
                    s[i] = c == '"' || c == '\\' ? 'q' : c;
                }
                if (at < size)
                    s[at] = special;
                const bool escaped = special == '"' || special == '\\';
                CAPTURE(size);
                CAPTURE(at);
                CHECK(yaml::printable_ascii_run(s, 0, true) == at);
                CHECK(yaml::printable_ascii_run(s, 0, false) == (escaped ? size : at));
                if (at > 0)
                    CHECK(yaml::printable_ascii_run(s, 1, true) == at - 1);
            }
}
