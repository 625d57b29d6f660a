#pragma once
// A mesh drawn once and copied into later frames while what it shows stays
// the same: laying out glyphs and rounded corners costs far more than
// copying their vertices.
#include <memory>
#include <vector>

#include <imgui.h>

namespace prio {

struct KeptMesh {
    std::vector<ImDrawVert> vertices;  // as drawn at the origin
    std::vector<ImDrawIdx> indices;
    // The same mesh where it was drawn last: a mesh that stays put (most
    // frames) is then two block copies. Made from the origin mesh each time
    // it moves, so no rounding builds up.
    bool placed = false;
    ImVec2 placed_at;
    unsigned int placed_base = 0;
    std::vector<ImDrawVert> placed_vertices;
    std::vector<ImDrawIdx> placed_indices;
};

// Clears the scratch list (made on first use) for drawing at the origin.
ImDrawList& begin_keep(std::shared_ptr<ImDrawList>& scratch);
// Keeps what was drawn into the scratch list since begin_keep.
void end_keep(KeptMesh& mesh, const ImDrawList& scratch);
// Appends the mesh to `draw` with the origin at `at`.
void draw_kept(ImDrawList* draw, KeptMesh& mesh, ImVec2 at);

}  // namespace prio
