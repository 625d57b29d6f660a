#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "io/files/text_safety.h"

using namespace prio;

TEST_CASE("terminal_safe: controls, overrides and invalid bytes are written as escapes")
{
    const std::pair<std::string, std::string> cases[] = {
        {"plain é € 日本 🙂", "plain é € 日本 🙂"},
        {"\x1b]2;pwned\x07", "\\x1B]2;pwned\\x07"},
        {"a\nb\tc\rd", "a\\x0Ab\\x09c\\x0Dd"},
        {std::string("nul\0!", 5), "nul\\x00!"},
        {"del\x7f c1\xc2\x9b", "del\\x7F c1\\x9B"},
        {"abc\xe2\x80\xae" "fdp.exe", "abc\\u{202E}fdp.exe"},
        {"caf\xe9", "caf\\xE9"},
        {"\xEF\xBF\xBD stays", "\xEF\xBF\xBD stays"},
    };
    for (const auto& [given_, shown] : cases) {
        const std::string& given = given_;  // CAPTURE cannot name a structured binding in clang 14
        CAPTURE(given);
        CHECK(terminal_safe(given) == shown);
    }
}

TEST_CASE("clean_text and is_control agree on what a control is")
{
    for (char32_t c : {0x00, 0x1B, 0x7F, 0x85, 0x9F})
        CHECK(is_control(c));
    for (char32_t c : {0x09, 0x0A, 0x20, 0xA0, 0x202E})
        CHECK_FALSE(is_control(c));
    CHECK(clean_text("a\r\nb\x1b[2Jc\xc2\x85") == "a\nb[2Jc");
}
