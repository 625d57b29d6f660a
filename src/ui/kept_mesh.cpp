#include "ui/kept_mesh.h"

#include <cstring>

#include "ui/imgui_compat.h"

namespace prio {
namespace {

// Where a kept mesh goes when it moved: the positions offset, or the
// indices rebased. The pointers do not alias (__restrict) and the index loop
// runs in fixed blocks, so the compiler uses vector instructions at -O2.
void place_vertices(ImDrawVert* __restrict out, const ImDrawVert* __restrict in, int count, ImVec2 offset)
{
    std::memcpy(out, in, static_cast<std::size_t>(count) * sizeof(ImDrawVert));
    for (int i = 0; i < count; ++i) {
        out[i].pos.x += offset.x;
        out[i].pos.y += offset.y;
    }
}

void place_indices(ImDrawIdx* __restrict out, const ImDrawIdx* __restrict in, int count, ImDrawIdx base)
{
    constexpr int kBlock = 8;
    int i = 0;
    for (; i + kBlock <= count; i += kBlock)
        for (int k = 0; k < kBlock; ++k)
            out[i + k] = static_cast<ImDrawIdx>(base + in[i + k]);
    for (; i < count; ++i)
        out[i] = static_cast<ImDrawIdx>(base + in[i]);
}

}  // namespace

ImDrawList& begin_keep(std::shared_ptr<ImDrawList>& scratch)
{
    if (!scratch)
        scratch = std::make_shared<ImDrawList>(ImGui::GetDrawListSharedData());
    reset_draw_list(*scratch);
    scratch->PushTextureID(ImGui::GetIO().Fonts->TexID);
    scratch->PushClipRect(ImVec2(-8192.0f, -8192.0f), ImVec2(8192.0f, 8192.0f));
    return *scratch;
}

void end_keep(KeptMesh& mesh, const ImDrawList& scratch)
{
    mesh.vertices.assign(scratch.VtxBuffer.begin(), scratch.VtxBuffer.end());
    mesh.indices.assign(scratch.IdxBuffer.begin(), scratch.IdxBuffer.end());
    mesh.placed = false;
}

void draw_kept(ImDrawList* draw, KeptMesh& mesh, ImVec2 at)
{
    int vertex_count = static_cast<int>(mesh.vertices.size());
    int index_count = static_cast<int>(mesh.indices.size());
    if (!mesh.placed || mesh.placed_at.x != at.x || mesh.placed_at.y != at.y) {
        mesh.placed_vertices.resize(mesh.vertices.size());
        place_vertices(mesh.placed_vertices.data(), mesh.vertices.data(), vertex_count, at);
        mesh.placed_at = at;
    }
    unsigned int base = reserve_mesh(draw, vertex_count, index_count);
    if (!mesh.placed || mesh.placed_base != base) {
        mesh.placed_indices.resize(mesh.indices.size());
        place_indices(mesh.placed_indices.data(), mesh.indices.data(), index_count, static_cast<ImDrawIdx>(base));
        mesh.placed_base = base;
    }
    mesh.placed = true;
    write_mesh(draw, mesh.placed_vertices.data(), vertex_count, mesh.placed_indices.data(), index_count);
}

}  // namespace prio
