// The kept card meshes: a card is drawn again whenever anything it shows
// changes, also what it takes from elsewhere in the deck (its theme's name).
#include <doctest/doctest.h>

#include "ui/kept_mesh.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;

namespace {

// The vertices a fresh draw of the card gives, at the origin, at the size
// it has on the board.
std::vector<ImDrawVert> fresh_vertices(Ui& ui, const std::string& id)
{
    const CardRect* rect = ui.card_rect(id);
    REQUIRE(rect != nullptr);
    std::shared_ptr<ImDrawList> scratch;
    ImDrawList& draw = begin_keep(scratch);
    ImVec2 size(rect->max.x - rect->min.x, rect->max.y - rect->min.y);
    draw_card_face(&draw, ui.view.fonts, ui.session.deck, find_card(ui.session.deck, id), ImVec2(0, 0), size, ui.view.lane_cards,
                   CardLook::Normal, false);
    KeptMesh mesh;
    end_keep(mesh, draw);
    return mesh.vertices;
}

const KeptMesh& kept_of(const Ui& ui, const std::string& id)
{
    return ui.view.meshes.meshes[static_cast<std::size_t>(find_card(ui.session.deck, id))].kept;
}

bool same(const std::vector<ImDrawVert>& a, const std::vector<ImDrawVert>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].pos.x != b[i].pos.x || a[i].pos.y != b[i].pos.y || a[i].uv.x != b[i].uv.x || a[i].uv.y != b[i].uv.y || a[i].col != b[i].col)
            return false;
    return true;
}

}  // namespace

TEST_CASE("a card kept as a mesh is drawn again when its theme is renamed by a deck switch")
{
    Ui ui(make_deck(6));
    // Into a lane, where cards are drawn full size with their theme's name.
    REQUIRE(perform(ui.session, Move{"C0", "later", 0}, "t") == Refusal::None);
    ui.frame();
    ui.frame();
    REQUIRE(same(kept_of(ui, "C0").vertices, fresh_vertices(ui, "C0")));
    std::size_t before = kept_of(ui, "C0").vertices.size();

    // The new version of the deck: the same cards and theme ids, the theme
    // of C0 under a longer name.
    Deck renamed = ui.session.deck;
    renamed.themes[0].title = "Customers and residents";
    ui.session.deck = renamed;
    ui.frame();

    std::vector<ImDrawVert> fresh = fresh_vertices(ui, "C0");
    CHECK(fresh.size() > before);  // more glyphs: the new name is drawn
    CHECK(same(kept_of(ui, "C0").vertices, fresh));
}

TEST_CASE("a kept card mesh stays while nothing it shows changes, and follows a new colour")
{
    Ui ui(make_deck(6));
    REQUIRE(perform(ui.session, Move{"C1", "later", 0}, "t") == Refusal::None);
    ui.frame();
    ui.frame();
    std::vector<ImDrawVert> kept = kept_of(ui, "C1").vertices;
    ui.frame();
    CHECK(same(kept_of(ui, "C1").vertices, kept));

    ui.session.deck.themes[1].colour = Colour{200, 40, 40};
    ui.frame();
    CHECK_FALSE(same(kept_of(ui, "C1").vertices, kept));
    CHECK(same(kept_of(ui, "C1").vertices, fresh_vertices(ui, "C1")));
}
