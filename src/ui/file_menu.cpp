// The File menu. The sessions work adds New, Open, Save, Save as, Export and
// Recent above Quit.
#include <string>

#include "core/strings.h"
#include "ui/board_parts.h"

namespace prio {

void draw_file_menu(const Session& session, BoardView& view)
{
    if (ImGui::MenuItem(std::string(tr("menu.export", session.language)).c_str(), "Ctrl+E"))
        view.export_dialog.want_open = true;
    // --- session items go here ---
    if (ImGui::MenuItem(std::string(tr("menu.quit", session.language)).c_str(), "Ctrl+Q"))
        view.quit = true;
}

}  // namespace prio
