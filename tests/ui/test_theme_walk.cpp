// View > Per theme: PageDown and PageUp walk through the themes; the
// current theme's cards keep their colour and show their summary, the
// others are dimmed in place; a band shows the theme's name and description.
#include <doctest/doctest.h>

#include "ui/marks.h"
#include "ui_harness.h"

namespace prio::test {
namespace {

Deck walk_deck()
{
    Deck deck = make_deck(9);
    deck.themes[0].description = "What the customer sees.";
    deck.themes[1].description = "Data kept once.";
    return deck;
}

const CardMesh& mesh_of(const Ui& ui, const std::string& id)
{
    return ui.view.meshes.meshes[static_cast<std::size_t>(find_card(ui.session.deck, id))];
}

}  // namespace

TEST_CASE("walking the themes: PageDown and PageUp step through them and past the ends back to all cards; Esc stops")
{
    Ui ui(walk_deck());
    CHECK(ui.view.theme_walk == -1);
    ui.key(GLFW_KEY_PAGE_DOWN);
    CHECK(ui.view.theme_walk == 0);
    ui.key(GLFW_KEY_PAGE_DOWN);
    ui.key(GLFW_KEY_PAGE_DOWN);
    CHECK(ui.view.theme_walk == 2);
    ui.key(GLFW_KEY_PAGE_DOWN);
    CHECK(ui.view.theme_walk == -1);
    ui.key(GLFW_KEY_PAGE_UP);
    CHECK(ui.view.theme_walk == 2);
    ui.key(GLFW_KEY_PAGE_UP);
    CHECK(ui.view.theme_walk == 1);
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(ui.view.theme_walk == -1);
}

TEST_CASE("walking the themes: the theme's cards stand out with their summary, the others dim in place, the band names the theme")
{
    Ui ui(walk_deck());
    REQUIRE(perform(ui.session, Move{"C1", "now", 0}, "t") == Refusal::None);
    ui.frame();
    std::vector<std::pair<int, float>> order_before;
    for (const CardRect& r : ui.view.card_rects)
        order_before.push_back({r.card, r.min.x});
    enable_marks(true);
    ui.key(GLFW_KEY_PAGE_DOWN);
    ui.key(GLFW_KEY_PAGE_DOWN);  // the second theme, "Data": C1, C4, C7
    ui.frame();
    enable_marks(false);
    REQUIRE(ui.view.theme_walk == 1);
    CHECK(mesh_of(ui, "C1").face.show.summary);
    CHECK_FALSE(mesh_of(ui, "C1").face.show.dimmed);
    CHECK(mesh_of(ui, "C4").face.show.summary);
    CHECK(mesh_of(ui, "C0").face.show.dimmed);
    CHECK_FALSE(mesh_of(ui, "C0").face.show.summary);
    CHECK(mesh_of(ui, "C2").face.show.dimmed);
    // Every card is still drawn, in the same order and column.
    REQUIRE(ui.view.card_rects.size() == order_before.size());
    for (std::size_t i = 0; i < order_before.size(); ++i) {
        CHECK(ui.view.card_rects[i].card == order_before[i].first);
        CHECK(ui.view.card_rects[i].min.x == doctest::Approx(order_before[i].second));
    }
    bool banner = false;
    for (const Mark& m : marks())
        if (m.name == "theme_banner") {
            banner = true;
            CHECK(m.max.y - m.min.y >= ImGui::GetFontSize() * 3.0f);  // the name large, the description below
        }
    CHECK(banner);
    // The board still works: the digit moves the selected card.
    ui.click(ui.card_centre("C4"));
    ui.key(GLFW_KEY_2);
    CHECK(ui.ids("later") == Ids{"C4"});
}

}  // namespace prio::test
