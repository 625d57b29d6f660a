#pragma once
// Where named things were drawn in the last frame (a lane's count, a card,
// the deck's title), so that a test can find them in a screenshot of the
// real window and sample their rendered pixels. Off unless switched on.
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace prio {

struct Mark {
    std::string name;
    ImVec2 min, max;
};

void enable_marks(bool on);
bool marks_enabled();
void clear_marks();
void mark(std::string_view name, ImVec2 min, ImVec2 max);
// The rectangle of the item just drawn.
void mark_item(std::string_view name);
const std::vector<Mark>& marks();

}  // namespace prio
