// File > Export… and Ctrl+E: the dialog records what was asked and does no
// file work; the app takes the request after the frame.
#include <doctest/doctest.h>

#include "core/strings.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;
using prio::test::t;

namespace {

bool dialog_open(const Ui& ui)
{
    return ui.drawn_window(kExportPopup) != nullptr;
}

// An item of the dialog, by its label.
bool click(Ui& ui, const std::string& label)
{
    return ui.click_item(kExportPopup, label);
}

}  // namespace

TEST_CASE("File > Export… opens the dialog; Export records a request with every format and the defaults")
{
    Ui ui(make_deck(6));
    ui.view.export_dialog.default_folder = "/home/an/Documenten/Prioriteer";
    std::uint64_t revision = ui.session.revision;
    CHECK_FALSE(dialog_open(ui));
    REQUIRE(ui.click_menu(t(ui, "menu.file")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.export")));
    ui.frame();
    REQUIRE(dialog_open(ui));
    CHECK(ui.view.export_dialog.folder == "/home/an/Documenten/Prioriteer");
    CHECK(ui.count<ExportRequest>() == 0);

    REQUIRE(click(ui, t(ui, "export.dialog.export")));
    REQUIRE(ui.count<ExportRequest>() == 1);
    const ExportRequest& request = *ui.last<ExportRequest>();
    CHECK(request.formats == std::vector<std::string>{"md", "odt", "pdf", "csv", "json", "png", "ods", "plan-csv"});
    CHECK(request.folder == "/home/an/Documenten/Prioriteer");
    CHECK(request.separator == ';');
    CHECK(request.width == 1920);
    CHECK(request.height == 1080);
    CHECK_FALSE(request.force);
    // The dialog stays open to show where the files went; the board is untouched.
    CHECK(dialog_open(ui));
    CHECK(ui.session.revision == revision);
}

TEST_CASE("Ctrl+E opens the dialog; the choices made in it are in the request")
{
    Ui ui(make_deck(6));
    ui.view.export_dialog.default_folder = "/tmp/default";
    ui.key(GLFW_KEY_E, true);
    REQUIRE(dialog_open(ui));
    REQUIRE(click(ui, t(ui, "export.dialog.png")));
    REQUIRE(click(ui, t(ui, "export.dialog.md")));
    REQUIRE(click(ui, t(ui, "export.dialog.plan-csv")));
    REQUIRE(click(ui, t(ui, "export.dialog.comma")));
    REQUIRE(click(ui, t(ui, "export.dialog.force")));
    REQUIRE(click(ui, t(ui, "export.dialog.export")));
    REQUIRE(ui.count<ExportRequest>() == 1);
    const ExportRequest& request = *ui.last<ExportRequest>();
    CHECK(request.formats == std::vector<std::string>{"odt", "pdf", "csv", "json", "ods"});
    CHECK(request.separator == ',');
    CHECK(request.force);
    CHECK(request.folder == "/tmp/default");
}

TEST_CASE("no format chosen: Export does nothing; the app's reports are shown; Esc closes")
{
    Ui ui(make_deck(6));
    ui.view.export_dialog.default_folder = "/tmp/default";
    for (bool& on : ui.view.export_dialog.formats)
        on = false;
    ui.key(GLFW_KEY_E, true);
    REQUIRE(dialog_open(ui));
    click(ui, t(ui, "export.dialog.export"));
    CHECK(ui.count<ExportRequest>() == 0);

    // What the app hands back is listed, one line per file.
    ui.view.export_dialog.reports = {{"md", "/tmp/default/a.md", ""}, {"png", "/tmp/default/a.png", "no display"}};
    float before = ui.drawn_window(kExportPopup)->Size.y;
    ui.frame();
    ui.frame();
    CHECK(ui.drawn_window(kExportPopup)->Size.y > before);

    // "Open folder" is a request too, for the app.
    REQUIRE(click(ui, t(ui, "export.dialog.open_folder")));
    CHECK(ui.count<OpenExportFolderRequest>() == 1);

    ui.key(GLFW_KEY_ESCAPE);
    CHECK_FALSE(dialog_open(ui));
}

TEST_CASE("Ctrl+E does not open the dialog over another dialog")
{
    Ui ui(make_deck(6));
    ui.view.show_help = true;
    ui.frame();
    REQUIRE(ui.popup_open());
    ui.key(GLFW_KEY_E, true);
    CHECK_FALSE(dialog_open(ui));
    CHECK_FALSE(ui.view.export_dialog.want_open);
}

TEST_CASE("the documents' language is chosen in the dialog: the session's at first, then not switched by View > Language")
{
    Deck deck = make_deck(6);
    deck.language = "nl";
    Ui ui(std::move(deck));
    ui.view.export_dialog.default_folder = "/tmp/default";
    ui.key(GLFW_KEY_E, true);
    REQUIRE(dialog_open(ui));
    CHECK(ui.view.export_dialog.language == "nl");
    REQUIRE(click(ui, "English"));
    CHECK(ui.view.export_dialog.language == "en");
    REQUIRE(click(ui, t(ui, "export.dialog.export")));
    REQUIRE(ui.count<ExportRequest>() == 1);
    CHECK(ui.last<ExportRequest>()->language == "en");
    ui.key(GLFW_KEY_ESCAPE);
    // The interface switches to English and back; the choice stays.
    ui.view.commands.push_back(SetLanguage{"en"});
    ui.frame();
    ui.view.export_dialog.language = "nl";
    ui.view.commands.push_back(SetLanguage{"nl"});
    ui.frame();
    ui.view.commands.push_back(SetLanguage{"en"});
    ui.frame();
    ui.key(GLFW_KEY_E, true);
    REQUIRE(dialog_open(ui));
    CHECK(ui.view.export_dialog.language == "nl");
}

TEST_CASE("Enter presses Export, the dialog's default button")
{
    Ui ui(make_deck(6));
    ui.view.export_dialog.default_folder = "/tmp/default";
    ui.key(GLFW_KEY_E, true);
    REQUIRE(dialog_open(ui));
    CHECK(ui.count<ExportRequest>() == 0);
    ui.key(GLFW_KEY_ENTER);
    REQUIRE(ui.count<ExportRequest>() == 1);
    CHECK(ui.last<ExportRequest>()->folder == "/tmp/default");
}
