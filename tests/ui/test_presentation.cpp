// Presentation mode on the bundled deck at 1920x1080: for every spread of
// the 18 cards tried, all cards, lanes and the pile fit with nothing
// scrolled and no card or lane title cut off, at the largest text that does.
#include <doctest/doctest.h>

#include <cstdio>
#include <random>

#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"
#include "ui_harness.h"

namespace prio::test {
namespace {

Deck bundled()
{
    DeckLoad load = parse_deck(bundled_deck("nl").text, "principles.nl.yaml");
    REQUIRE(load.deck.has_value());
    return *load.deck;
}

// Draws presenting, with the fonts rasterised at the size the layout asks
// for, as the app does between frames.
void present(Ui& ui)
{
    ui.view.presenting = true;
    for (int round = 0; round < 4; ++round) {
        ui.frame();
        float font = ui.view.present_font;
        if (font > 0.0f && (!ui.view.fonts.regular || ui.view.fonts.regular->FontSize != font)) {
            ImGuiIO& io = ImGui::GetIO();
            ui.view.fonts = build_fonts(*io.Fonts, font, kPresentHeading);
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
            apply_style(false, present_scale(font), true);
        }
    }
    ui.frame();
}

// Whether a font's "…" was drawn anywhere in the last frame: its glyph's
// place in the atlas among the vertices.
bool drew_ellipsis(ImFont* font)
{
    const ImFontGlyph* dots = font->FindGlyphNoFallback(0x2026);
    REQUIRE(dots != nullptr);
    ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer)
            if (v.uv.x >= dots->U0 && v.uv.x <= dots->U1 && v.uv.y >= dots->V0 && v.uv.y <= dots->V1 && dots->U1 > dots->U0)
                return true;
    return false;
}

bool anything_scrolls()
{
    for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
        if (window->Active && (window->ScrollMax.x > 0.0f || window->ScrollMax.y > 0.0f)) {
            MESSAGE(std::string(window->Name) << " scrolls by " << window->ScrollMax.x << ", " << window->ScrollMax.y);
            return true;
        }
    return false;
}

// The cap height of the cards' title font, from its "H" as rasterised.
float cap_height(const Ui& ui)
{
    const ImFontGlyph* h = ui.view.fonts.bold->FindGlyphNoFallback('H');
    return h ? h->Y1 - h->Y0 : 0.0f;
}

// Lays the cards out: `counts` cards per lane from the first card on, the rest on the pile.
void spread(Ui& ui, const std::vector<int>& counts)
{
    Session& s = ui.session;
    for (std::size_t l = s.board.lanes.size(); l < counts.size(); ++l)
        REQUIRE(perform(s, AddLane{"extra" + std::to_string(l), "Baan " + std::to_string(l + 1), static_cast<int>(l), 0, true, {}}, "t") ==
                Refusal::None);
    for (Lane& lane : s.board.lanes)
        lane.capacity = 0;  // any spread, also 9 in a lane of six
    int card = 0;
    for (std::size_t l = 0; l < counts.size(); ++l)
        for (int i = 0; i < counts[l]; ++i, ++card)
            REQUIRE(perform(s, Move{s.deck.cards[static_cast<std::size_t>(card)].id, s.board.lanes[l].id, i}, "t") == Refusal::None);
}

void check_fits(Ui& ui, const char* name)
{
    present(ui);
    CAPTURE(name);
    CHECK(ui.view.present.fits);
    CHECK(ui.view.card_rects.size() == 18);
    ImVec2 display = ImGui::GetIO().DisplaySize;
    for (const CardRect& r : ui.view.card_rects) {
        CAPTURE(ui.session.deck.cards[static_cast<std::size_t>(r.card)].id);
        CHECK(r.min.x >= 0.0f);
        CHECK(r.min.y >= 0.0f);
        CHECK(r.max.x <= display.x);
        CHECK(r.max.y <= display.y);
    }
    CHECK_FALSE(anything_scrolls());
    CHECK_FALSE(drew_ellipsis(ui.view.fonts.bold));
    CHECK_FALSE(drew_ellipsis(ui.view.fonts.heading));
}

}  // namespace

TEST_CASE("presentation mode: the listed spreads fit with card titles of at least 18 px cap height")
{
    struct Spread {
        const char* name;
        std::vector<int> counts;
    };
    const Spread spreads[] = {
        {"all on the pile", {}},
        {"9+9", {9, 9}},
        {"6/6/4/2", {6, 6, 4, 2}},
        {"eight lanes", {3, 3, 2, 2, 2, 2, 2, 2}},
        {"18 in one lane", {18}},
        {"6/6/6, pile empty", {6, 6, 6}},
    };
    for (const Spread& s : spreads) {
        Ui ui(bundled());
        spread(ui, s.counts);
        check_fits(ui, s.name);
        std::printf("presentation %-18s font %2.0f px, card title cap height %2.0f px, titles on %d line(s)%s\n", s.name, ui.view.present_font,
                    cap_height(ui), ui.view.present.lines, ui.view.present.summary ? ", with summaries" : "");
        if (std::string(s.name) != "18 in one lane")
            CHECK(cap_height(ui) >= 18.0f);
    }
}

TEST_CASE("presentation mode: random spreads fit without scrolling or cut-off titles")
{
    std::mt19937 random(9);
    for (int trial = 0; trial < 12; ++trial) {
        int lanes = 1 + static_cast<int>(random() % 8);
        std::vector<int> counts(static_cast<std::size_t>(lanes), 0);
        int placed = static_cast<int>(random() % 19);
        for (int i = 0; i < placed; ++i)
            ++counts[random() % counts.size()];
        Ui ui(bundled());
        spread(ui, counts);
        check_fits(ui, "random");
    }
}

TEST_CASE("presentation mode while walking the themes: the band and the theme's summaries fit too")
{
    for (int theme = 0; theme < 4; ++theme) {
        Ui ui(bundled());
        spread(ui, {6, 6, 4, 2});
        ui.view.theme_walk = theme;
        check_fits(ui, "6/6/4/2, walking the themes");
        CHECK(ui.view.present.summary);
        CHECK(ui.view.present.banner_lines > 0);
        std::printf("presentation 6/6/4/2, theme %d: font %2.0f px, cap height %2.0f px, description on %d line(s)\n", theme + 1, ui.view.present_font,
                    cap_height(ui), ui.view.present.banner_lines);
    }
}

TEST_CASE("presentation mode: F5 and Esc leave it, the menu bar is hidden meanwhile, and cards show their rank")
{
    Ui ui(bundled());
    spread(ui, {2});
    ui.key(GLFW_KEY_F5);
    CHECK(ui.view.presenting);
    present(ui);
    ImGuiWindow* board = ImGui::FindWindowByName("##board");
    REQUIRE(board != nullptr);
    CHECK((board->Flags & ImGuiWindowFlags_MenuBar) == 0);
    REQUIRE(ui.view.ranks.size() == 18);
    CHECK(ui.view.ranks[1] == 2);
    CHECK(ui.view.ranks[5] == 0);  // on the pile
    // The keyboard still moves cards.
    ui.click(ui.card_centre("K3"));
    ui.key(GLFW_KEY_1);
    CHECK(ui.ids("nu") == Ids{"K1", "K2", "K3"});
    ui.key(GLFW_KEY_ESCAPE);
    CHECK_FALSE(ui.view.presenting);
    ui.key(GLFW_KEY_F5);
    CHECK(ui.view.presenting);
    ui.key(GLFW_KEY_F5);
    CHECK_FALSE(ui.view.presenting);
}

}  // namespace prio::test

namespace prio::test {

// The quads a card's face draws: one per visible glyph, and the same few
// for its background at any width.
int glyphs_drawn(const Fonts& fonts, const Deck& deck, int card, float width, CardShow show)
{
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    list.PushClipRect(ImVec2(0.0f, 0.0f), ImVec2(4000.0f, 4000.0f));
    draw_card_face(&list, fonts, deck, card, ImVec2(0.0f, 0.0f), ImVec2(width, 120.0f), CardSize::Full, CardLook::Normal, false, show);
    return list.IdxBuffer.Size / 6;
}

TEST_CASE("presentation mode: a card shows its theme's name after its text when there is room, not only its colour")
{
    Ui ui(bundled());
    const Deck& deck = ui.session.deck;
    const Card& card = deck.cards[0];
    const std::string& theme = find_theme(deck, card.theme)->title;
    int theme_glyphs = 0;
    for (char c : theme)
        theme_glyphs += c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    // The same deck with the theme's name left empty draws the rest alike.
    Deck unnamed = deck;
    for (Theme& t : unnamed.themes)
        t.title.clear();
    CardShow show;
    show.lines = 2;
    const int wide = glyphs_drawn(ui.view.fonts, deck, 0, 1400.0f, show) - glyphs_drawn(ui.view.fonts, unnamed, 0, 1400.0f, show);
    // Narrow, the title fills its one line and there is no room for the name.
    show.lines = 1;
    const int narrow = glyphs_drawn(ui.view.fonts, deck, 0, 150.0f, show) - glyphs_drawn(ui.view.fonts, unnamed, 0, 150.0f, show);
    CHECK(theme_glyphs > 3);
    CHECK(wide == theme_glyphs);
    CHECK(narrow == 0);
}

}  // namespace prio::test
