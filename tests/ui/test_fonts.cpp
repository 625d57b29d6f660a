#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/strings.h"
#include "core/utf8.h"
#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"
#include "ui/fonts.h"

using namespace prio;

namespace {

// The code points of validated UTF-8, by the program's own decoder.
std::u32string code_points(std::string_view text)
{
    std::u32string out;
    for (std::size_t i = 0; i < text.size();)
        out.push_back(utf8_decode(text, i));
    return out;
}

// "U+2192", as a failure names the character.
std::string code_point_name(char32_t c)
{
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(c));
    return text;
}

}  // namespace

TEST_CASE("the built-in fonts have every glyph Dutch text needs, so nothing renders as '?'")
{
    ImFontAtlas atlas;
    Fonts fonts = build_fonts(atlas, 18.0f);
    REQUIRE(fonts.regular);
    REQUIRE(fonts.bold);
    REQUIRE(fonts.heading);
    const std::u32string needed = U"éëïöèêàçüÉ‘’“”„–—…€•";
    for (ImFont* font : {fonts.regular, fonts.bold, fonts.heading})
        for (char32_t c : needed) {
            INFO(code_point_name(c));
            CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
        }
}

TEST_CASE("every character of the bundled decks has a glyph in the regular and bold fonts")
{
    ImFontAtlas atlas;
    Fonts fonts = build_fonts(atlas, 18.0f);
    for (const BundledDeck& deck : bundled_decks()) {
        int checked = 0;
        for (char32_t c : code_points(deck.text)) {
            if (c < 0x20)
                continue;
            INFO(deck.name << ": " << code_point_name(c));
            CHECK(fonts.regular->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
            CHECK(fonts.bold->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
            ++checked;
        }
        CHECK(checked > 1000);
    }
}

TEST_CASE("fonts are rasterised at the size asked for, so zoom stays crisp")
{
    ImFontAtlas atlas;
    Fonts small = build_fonts(atlas, 18.0f);
    CHECK(small.regular->FontSize == doctest::Approx(18.0f));
    Fonts large = build_fonts(atlas, 54.0f);
    CHECK(large.regular->FontSize == doctest::Approx(54.0f));
    CHECK(large.heading->FontSize > large.regular->FontSize);
}

TEST_CASE("every character of a deck in Arabic, Hebrew, CJK, Greek and symbols has a glyph, from the fallback faces")
{
    DeckLoad load = load_deck_file(PRIO_SOURCE_DIR "/tests/decks/scripts.yaml");
    REQUIRE(load.deck);
    const Session session = make_session(*load.deck);
    const std::vector<ImWchar> extra = extra_characters(session);
    CHECK(extra.size() > 60);
    ImFontAtlas without, with;
    Fonts plain = build_fonts(without, 18.0f);
    Fonts fonts = build_fonts(with, 18.0f, 1.35f, extra);
    int checked = 0, missing_before = 0;
    for (const Card& card : session.deck.cards)
        for (const std::string* text : {&card.title, &card.summary})
            for (char32_t c : code_points(*text)) {
                INFO(card.id << ": " << code_point_name(c));
                for (ImFont* font : {fonts.regular, fonts.bold, fonts.heading, fonts.title})
                    CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
                missing_before += plain.regular->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr;
                ++checked;
            }
    CHECK(checked > 150);
    MESSAGE("atlas at 18 px: " << without.TexWidth << "x" << without.TexHeight << " without the deck's characters, " << with.TexWidth
                               << "x" << with.TexHeight << " with its " << extra.size() << " (4 bytes a pixel as uploaded)");
    // Without the deck's characters the same atlas would show them as '?'.
    CHECK(missing_before > 60);
}

TEST_CASE("the bundled decks add no characters, so their atlas stays as small as before")
{
    for (const BundledDeck& deck : bundled_decks()) {
        DeckLoad load = parse_deck(deck.text, std::string(deck.name));
        REQUIRE(load.deck);
        CHECK(extra_characters(make_session(*load.deck)).empty());
    }
}

TEST_CASE("every character of the interface's own texts, in Dutch and English, has a glyph in every face")
{
    // The embedded face lacks the arrows of "ronde 1 \u2192 ronde 2": they come from a fallback face.
    ImFontAtlas atlas;
    Fonts fonts = build_fonts(atlas, 18.0f);
    int checked = 0;
    for (std::string_view key : text_keys())
        for (const char* language : {"nl", "en"})
            for (char32_t c : code_points(tr(key, language))) {
                if (c < 0x80)
                    continue;
                INFO(std::string(key) << " (" << language << "): " << code_point_name(c));
                for (ImFont* font : {fonts.regular, fonts.bold, fonts.heading, fonts.large, fonts.title})
                    CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
                ++checked;
            }
    CHECK(checked > 100);
}
