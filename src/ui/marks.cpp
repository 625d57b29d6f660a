#include "ui/marks.h"

namespace prio {
namespace {

bool g_enabled = false;
std::vector<Mark> g_marks;

}  // namespace

void enable_marks(bool on) { g_enabled = on; }
bool marks_enabled() { return g_enabled; }
void clear_marks() { g_marks.clear(); }

void mark(std::string_view name, ImVec2 min, ImVec2 max)
{
    if (g_enabled)
        g_marks.push_back(Mark{std::string(name), min, max});
}

void mark_item(std::string_view name)
{
    if (g_enabled)
        mark(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

const std::vector<Mark>& marks() { return g_marks; }

}  // namespace prio
