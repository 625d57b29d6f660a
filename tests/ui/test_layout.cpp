// What the room sees: everything fits at 1920x1080, scrolls without being
// cut off at 1280x720, zoom scales it, and card text stays legible.
#include <doctest/doctest.h>

#include "core/colour.h"
#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"
#include "ui/layout.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;

namespace {

// The bundled deck's shape: four lanes, the first with room for six.
Deck workshop_deck(int cards = 18)
{
    return make_deck(cards, {{"nu", "Nu — jaar 1", 6, true},
                             {"straks", "Komende 2–3 jaar", 0, true},
                             {"later", "Later", 0, true},
                             {"niet", "Niet prioritair", 0, false}});
}

void place(Ui& ui, const std::vector<int>& lanes)
{
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (lanes[i] < 0)
            continue;
        const Lane& lane = ui.session.board.lanes[static_cast<std::size_t>(lanes[i])];
        REQUIRE(perform(ui.session, Move{"C" + std::to_string(i), lane.id, static_cast<int>(lane.cards.size())}, "t") == Refusal::None);
    }
    ui.frame();
    ui.frame();
}

bool inside(ImVec2 min, ImVec2 max, ImVec2 area)
{
    return min.x >= 0.0f && min.y >= 0.0f && max.x <= area.x + 0.5f && max.y <= area.y + 0.5f;
}

// No window of the board scrolls.
int scrolling_windows()
{
    int n = 0;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->Active && (w->ScrollMax.x > 0.0f || w->ScrollMax.y > 0.0f))
            ++n;
    return n;
}

}  // namespace

TEST_CASE("at 1920x1080 and 100% all 18 cards, the lanes and the pile are seen without scrolling")
{
    ImVec2 screen(1920, 1080);
    std::vector<std::vector<int>> arrangements = {
        std::vector<int>(18, -1),                                             // all on the pile
        {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2},               // three lanes of six
        std::vector<int>(18, 1),                                              // all in one lane
        {0, 0, 0, 1, 1, 1, 2, 2, 3, 3, -1, -1, -1, -1, -1, -1, -1, -1},       // half way
        {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1},              // one lane long, pile short
    };
    for (const auto& arrangement : arrangements) {
        Ui ui(workshop_deck(), screen);
        place(ui, arrangement);
        CAPTURE(arrangement);
        CHECK(ui.view.card_rects.size() == 18);
        for (const CardRect& r : ui.view.card_rects)
            CHECK(inside(r.min, r.max, screen));
        CHECK(ui.view.lane_rects.size() == 5);
        for (const LaneRect& r : ui.view.lane_rects)
            CHECK(inside(r.min, r.max, screen));
        CHECK(scrolling_windows() == 0);
    }
}

TEST_CASE("at 1280x720 the lanes scroll and nothing is cut off")
{
    ImVec2 screen(1280, 720);
    Ui ui(workshop_deck(), screen);
    place(ui, std::vector<int>(12, 1));
    // Every lane and the pile lie inside the window, with room for a card's width.
    for (const LaneRect& r : ui.view.lane_rects) {
        CHECK(inside(r.min, r.max, screen));
        CHECK(r.max.x - r.min.x > 200.0f);
    }
    // Cards are drawn whole within their lane's width.
    for (const CardRect& r : ui.view.card_rects)
        CHECK((r.min.x >= 0.0f && r.max.x <= screen.x));
    // The long lane scrolls, and scrolling reaches its last card.
    CHECK(scrolling_windows() >= 1);
    ui.click(ui.card_centre("C0"));
    for (int i = 0; i < 11; ++i)
        ui.key(GLFW_KEY_DOWN);
    CHECK(ui.view.selected == "C11");
    ui.frame();  // the scroll asked for in one frame shows in the next
    const CardRect* last = ui.card_rect("C11");
    REQUIRE(last != nullptr);
    const LaneRect* lane = ui.lane_rect(ui.session.board.lanes[1].id);
    CHECK(last->min.y >= lane->min.y);
    CHECK(last->max.y <= lane->max.y);
}

TEST_CASE("at 200% zoom a narrow window scrolls the lanes sideways instead of squeezing them")
{
    LayoutInput in;
    in.width = 1280;
    in.height = 720;
    in.font = 36;
    in.heading = 48;
    in.lanes = 4;
    in.pile = 18;
    Layout layout = layout_board(in);
    CHECK(layout.lane_width >= 36.0f * 12.0f);
    CHECK(layout.lane_width * 4 > in.width);
    CHECK(layout.pile_height >= layout.header_height + layout.pile_card_height);
    CHECK(layout.lanes_height + layout.pile_height <= in.height);
}

TEST_CASE("layout: long lanes switch to smaller cards before anything scrolls")
{
    LayoutInput in;
    in.width = 1900;
    in.height = 1030;
    in.lanes = 4;
    in.fullest_lane = 6;
    in.pile = 0;
    CHECK(layout_board(in).lane_cards == CardSize::Tall);
    in.fullest_lane = 18;
    Layout layout = layout_board(in);
    CHECK(layout.lane_cards == CardSize::Compact);
    CHECK(layout.card_height < card_height(CardSize::Full, in.font, in.frame_padding));
}

TEST_CASE("2000 cards: only what can be seen is drawn")
{
    Ui ui(workshop_deck(2000), ImVec2(1920, 1080));
    std::vector<int> arrangement(2000, -1);
    for (int i = 0; i < 1200; ++i)
        arrangement[static_cast<std::size_t>(i)] = 1 + i % 3;
    place(ui, arrangement);
    CHECK(ui.view.card_rects.size() < 200);
    CHECK(ui.view.card_rects.size() > 20);
}

TEST_CASE("card text on every theme colour of the bundled decks has a contrast of at least 4.5:1")
{
    int themes = 0;
    for (const BundledDeck& bundled : bundled_decks()) {
        DeckLoad load = parse_deck(bundled.text, std::string(bundled.name));
        REQUIRE(load.deck.has_value());
        for (const Theme& theme : load.deck->themes) {
            CAPTURE(theme.id);
            CHECK(contrast_ratio(text_colour_on(theme.colour), theme.colour) >= 4.5);
            ++themes;
        }
    }
    CHECK(themes > 0);
}
