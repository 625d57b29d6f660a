// The File menu: the session items (new, open, save, recent), the session
// details, and Quit. Export is added by the exports work, above Quit.
#include <string>

#include "core/strings.h"
#include "ui/actions.h"
#include "ui/board_parts.h"
#include "ui/text.h"

namespace prio {
namespace {

void recent_menu(const Session& session, WindowView& view)
{
    const std::string& lang = session.language;
    SessionView& files = view.files;
    if (!noted(ImGui::BeginMenu(s(tr("menu.recent", lang)).c_str(), !files.recent.empty())))
        return;
    for (std::size_t i = 0; i < files.recent.size(); ++i) {
        const std::string& path = files.recent[i];
        std::size_t slash = path.rfind('/');
        std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
        std::string folder = slash == std::string::npos ? std::string() : path.substr(0, slash);
        // The folder shows where the shortcut would, dimmed.
        if (noted(ImGui::MenuItem((name + "##" + std::to_string(i)).c_str(), folder.c_str(), path == files.file)))
            file_open_path(files, path);
    }
    ImGui::EndMenu();
}

}  // namespace

void draw_file_menu(const Session& session, WindowView& view)
{
    const std::string& lang = session.language;
    SessionView& files = view.files;
    action_menu_item(session, view, Action::New);
    action_menu_item(session, view, Action::Open);
    recent_menu(session, view);
    ImGui::Separator();
    action_menu_item(session, view, Action::Save);
    action_menu_item(session, view, Action::SaveAs);
    ImGui::Separator();
    if (noted(ImGui::MenuItem(s(tr("menu.details", lang)).c_str()))) {
        files.meta = session.meta;
        files.plan_from = session.board.plan.from_year;
        files.plan_to = session.board.plan.to_year;
        files.version = PlanVersion{};
        show_dialog(files, SessionDialog::Details);
    }
    ImGui::Separator();
    action_menu_item(session, view, Action::Export);
    ImGui::Separator();
    action_menu_item(session, view, Action::CompareSessions);
    ImGui::Separator();
    action_menu_item(session, view, Action::Quit);
}

}  // namespace prio
