#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "io/yaml/yaml_tree.h"
#include "report.h"

using namespace prio;
using yaml::Node;

namespace {

std::string errors_of(std::string_view text, const yaml::Limits& limits = {})
{
    yaml::Parsed parsed = yaml::parse(text, "t.yaml", limits);
    CHECK_FALSE(parsed.root);
    return report(parsed.diagnostics);
}

Node root_of(std::string_view text)
{
    yaml::Parsed parsed = yaml::parse(text, "t.yaml");
    REQUIRE_MESSAGE(parsed.root, report(parsed.diagnostics));
    CHECK(parsed.diagnostics.empty());
    return *parsed.root;
}

std::filesystem::path temp_dir()
{
    std::filesystem::path dir = std::filesystem::temp_directory_path() / ("prio_yaml_tree_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("yaml tree: kinds, 1-based positions, quoting and key order")
{
    const Node root = root_of("title: \"Nu\"\nitems:\n  - één\n  - 3\nempty:\nnothing: ~\n");
    REQUIRE(root.kind == Node::Kind::Map);
    CHECK(root.line == 1);
    CHECK(root.column == 1);
    REQUIRE(root.entries.size() == 4);
    CHECK(root.entries[0].first.scalar == "title");
    CHECK(root.entries[0].second.scalar == "Nu");
    CHECK(root.entries[0].second.quoted);
    CHECK(root.entries[0].second.column == 8);
    const Node& items = root.entries[1].second;
    REQUIRE(items.kind == Node::Kind::Sequence);
    REQUIRE(items.items.size() == 2);
    CHECK(items.items[0].scalar == "één");
    CHECK_FALSE(items.items[0].quoted);
    CHECK(items.items[1].line == 4);
    CHECK(items.items[1].column == 5);
    // An empty value sits at its key, not where the next line starts.
    CHECK(root.entries[2].second.kind == Node::Kind::Null);
    CHECK(root.entries[2].second.line == 5);
    CHECK(root.entries[2].second.column == 1);
    CHECK(root.entries[3].second.kind == Node::Kind::Null);
    CHECK(yaml::find(root, "items") == &items);
    CHECK(yaml::find(root, "missing") == nullptr);
}

TEST_CASE("yaml tree: columns count characters, not bytes")
{
    const Node root = root_of("é: ü\n");
    CHECK(root.entries[0].second.column == 4);
    CHECK(errors_of("ëë: [x\n") == "1:5: error: the list opened here with '[' is not closed: expected ',' or ']'\n");
}

TEST_CASE("yaml tree: a UTF-8 BOM and CRLF line ends read as the plain file does")
{
    const Node plain = root_of("a: 1\nb:\n  - x\n");
    const Node crlf = root_of("\xEF\xBB\xBF" "a: 1\r\nb:\r\n  - x\r\n");
    CHECK(crlf.entries.size() == plain.entries.size());
    const Node& x = crlf.entries[1].second.items[0];
    CHECK(x.scalar == "x");
    CHECK(x.line == 3);
    CHECK(x.column == 5);
    CHECK(crlf.entries[0].first.column == 1);  // the BOM takes no column
    // A literal block keeps no CR from CRLF line ends.
    CHECK(root_of("t: |\r\n  a\r\n  b\r\n").entries[0].second.scalar == "a\nb\n");
}

TEST_CASE("yaml tree: an empty file or one with only comments is a null root for the whole file")
{
    for (const char* text : {"", "# only a comment\n", "\xEF\xBB\xBF"}) {
        const Node root = root_of(text);
        CHECK(root.kind == Node::Kind::Null);
        CHECK(root.line == 0);
    }
}

TEST_CASE("yaml tree: duplicate keys name the first one's line; the first value is kept")
{
    yaml::Parsed parsed = yaml::parse("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n", "t.yaml");
    CHECK_FALSE(parsed.root);
    CHECK(report(parsed.diagnostics) ==
          "4:3: error: duplicate key 'c': already given on line 3\n"
          "5:1: error: duplicate key 'a': already given on line 1\n");
    REQUIRE(parsed.partial);
    CHECK(parsed.partial->entries.size() == 2);
    CHECK(yaml::find(*parsed.partial, "a")->scalar == "1");
    // Quoting does not make a key different.
    CHECK(errors_of("x: 1\n\"x\": 2\n") == "2:1: error: duplicate key 'x': already given on line 1\n");
}

TEST_CASE("yaml tree: keys must be text")
{
    CHECK(errors_of("? [a, b]\n: 1\n") == "1:3: error: a key must be text, found a list\n");
    CHECK(errors_of(": x\n") == "1:1: error: a key is missing before ':'\n");
}

TEST_CASE("yaml tree: anchors and aliases are refused, saying why")
{
    CHECK(errors_of("a: &base x\nb: *base\n") ==
          "1:4: error: anchor '&base' is not allowed (anchors serve aliases, which can make a small file huge): remove it, or quote text that starts with '&'\n"
          "2:4: error: alias '*base' is not allowed (aliases can make a small file huge): write the value out, or quote text that starts with '*'\n");
    // An alias to nothing is what "*text*" in a summary becomes.
    CHECK(errors_of("summary: *belangrijk* en meer\n") ==
          "1:10: error: alias '*belangrijk*' is not allowed (aliases can make a small file huge): write the value out, or quote text that starts with '*'\n");
}

TEST_CASE("yaml tree: a self-referencing alias is refused, not walked")
{
    CHECK(errors_of("a: &a [*a]\n") ==
          "1:4: error: anchor '&a' is not allowed (anchors serve aliases, which can make a small file huge): remove it, or quote text that starts with '&'\n"
          "1:8: error: alias '*a' is not allowed (aliases can make a small file huge): write the value out, or quote text that starts with '*'\n");
}

TEST_CASE("yaml tree: an alias bomb is refused at its first alias")
{
    // Nine levels of ten aliases each would expand to 10^9 strings.
    std::string bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char prev = static_cast<char>(level - 1);
        bomb += std::string(1, level) + ": &" + level + " [";
        for (int i = 0; i < 10; ++i)
            bomb += std::string(i ? "," : "") + "*" + prev;
        bomb += "]\n";
    }
    yaml::Parsed parsed = yaml::parse(bomb, "t.yaml");
    CHECK_FALSE(parsed.root);
    CHECK_FALSE(parsed.partial);
    REQUIRE(parsed.diagnostics.size() == 3);  // anchors &a and &b, then the first alias stops the parse
    CHECK(parsed.diagnostics[2].line == 2);
    CHECK(parsed.diagnostics[2].column == 8);
    CHECK(message_text(parsed.diagnostics[2], "en").starts_with("alias '*a' is not allowed"));
}

TEST_CASE("yaml tree: 600 levels of nesting are refused at the depth limit")
{
    const std::string flow = std::string(600, '[') + std::string(600, ']') + "\n";
    CHECK(errors_of(flow) == "1:65: error: nested too deeply: at most 64 levels of lists and maps are allowed\n");

    std::string block;
    for (int i = 0; i < 600; ++i)
        block += std::string(static_cast<std::size_t>(2 * i), ' ') + "a:\n";
    CHECK(errors_of(block) == "65:129: error: nested too deeply: at most 64 levels of lists and maps are allowed\n");
}

TEST_CASE("yaml tree: yaml-cpp's own 500-level guard is caught and reworded")
{
    yaml::Limits limits;
    limits.max_depth = 1000;  // above yaml-cpp's guard, so that one trips
    const std::string flow = std::string(600, '[') + std::string(600, ']') + "\n";
    CHECK(errors_of(flow, limits) == "1:499: error: nested too deeply: the YAML parser stops at 500 levels\n");
}

TEST_CASE("yaml tree: text that is not UTF-8 is refused at the first bad byte")
{
    // Latin-1 "é" after multi-byte characters: the column counts characters.
    CHECK(errors_of("a: ok\nb: één caf\xE9\n") == "2:11: error: invalid UTF-8 (byte 0xE9): save the file as UTF-8\n");
    CHECK(errors_of("a: \xC0\x80\n") == "1:4: error: invalid UTF-8 (byte 0xC0): save the file as UTF-8\n");  // overlong
    CHECK(errors_of("a: \xED\xA0\x80\n") == "1:4: error: invalid UTF-8 (byte 0xED): save the file as UTF-8\n");  // surrogate
    CHECK(errors_of("a: x\xE2\x82") == "1:5: error: invalid UTF-8 (byte 0xE2): save the file as UTF-8\n");  // cut off
    CHECK(errors_of("\x80") == "1:1: error: invalid UTF-8 (byte 0x80): save the file as UTF-8\n");
    CHECK(errors_of("\xFF\xFE" "a\0:\0") == "1:1: error: the file is saved as UTF-16 or UTF-32: save it as UTF-8\n");
}

TEST_CASE("yaml tree: control characters are refused")
{
    CHECK(errors_of(std::string_view("a: x\0y\n", 7)) == "1:5: error: control character 0x00 is not allowed in the text\n");
    CHECK(errors_of("a: \x1b[1m\n") == "1:4: error: control character 0x1B is not allowed in the text\n");
    // C1 controls are two bytes in UTF-8.
    CHECK(errors_of("a: ok\nb: x\xC2\x85y\n") == "2:5: error: control character U+0085 is not allowed in the text\n");
    CHECK(errors_of("a: \xC2\x9B" "2J\n") == "1:4: error: control character U+009B is not allowed in the text\n");
    // U+00A0 (0xC2 0xA0) is just a space that does not break.
    CHECK(root_of("a: x\xC2\xA0y\n").entries[0].second.scalar == "x\xC2\xA0y");
}

TEST_CASE("yaml tree: control characters written as escapes are refused too, at the value")
{
    const char* const escaped[][2] = {
        {"\\0", "0x00"}, {"\\x07", "0x07"}, {"\\a", "0x07"}, {"\\e", "0x1B"}, {"\\r", "0x0D"}, {"\\b", "0x08"},
        {"\\x7f", "0x7F"}, {"\\x85", "U+0085"}, {"\\N", "U+0085"}, {"\\u009B", "U+009B"}, {"\\e]2;pwned\\a", "0x1B"},
    };
    for (const auto& [escape_, shown] : escaped) {
        const char* escape = escape_;  // CAPTURE cannot name a structured binding in clang 14
        CAPTURE(escape);
        CHECK(errors_of("title: ok\nnote: \"x" + std::string(escape) + "y\"\n") ==
              "2:7: error: control character " + std::string(shown) + " is not allowed in the text (it is written as an escape here)\n");
    }
    // In a key as in a value; the rest of the file is still read.
    CHECK(errors_of("\"k\\x1b\": 1\nb: [\"\\x01\"]\n") ==
          "1:1: error: control character 0x1B is not allowed in the text (it is written as an escape here)\n"
          "2:5: error: control character 0x01 is not allowed in the text (it is written as an escape here)\n");
    // yaml-cpp turns "\\_" into a lone byte: refused rather than kept as invalid UTF-8.
    CHECK(errors_of("a: \"x\\_y\"\n") == "1:4: error: the escape gives invalid UTF-8 (byte 0xA0): write the character itself\n");
    // Tab and newline are text.
    CHECK(root_of("a: \"x\\ty\\nz\"\n").entries[0].second.scalar == "x\ty\nz");
}

TEST_CASE("yaml tree: tab indentation is reported on every line that has it")
{
    CHECK(errors_of("a:\n\tb: 1\n  \tc: 2\n") ==
          "2:1: error: tabs are not allowed for indentation: use spaces\n"
          "3:3: error: tabs are not allowed for indentation: use spaces\n");
    // After a list dash the rest of the line's indentation counts too.
    CHECK(errors_of("-\tid: x\n") == "1:2: error: tabs are not allowed for indentation: use spaces\n");
    // Blank lines count (yaml-cpp refuses them too); tabs after content do not.
    CHECK(errors_of("a: 1\n \t\nb: 2\n") == "2:2: error: tabs are not allowed for indentation: use spaces\n");
    CHECK(root_of("a:\tb\nc: d\t# note\n").entries.size() == 2);
}

TEST_CASE("yaml tree: many tab lines are summed up after ten")
{
    std::string text = "a:\n";
    for (int i = 0; i < 15; ++i)
        text += "\tb" + std::to_string(i) + ": 1\n";
    yaml::Parsed parsed = yaml::parse(text, "t.yaml");
    REQUIRE(parsed.diagnostics.size() == 11);
    CHECK(parsed.diagnostics[9].line == 11);
    CHECK(format(parsed.diagnostics[10], "en") == "t.yaml: error: tab indentation on 5 more lines");
}

TEST_CASE("yaml tree: absurd sizes are refused")
{
    yaml::Limits limits;
    CHECK(errors_of(std::string(limits.max_file_bytes + 1, ' ')) ==
          "error: the file is too large: 4194305 bytes, more than the 4 MiB allowed\n");
    const std::string long_text(9000, 'x');
    yaml::Parsed parsed = yaml::parse("a: ok\nb: " + long_text + "\n", "t.yaml");
    CHECK(report(parsed.diagnostics) == "2:4: error: text is too long (9000 bytes): at most 8 KiB is allowed\n");
    REQUIRE(parsed.partial);
    CHECK(yaml::find(*parsed.partial, "b")->scalar.size() == 8192);
    CHECK(root_of("a: " + std::string(8192, 'x') + "\n").entries[0].second.scalar.size() == 8192);

    limits.max_nodes = 6;
    CHECK(errors_of("[1, 2, 3, 4, 5, 6]\n", limits) == "1:17: error: too many values: at most 6 are allowed\n");
}

TEST_CASE("yaml tree: a huge [ ] block is stopped before yaml-cpp buffers all of it")
{
    // yaml-cpp holds every token of a top-level [ ] block until it closes.
    yaml::Limits limits;
    limits.max_lookahead_bytes = 1024;
    std::string list = "# numbers\n[";
    for (int i = 0; i < 2000; ++i)
        list += "1,";
    list += "1]\n";
    CHECK(errors_of(list, limits) ==
          "2:1: error: this [ ] list is too large: more than 1 KiB in one block; write it as an indented block instead\n");
    CHECK(errors_of("a: see [1] and " + std::string(5000, 'x') + "\n", limits) ==
          "1:1: error: more than 1 KiB follow here without a complete value: shorten that text (or run of comments)\n");
    // With the default limit a 4 MiB list of this kind is refused the same way.
    std::string big = "[";
    while (big.size() < (4u << 20) - 4)
        big += "1,";
    CHECK(errors_of(big + "1]\n") ==
          "1:1: error: this [ ] list is too large: more than 256 KiB in one block; write it as an indented block instead\n");
}

TEST_CASE("yaml tree: one document per file")
{
    CHECK(errors_of("a: 1\n---\nb: 2\n") == "2:1: error: a second document ('---') is not allowed: the file must hold one document\n");
    CHECK(errors_of("- a\nb: 1\n") == "2:1: error: this does not continue the document above (a list): check the indentation\n");
    CHECK(root_of("---\na: 1\n...\n").entries.size() == 1);
}

TEST_CASE("yaml tree: syntax errors are reworded into plain English")
{
    CHECK(errors_of("a: b: c\n") == "1:5: error: unexpected ':': put text that contains ': ' in quotes, or check the indentation\n");
    CHECK(errors_of("a: {b: 1\n") == "1:4: error: the map opened here with '{' is not closed: expected ',' or '}'\n");
    CHECK(errors_of("a: [1]]\n") == "1:7: error: unexpected ']': no open '[' or '{' to close here\n");
    CHECK(errors_of("a: \"x\\q\"\n") == "1:6: error: unknown escape '\\q' in double quotes: write '\\\\' for a backslash, or use single quotes\n");
    CHECK(errors_of("a: @x\n") == "1:4: error: '@' cannot start a value here: put the text in quotes\n");
    CHECK(errors_of("a: \"x\" y\nb: 1\n") == "1:8: error: unexpected text after the closing quote: put the whole value in quotes\n");
    CHECK(errors_of("a:\n  - 1\n  b: 2\n") == "3:3: error: this does not fit the map above: check the indentation\n");
    CHECK(errors_of("a: \"\\xZZ\"\n") == "1:5: error: invalid escape in double quotes: '\\x', '\\u' and '\\U' need hexadecimal digits\n");
    CHECK(errors_of("a: |x\n  t\n") == "1:5: error: unexpected text after '|' or '>': start the text on the next line\n");
}

TEST_CASE("yaml tree: what yaml-cpp 0.7 lets through is caught")
{
    // A quote left open runs to the end of the file without complaint.
    CHECK(errors_of("a: \"open\nb: 1\n") == "1:4: error: the quoted text that starts here is not closed: expected a closing \"\n");
    CHECK(errors_of("a: 'it''s\n") == "1:4: error: the quoted text that starts here is not closed: expected a closing '\n");
    CHECK(root_of("a: 'it''s'\nb: \"say \\\"hi\\\"\"\n").entries[1].second.scalar == "say \"hi\"");
    // A line without ':' in a block map reads as a key with no value.
    CHECK(errors_of("a: 1\nb\n") == "2:1: error: 'b' is not followed by ':': expected 'key: value'\n");
    // Not last in its map, it trips yaml-cpp at the next ':'; shown where it is.
    CHECK(errors_of("m:\n  a: 1\n  b\n  # note\n  c: 2\n") == "3:3: error: 'b' is not followed by ':': expected 'key: value'\n");
}

TEST_CASE("yaml tree: parse_file refuses a missing file, a directory and a huge file")
{
    const std::filesystem::path dir = temp_dir();
    const std::string missing = (dir / "missing.yaml").string();
    CHECK(report(yaml::parse_file(missing).diagnostics) == "error: cannot read the file: it does not exist\n");
    CHECK(report(yaml::parse_file(dir.string()).diagnostics) == "error: cannot read the file: it is a directory\n");

    const std::filesystem::path big = dir / "big.yaml";
    {
        std::ofstream out(big, std::ios::binary);
        out.seekp(5 << 20);  // a sparse 5 MiB file
        out.put('\n');
    }
    CHECK(report(yaml::parse_file(big.string()).diagnostics) == "error: the file is too large: 5242881 bytes, more than the 4 MiB allowed\n");

    const std::filesystem::path good = dir / "good.yaml";
    std::ofstream(good, std::ios::binary) << "a: [1, 2]\n";
    yaml::Parsed parsed = yaml::parse_file(good.string());
    REQUIRE(parsed.root);
    CHECK(parsed.root->entries[0].second.items.size() == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("yaml reader: typed values report what was expected and what was found")
{
    const Node root = root_of("m:\n  n: many\n  q: \"6\"\n  b: nee\n  t: [x]\n  ok: 12\n  yes: true\n");
    const Node& m = *yaml::find(root, "m");
    yaml::Reader r("t.yaml");
    CHECK(r.field(m, "absent", false, verbatim("the test")) == nullptr);
    CHECK(r.field(m, "absent", true, verbatim("the test")) == nullptr);
    CHECK_FALSE(r.integer(*r.field(m, "n", true, verbatim("x")), verbatim("n"), 0, 20));
    CHECK_FALSE(r.integer(*r.field(m, "q", true, verbatim("x")), verbatim("q"), 0, 20));
    CHECK_FALSE(r.integer(*r.field(m, "ok", true, verbatim("x")), verbatim("ok"), 0, 10));
    CHECK(r.integer(*r.field(m, "ok", true, verbatim("x")), verbatim("ok"), 0, 20) == 12);
    CHECK_FALSE(r.boolean(*r.field(m, "b", true, verbatim("x")), verbatim("b")));
    CHECK(r.boolean(*r.field(m, "yes", true, verbatim("x")), verbatim("yes")) == true);
    CHECK_FALSE(r.text(*r.field(m, "t", true, verbatim("x")), verbatim("t")));
    CHECK_FALSE(r.expect(m, Node::Kind::Sequence, verbatim("m")));
    r.unknown_keys(m, {"n", "q", "b", "t", "ok"}, verbatim("the test"));
    CHECK(r.failed());
    CHECK(report(r.diagnostics()) ==
          "2:3: error: missing required field 'absent' in the test\n"
          "2:6: error: n must be a whole number from 0 to 20, found 'many'\n"
          "3:6: error: q must be a whole number from 0 to 20, found \"6\"\n"
          "6:7: error: ok must be a whole number from 0 to 10, found '12'\n"
          "4:6: error: b must be true or false, found 'nee'\n"
          "5:6: error: t must be text, found a list\n"
          "2:3: error: m must be a list, found a map\n"
          "7:3: warning: unknown field 'yes' in the test is ignored (known: n, q, b, t, ok)\n");
}

TEST_CASE("yaml reader: found values are shown short, cut on whole characters")
{
    std::string long_text;
    for (int i = 0; i < 30; ++i)
        long_text += "é";  // 2 bytes each: 40 bytes hold 20 of them
    const Node root = root_of("a: " + long_text + "\nb: \"q\"\nc: {}\nd:\n");
    CHECK(word(yaml::describe(*yaml::find(root, "a")), "en") == "'" + long_text.substr(0, 40) + "...'");
    CHECK(word(yaml::describe(*yaml::find(root, "b")), "en") == "\"q\"");
    CHECK(word(yaml::describe(*yaml::find(root, "c")), "en") == "a map");
    CHECK(word(yaml::describe(*yaml::find(root, "d")), "en") == "nothing");
    // A key line without ':' is cut the same way in its message.
    CHECK(errors_of("a: 1\n" + long_text + "\n") == "2:1: error: '" + long_text.substr(0, 40) + "' is not followed by ':': expected 'key: value'\n");
}

TEST_CASE("yaml reader: after 100 problems one note says more were left out")
{
    const Node root = root_of("a: 1\n");
    yaml::Reader r("t.yaml");
    for (int i = 0; i < 150; ++i)
        r.warning(root, verbatim("w"));
    CHECK_FALSE(r.failed());
    r.error(root, verbatim("an error past the limit"));
    REQUIRE(r.diagnostics().size() == 101);
    CHECK(message_text(r.diagnostics().back(), "en") == "too many problems: only the first 100 are shown");
    CHECK(r.failed());  // the error left out still counts
}
