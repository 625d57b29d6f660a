// The box around a lane's or the pile's cards: its geometry as a bordered
// child window has it, and its face (background, border, title line with
// the count and the "…" button, the line under it) drawn from a kept mesh.
#include "ui/lane_box.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/strings.h"
#include "ui/imgui_compat.h"
#include "ui/marks.h"
#include "ui/text.h"

namespace prio {
namespace {

// Draws at the origin what the box shows: its background and border, as a
// bordered child window has them, the title line with the pile's progress
// or the lane's count and "…" button, and the line under it.
// Returns where the count (or the pile's progress) is, from the box's corner.
Rect draw_box_face(ImDrawList& draw, const Session& session, const WindowView& view, const Box& box)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const BoxKey& key = box.key;
    const std::string& lang = session.language;
    ImVec2 max(key.width, key.height);
    draw.AddRectFilled(ImVec2(0.0f, 0.0f), max, ImGui::GetColorU32(ImGuiCol_ChildBg), style.ChildRounding);
    if (style.ChildBorderSize > 0.0f)
        draw.AddRect(ImVec2(0.0f, 0.0f), max, ImGui::GetColorU32(ImGuiCol_Border), style.ChildRounding, 0, style.ChildBorderSize);
    ImVec2 text_at(box.content.x - box.outer.min.x, box.content.y - box.outer.min.y);
    std::string title;
    std::string count;
    Rect secondary;
    if (key.lane == kPile) {
        // Progress on the right of the pile's title line.
        std::string placed = fill(tr("fmt.board.placed", lang), {{"placed", std::to_string(key.placed)}, {"cards", std::to_string(key.cards)}});
        float width = ImGui::CalcTextSize(placed.c_str()).x;
        ImVec2 placed_at(text_at.x + box.width - width, text_at.y + 2.0f);
        draw.AddText(placed_at, ImGui::GetColorU32(ImGuiCol_TextDisabled), placed.c_str());
        secondary = Rect{placed_at, add(placed_at, ImGui::CalcTextSize(placed.c_str()))};
        title = std::string(tr("board.pile", lang)) + "  " + std::to_string(key.count);
    } else {
        title = std::to_string(key.lane + 1) + "  " + key.title;
        count = std::to_string(key.count);
        if (key.capacity > 0)
            count += "/" + std::to_string(key.capacity);
    }
    float button = key.button_width;
    if (button > 0.0f) {
        // As ImGui::Button draws itself.
        ImVec2 min(key.button_x, key.button_y);
        ImVec2 bmax(min.x + button, min.y + ImGui::GetFrameHeight());
        draw.AddRectFilled(min, bmax, key.button_colour, style.FrameRounding);
        if (style.FrameBorderSize > 0.0f) {
            draw.AddRect(ImVec2(min.x + 1.0f, min.y + 1.0f), ImVec2(bmax.x + 1.0f, bmax.y + 1.0f), ImGui::GetColorU32(ImGuiCol_BorderShadow),
                         style.FrameRounding, 0, style.FrameBorderSize);
            draw.AddRect(min, bmax, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
        }
        const char* label = "…";
        ImVec2 label_size = ImGui::CalcTextSize(label);
        text_clipped(&draw, add(min, style.FramePadding), ImVec2(bmax.x - style.FramePadding.x, bmax.y - style.FramePadding.y), label, label_size,
                     style.ButtonTextAlign, min, bmax);
    }
    ImFont* heading = view.fonts.heading ? view.fonts.heading : ImGui::GetFont();
    float count_width = ImGui::CalcTextSize(count.c_str()).x;
    float title_right = text_at.x + box.width - button - count_width - style.ItemSpacing.x * 2.0f;
    float count_y = text_at.y + (heading->FontSize - ImGui::GetFontSize()) * 0.5f + 2.0f;
    ImVec2 count_at(text_at.x + box.width - button - count_width - style.ItemSpacing.x, count_y);
    ImGui::PushFont(heading);
    text_ellipsis(&draw, text_at, ImVec2(title_right, text_at.y + heading->FontSize * 1.3f), title_right, title.c_str(), title.c_str() + title.size());
    ImGui::PopFont();
    if (!count.empty()) {
        draw.AddText(count_at, key.count_colour, count.c_str());
        secondary = Rect{count_at, add(count_at, ImGui::CalcTextSize(count.c_str()))};
    }
    // The line under the title spans the box but, like the box's own items,
    // stops at its clip rectangle: a horizontal line cut there is its
    // vertices' x clamped.
    float y = text_at.y + key.header;
    int first = draw.VtxBuffer.Size;
    draw.AddLine(ImVec2(0.0f, y), ImVec2(key.width, y), ImGui::GetColorU32(ImGuiCol_Separator));
    for (int i = first; i < draw.VtxBuffer.Size; ++i)
        draw.VtxBuffer[i].pos.x = std::clamp(draw.VtxBuffer[i].pos.x, key.clip_left, key.clip_right);
    return secondary;
}

}  // namespace

Box make_box(WindowView& view, const std::string& id, ImVec2 pos, ImVec2 size)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    Box box;
    ImVec2 min(std::floor(pos.x), std::floor(pos.y));
    box.outer = Rect{min, add(min, ImVec2(std::floor(size.x), std::floor(size.y)))};
    float side = std::max(std::floor(style.WindowPadding.x * 0.5f), style.ChildBorderSize);
    box.clip = Rect{ImVec2(std::floor(0.5f + box.outer.min.x + side), std::floor(0.5f + box.outer.min.y + style.ChildBorderSize)),
                    ImVec2(std::floor(0.5f + box.outer.max.x - side), std::floor(0.5f + box.outer.max.y - style.ChildBorderSize))};
    box.content = add(box.outer.min, style.WindowPadding);
    box.width = box.outer.width() - style.WindowPadding.x * 2.0f;
    BoxKey& key = box.key;
    key.width = box.outer.width();
    key.height = box.outer.height();
    key.clip_left = box.clip.min.x - box.outer.min.x;
    key.clip_right = box.clip.max.x - box.outer.min.x;
    key.fonts_generation = view.fonts.generation;
    const ImGuiCol colours[] = {ImGuiCol_ChildBg, ImGuiCol_Border, ImGuiCol_BorderShadow, ImGuiCol_Separator, ImGuiCol_Text, ImGuiCol_TextDisabled};
    for (int i = 0; i < 6; ++i)
        key.colours[i] = ImGui::GetColorU32(colours[i]);
    const float sizes[] = {style.ChildRounding, style.ChildBorderSize, style.FrameRounding, style.FrameBorderSize,
                           style.WindowPadding.x, style.WindowPadding.y, style.ItemSpacing.x, ImGui::GetFontSize()};
    for (int i = 0; i < 8; ++i)
        key.style[i] = sizes[i];
    ImGui::SetCursorScreenPos(box.content);
    view.lane_rects.push_back(LaneRect{id, box.outer.min, box.outer.max});
    return box;
}

// Moves below the line under a box's title.
void box_separator(Box& box)
{
    ImVec2 at = ImGui::GetCursorScreenPos();
    box.key.header = at.y - box.content.y;
    ImGui::SetCursorScreenPos(ImVec2(box.content.x, std::floor(at.y + ImGui::GetStyle().ItemSpacing.y)));
}

// The size left for the cards' child window below the title.
ImVec2 box_rest(const Box& box)
{
    ImVec2 at = ImGui::GetCursorScreenPos();
    return ImVec2(std::max(box.width, 4.0f), std::max(box.outer.max.y - ImGui::GetStyle().WindowPadding.y - at.y, 4.0f));
}

bool lane_menu_button(Box& box, float width)
{
    ButtonItem b = button_item("…##menu", ImVec2(width, ImGui::GetFrameHeight()), ImGui::GetStyle().FramePadding.y);
    if (!b.shown)
        return false;
    box.key.button_colour = ImGui::GetColorU32(b.held && b.hovered ? ImGuiCol_ButtonActive : b.hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
    box.key.button_x = b.min.x - box.outer.min.x;
    box.key.button_y = b.min.y - box.outer.min.y;
    box.key.button_width = width;
    return b.pressed;
}

void draw_box(const Session& session, WindowView& view, const Box& box, std::size_t slot)
{
    if (view.boxes.size() <= slot)
        view.boxes.resize(slot + 1);
    BoxMesh& kept = view.boxes[slot];
    if (!(kept.key == box.key)) {
        ImDrawList& scratch = begin_keep(view.meshes.scratch);
        Rect count = draw_box_face(scratch, session, view, box);
        kept.count_min = count.min;
        kept.count_max = count.max;
        end_keep(kept.mesh, scratch);
        kept.key = box.key;
    }
    mark("count:" + (box.key.lane == kPile ? std::string("pile") : std::to_string(box.key.lane + 1)), add(box.outer.min, kept.count_min),
         add(box.outer.min, kept.count_max));
    draw_kept(ImGui::GetWindowDrawList(), kept.mesh, box.outer.min);
}

void take_place(const Box& box)
{
    ImGui::SetCursorScreenPos(box.outer.min);
    ImGui::Dummy(box.outer.size());
}

}  // namespace prio
