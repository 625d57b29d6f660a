// The File menu: the session items (new, open, save, recent), the session
// details, and Quit. Export is added by the exports work, above Quit.
#include <string>

#include "core/strings.h"
#include "ui/actions.h"
#include "ui/board_parts.h"
#include "ui/text.h"

namespace prio {
namespace {

void recent_menu(const Session& session, BoardView& view)
{
    const std::string& lang = session.language;
    SessionView& files = view.files;
    if (!ImGui::BeginMenu(s(tr("menu.recent", lang)).c_str(), !files.recent.empty()))
        return;
    for (std::size_t i = 0; i < files.recent.size(); ++i) {
        const std::string& path = files.recent[i];
        std::size_t slash = path.rfind('/');
        std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
        std::string folder = slash == std::string::npos ? std::string() : path.substr(0, slash);
        // The folder shows where the shortcut would, dimmed.
        if (ImGui::MenuItem((name + "##" + std::to_string(i)).c_str(), folder.c_str(), path == files.file))
            file_open_path(files, path);
    }
    ImGui::EndMenu();
}

}  // namespace

void draw_file_menu(const Session& session, BoardView& view)
{
    const std::string& lang = session.language;
    SessionView& files = view.files;
    if (ImGui::MenuItem(s(tr("menu.new", lang)).c_str(), shortcut_label(Action::New).c_str()))
        file_new(files);
    if (ImGui::MenuItem(s(tr("menu.open", lang)).c_str(), shortcut_label(Action::Open).c_str()))
        file_open(files);
    recent_menu(session, view);
    ImGui::Separator();
    if (ImGui::MenuItem(s(tr("menu.save", lang)).c_str(), shortcut_label(Action::Save).c_str()))
        file_save(files);
    if (ImGui::MenuItem(s(tr("menu.save_as", lang)).c_str(), shortcut_label(Action::SaveAs).c_str()))
        file_save_as(files);
    ImGui::Separator();
    if (ImGui::MenuItem(s(tr("menu.details", lang)).c_str())) {
        files.meta = session.meta;
        show_dialog(files, SessionDialog::Details);
    }
    ImGui::Separator();
    if (ImGui::MenuItem(s(tr("menu.export", lang)).c_str(), shortcut_label(Action::Export).c_str()))
        view.export_dialog.want_open = true;
    ImGui::Separator();
    if (ImGui::MenuItem(s(tr("menu.quit", lang)).c_str(), shortcut_label(Action::Quit).c_str()))
        view.quit = true;
}

}  // namespace prio
