// What New, Open, Save, Save as and Quit do before any file is touched:
// ask about unsaved work, pick the dialog, and carry on after the answer.
#include <string>

#include "ui/board_parts.h"

namespace prio {
namespace {

void go_on(SessionView& files)
{
    Then then = files.then;
    files.then = Then::Nothing;
    switch (then) {
    case Then::New:
        show_dialog(files, SessionDialog::New);
        break;
    case Then::Open:
        ask(files, ListRequest{});  // the app shows Open once the list is there
        break;
    case Then::OpenPath:
        ask(files, OpenRequest{files.then_path});
        break;
    case Then::Quit:
        ask(files, QuitRequest{});
        break;
    case Then::Regional:
        ask(files, RegionalBoardRequest{});
        break;
    case Then::Nothing:
        break;
    }
}

// Runs `then` at once, or after the unsaved-changes question.
void after_asking(SessionView& files, Then then, const std::string& path = {})
{
    files.then = then;
    files.then_path = path;
    if (files.unsaved)
        show_dialog(files, SessionDialog::Unsaved);
    else
        go_on(files);
}

}  // namespace

void ask(SessionView& files, Request request)
{
    files.requests.push_back(std::move(request));
}

void show_dialog(SessionView& files, SessionDialog dialog)
{
    if (files.dialog == SessionDialog::None)
        files.dialog = dialog;
    else if (files.dialog != dialog)
        files.queued.push_back(dialog);
}

void show_errors(SessionView& files, std::string title, std::vector<std::string> errors, bool bundled)
{
    files.errors_title = std::move(title);
    files.errors = std::move(errors);
    files.offer_bundled = bundled;
    show_dialog(files, SessionDialog::Errors);
}

void file_new(SessionView& files) { after_asking(files, Then::New); }
void file_open(SessionView& files) { after_asking(files, Then::Open); }
void file_open_path(SessionView& files, const std::string& path) { after_asking(files, Then::OpenPath, path); }
void file_quit(SessionView& files) { after_asking(files, Then::Quit); }
void file_regional_board(SessionView& files) { after_asking(files, Then::Regional); }

void file_compare_sessions(SessionView& files)
{
    files.councils_errors.clear();
    ask(files, ListRequest{true});  // the app shows the picker once the list is there
}

void file_save(SessionView& files)
{
    if (files.has_file)
        ask(files, SaveRequest{});
    else
        file_save_as(files);
}

void file_save_as(SessionView& files)
{
    files.save_name = files.suggestion;
    if (files.save_folder.empty())
        files.save_folder = files.folder;
    if (!files.file.empty()) {
        std::size_t slash = files.file.rfind('/');
        files.save_folder = slash == std::string::npos ? std::string(".") : files.file.substr(0, slash);
    }
    show_dialog(files, SessionDialog::SaveAs);
}

void saved_go_on(SessionView& files)
{
    files.unsaved = false;
    go_on(files);
}

void save_failed(SessionView& files)
{
    files.then = Then::Nothing;
}

}  // namespace prio
