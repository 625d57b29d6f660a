// The File menu and the session dialogs: what they ask the app to do. The
// app's side (files, autosave) is played here by setting what it would set.
#include <doctest/doctest.h>

#include "core/board_compare.h"
#include "core/edit.h"
#include "core/strings.h"
#include "ui_harness.h"

using namespace prio;
using prio::test::Ui;
using prio::test::make_deck;
using prio::test::t;

namespace {

template <class T>
int count(const Ui& ui)
{
    return ui.count<T>();
}

template <class T>
const T* last(const Ui& ui)
{
    return ui.last<T>();
}

// The dialog's window (not one of its children), by the id behind its title.
const ImGuiWindow* dialog_window(SessionDialog which)
{
    std::string id = "###session_dialog_" + std::to_string(static_cast<int>(which));
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        std::string name = w->Name;
        if (w->Active && name.size() >= id.size() && name.compare(name.size() - id.size(), id.size(), id) == 0)
            return w;
    }
    return nullptr;
}

bool dialog_shown(const Ui& ui, SessionDialog which)
{
    return dialog_window(which) != nullptr && ui.view.files.dialog == which;
}

// Clicks the button `label` in the dialog, by its id in the dialog's window.
bool click(Ui& ui, SessionDialog which, const std::string& label)
{
    const ImGuiWindow* window = dialog_window(which);
    if (!window)
        return false;
    ImVec2 pos = window->Pos;
    ImVec2 size = window->Size;
    // A hand clicks the button while a text field has the keyboard; the
    // field lets go on that click. Hovering alone would not show the button.
    if (ImGui::GetActiveID() != 0) {
        ui.move(ImVec2(pos.x + size.x * 0.5f, pos.y + 4.0f));
        ui.press();
        ui.release();
    }
    return ui.click_id(const_cast<ImGuiWindow*>(window)->GetID(label.c_str()));
}

}  // namespace

TEST_CASE("Ctrl+S on an untitled session opens Save as; Save there asks the app to write the file")
{
    Ui ui(make_deck(6));
    ui.view.files.folder = "/home/an/Documenten/Prioriteer";
    ui.view.files.suggestion = "workshop";
    ui.key(GLFW_KEY_S, true);
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::SaveAs));
    CHECK(count<SaveRequest>(ui) == 0);
    CHECK(ui.view.files.save_name == "workshop");
    CHECK(ui.view.files.save_folder == "/home/an/Documenten/Prioriteer");
    // The name field has the keyboard; Enter saves.
    // The suggestion is selected: typing replaces it.
    ui.type("raad");
    ui.key(GLFW_KEY_ENTER);
    const SaveAsRequest* r = last<SaveAsRequest>(ui);
    REQUIRE(r != nullptr);
    CAPTURE(r->path);
    CHECK(r->path == "/home/an/Documenten/Prioriteer/raad.yaml");
    CHECK_FALSE(r->replace);
    ui.frame();
    CHECK(ui.view.files.dialog == SessionDialog::None);
}

TEST_CASE("Ctrl+S on a session with a file saves it there without a dialog; Ctrl+Shift+S asks for a name")
{
    Ui ui(make_deck(6));
    ui.view.files.has_file = true;
    ui.view.files.file = "/tmp/x/raad.yaml";
    ui.view.files.suggestion = "raad";
    ui.key(GLFW_KEY_S, true);
    CHECK(count<SaveRequest>(ui) == 1);
    CHECK(ui.view.files.dialog == SessionDialog::None);
    ui.view.requests.clear();
    ui.key(GLFW_KEY_S, true, true);
    ui.frame();
    CHECK(count<SaveRequest>(ui) == 0);
    REQUIRE(dialog_shown(ui, SessionDialog::SaveAs));
    // Save as starts in the file's own folder.
    CHECK(ui.view.files.save_folder == "/tmp/x");
    CHECK(ui.view.files.save_name == "raad");
}

TEST_CASE("a file name with a slash is refused in Save as; .yaml is not doubled")
{
    Ui ui(make_deck(6));
    ui.view.files.folder = "/d";
    ui.view.files.suggestion = "a/b";
    file_save_as(ui.view.files);
    ui.frame();
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::SaveAs));
    ui.key(GLFW_KEY_ENTER);
    CHECK(count<SaveAsRequest>(ui) == 0);
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK(ui.view.files.dialog == SessionDialog::None);
    ui.view.files.suggestion = "b.yaml";
    file_save_as(ui.view.files);
    ui.frame();
    ui.frame();
    ui.key(GLFW_KEY_ENTER);
    REQUIRE(last<SaveAsRequest>(ui) != nullptr);
    CHECK(last<SaveAsRequest>(ui)->path == "/d/b.yaml");
}

TEST_CASE("New with unsaved work asks first; Cancel keeps everything, Don't save goes on to New")
{
    Ui ui(make_deck(6));
    ui.view.files.unsaved = true;
    ui.view.files.name = "Untitled session";
    ui.key(GLFW_KEY_N, true);
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Unsaved));
    // Escape is Cancel.
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK(ui.view.files.dialog == SessionDialog::None);
    CHECK(ui.view.files.then == Then::Nothing);
    CHECK(ui.view.requests.empty());

    ui.key(GLFW_KEY_N, true);
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Unsaved));
    REQUIRE(click(ui, SessionDialog::Unsaved, t(ui, "session.discard")));
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::New));
    // The bundled Dutch deck is the default choice.
    REQUIRE(click(ui, SessionDialog::New, t(ui, "session.create")));
    const NewRequest* r = last<NewRequest>(ui);
    REQUIRE(r != nullptr);
    CHECK(r->bundled == "nl");
}

TEST_CASE("New without unsaved work asks nothing; a deck file path can be typed")
{
    Ui ui(make_deck(6));
    ui.key(GLFW_KEY_N, true);
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::New));
    ui.view.files.new_deck = 2;
    ui.view.files.new_deck_path = "/decks/eigen.yaml";
    ui.frame();
    REQUIRE(click(ui, SessionDialog::New, t(ui, "session.create")));
    const NewRequest* r = last<NewRequest>(ui);
    REQUIRE(r != nullptr);
    CHECK(r->bundled.empty());
    CHECK(r->deck_path == "/decks/eigen.yaml");
}

TEST_CASE("Save in the unsaved question of an untitled session goes through Save as, then on to Open")
{
    Ui ui(make_deck(6));
    ui.view.files.unsaved = true;
    ui.view.files.folder = "/d";
    ui.view.files.suggestion = "s";
    ui.key(GLFW_KEY_O, true);
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Unsaved));
    // Save is the default: Enter.
    ui.key(GLFW_KEY_ENTER);
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::SaveAs));
    ui.key(GLFW_KEY_ENTER);
    REQUIRE(last<SaveAsRequest>(ui) != nullptr);
    CHECK(ui.view.files.then == Then::Open);  // waits for the save
    CHECK(count<ListRequest>(ui) == 0);
    // The app saved: Open follows, with the folder listed.
    ui.view.requests.clear();
    saved_go_on(ui.view.files);
    CHECK(count<ListRequest>(ui) == 1);
    ui.frame();
    CHECK_FALSE(dialog_shown(ui, SessionDialog::Open));  // not before the list is there
    // As the app answers the request: the list, then the dialog.
    ui.view.files.listed = {{"/d/a.yaml", "Raad", "Gemeente Zottegem", "2024-05-02", "12/18 placed", ""},
                            {"/d/b.yaml", "b", "", "2024-05-01", "0/18 placed", ""}};
    show_dialog(ui.view.files, SessionDialog::Open);
    ui.frame();
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Open));
    // Arrows walk the list, Enter opens the row with the focus.
    ui.key(GLFW_KEY_DOWN);
    ui.key(GLFW_KEY_ENTER);
    const OpenRequest* r = last<OpenRequest>(ui);
    REQUIRE(r != nullptr);
    CHECK(r->path == "/d/b.yaml");
}

TEST_CASE("a failed save cancels what waited for it")
{
    Ui ui(make_deck(6));
    ui.view.files.unsaved = true;
    ui.view.files.has_file = true;
    file_quit(ui.view.files);
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Unsaved));
    ui.key(GLFW_KEY_ENTER);
    CHECK(count<SaveRequest>(ui) == 1);
    CHECK(ui.view.files.then == Then::Quit);
    save_failed(ui.view.files);
    show_errors(ui.view.files, "Cannot save", {"cannot save /x/s.yaml: Read-only file system"});
    ui.frame();
    ui.frame();
    CHECK(dialog_shown(ui, SessionDialog::Errors));
    CHECK(count<QuitRequest>(ui) == 0);
    CHECK(ui.view.files.then == Then::Nothing);
}

TEST_CASE("quitting with unsaved work: Don't save is reachable by keyboard")
{
    Ui ui(make_deck(6));
    ui.view.files.unsaved = true;
    file_quit(ui.view.files);
    ui.frame();
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Unsaved));
    ui.key(GLFW_KEY_RIGHT);
    ui.key(GLFW_KEY_SPACE);
    CHECK(count<QuitRequest>(ui) == 1);
}

TEST_CASE("quitting without unsaved work ends at once")
{
    Ui ui(make_deck(6));
    file_quit(ui.view.files);
    CHECK(count<QuitRequest>(ui) == 1);
    CHECK(ui.view.files.dialog == SessionDialog::None);
}

TEST_CASE("the session details dialog edits the metadata, and the change bumps the revision")
{
    Ui ui(make_deck(6));
    ui.view.files.today = "2024-05-02";
    std::uint64_t before = ui.session.revision;
    REQUIRE(ui.click_menu(t(ui, "menu.file")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.details")));
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Details));
    // The organisation field has the keyboard.
    ui.type("Gemeente Zottegem");
    CHECK(ui.view.files.meta.date == "2024-05-02");  // today, offered
    REQUIRE(click(ui, SessionDialog::Details, t(ui, "common.ok")));
    CHECK(ui.session.meta.organisation == "Gemeente Zottegem");
    CHECK(ui.session.meta.date == "2024-05-02");
    CHECK(ui.session.revision == before + 1);
    // Not a board edit, but the decision log tells it, one entry per field.
    REQUIRE(ui.session.log.size() == 2);
    CHECK(std::get<DetailChange>(ui.session.log[0].what) == DetailChange{"organisation", "", "Gemeente Zottegem"});
    CHECK(std::get<DetailChange>(ui.session.log[1].what) == DetailChange{"date", "", "2024-05-02"});

    // Cancel changes nothing; OK without a change does not bump the revision.
    REQUIRE(ui.click_menu(t(ui, "menu.file")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.details")));
    ui.frame();
    ui.type("x");
    REQUIRE(click(ui, SessionDialog::Details, t(ui, "common.cancel")));
    CHECK(ui.session.meta.organisation == "Gemeente Zottegem");
    REQUIRE(ui.click_menu(t(ui, "menu.file")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.details")));
    ui.frame();
    REQUIRE(click(ui, SessionDialog::Details, t(ui, "common.ok")));
    CHECK(ui.session.revision == before + 1);
}

TEST_CASE("the session details set the plan period on OK and add a version row at once, each an undoable edit")
{
    Ui ui(make_deck(6));
    ui.view.files.today = "2026-01-10";
    REQUIRE(ui.click_menu(t(ui, "menu.file")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.details")));
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Details));
    REQUIRE(click(ui, SessionDialog::Details, "##plan_from"));
    ui.type("2026");
    ui.key(GLFW_KEY_TAB);
    ui.type("2031");
    ui.key(GLFW_KEY_TAB);  // to the new version's number
    ui.type("0.1");
    ui.key(GLFW_KEY_TAB);
    ui.key(GLFW_KEY_TAB);  // the date keeps today; on to the remark
    ui.type("voor de kerngroep");
    ImGuiWindow* dialog = const_cast<ImGuiWindow*>(dialog_window(SessionDialog::Details));
    REQUIRE(dialog != nullptr);
    ImGuiID add = ImHashStr(t(ui, "plan.add_version").c_str(), 0, dialog->GetID("##versions"));
    ui.move(ImVec2(dialog->Pos.x + dialog->Size.x * 0.5f, dialog->Pos.y + 4.0f));
    ui.press();
    ui.release();
    REQUIRE(ui.click_id(add));
    REQUIRE(ui.session.board.plan.versions.size() == 1);
    CHECK(ui.session.board.plan.versions[0] == PlanVersion{"0.1", "2026-01-10", PlanStatus::Draft, "voor de kerngroep"});
    CHECK(ui.session.board.plan.from_year == 0);  // the period waits for OK
    REQUIRE(click(ui, SessionDialog::Details, t(ui, "common.ok")));
    CHECK(ui.session.board.plan.from_year == 2026);
    CHECK(ui.session.board.plan.to_year == 2031);
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.plan.from_year == 0);
    ui.key(GLFW_KEY_Z, true);
    CHECK(ui.session.board.plan.versions.empty());
}

TEST_CASE("the recovery offer: Restore, Discard and Later")
{
    Ui ui(make_deck(6));
    ui.view.files.recovery = {"Unsaved session from 2024-05-02 10:00: Untitled session, 3/6 placed",
                              "/d/raad.yaml, open at 2024-05-01 09:00: Raad, 6/6 placed"};
    show_dialog(ui.view.files, SessionDialog::Recovery);
    ui.frame();
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Recovery));
    // Enter restores the newest (and the board takes no keys meanwhile).
    ui.key(GLFW_KEY_ENTER);
    CHECK(ui.view.selected.empty());
    const RestoreRequest* r = last<RestoreRequest>(ui);
    REQUIRE(r != nullptr);
    CHECK(r->index == 0);
    ui.frame();
    CHECK(ui.view.files.dialog == SessionDialog::None);

    ui.view.requests.clear();
    show_dialog(ui.view.files, SessionDialog::Recovery);
    ui.frame();
    ui.frame();
    REQUIRE(click(ui, SessionDialog::Recovery, t(ui, "session.discard_recovery") + "##0"));
    REQUIRE(last<DiscardRecoveryRequest>(ui) != nullptr);
    CHECK(last<DiscardRecoveryRequest>(ui)->index == 0);
    // Later keeps the rest for the next start.
    ui.view.requests.clear();
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK(ui.view.requests.empty());
    CHECK(ui.view.files.dialog == SessionDialog::None);
}

TEST_CASE("dialogs wait their turn: the recovery offer first, then a deck's errors")
{
    Ui ui(make_deck(6));
    ui.view.files.recovery = {"one"};
    show_dialog(ui.view.files, SessionDialog::Recovery);
    show_errors(ui.view.files, "The deck cannot be loaded", {"deck.yaml:3:1: error: tabs are not allowed for indentation"}, true);
    ui.frame();
    ui.frame();
    CHECK(dialog_shown(ui, SessionDialog::Recovery));
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Errors));
    REQUIRE(click(ui, SessionDialog::Errors, t(ui, "session.use_bundled")));
    const NewRequest* r = last<NewRequest>(ui);
    REQUIRE(r != nullptr);
    CHECK(r->bundled == "en");  // the session's language
}

TEST_CASE("a changed deck: the switch is explicit")
{
    Ui ui(make_deck(6));
    ui.view.files.deck_lines = {"The deck in /d/deck.yaml differs from the copy in this session.", "New: C9 — Nine (goes to the pile)"};
    ui.view.files.can_switch_deck = true;
    show_dialog(ui.view.files, SessionDialog::DeckChanged);
    ui.frame();
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::DeckChanged));
    // Enter and Escape keep the copy; only the button switches.
    ui.key(GLFW_KEY_ESCAPE);
    CHECK(count<SwitchDeckRequest>(ui) == 0);
    show_dialog(ui.view.files, SessionDialog::DeckChanged);
    ui.frame();
    ui.frame();
    REQUIRE(click(ui, SessionDialog::DeckChanged, t(ui, "session.switch_deck")));
    CHECK(count<SwitchDeckRequest>(ui) == 1);
}

TEST_CASE("File > Recent sessions opens one, after the unsaved question")
{
    Ui ui(make_deck(6));
    ui.view.files.recent = {"/d/raad.yaml", "/e/oud.yaml"};
    ui.view.files.unsaved = true;
    REQUIRE(ui.click_menu(t(ui, "menu.file")));
    REQUIRE(ui.click_item("##Menu_", t(ui, "menu.recent")));
    REQUIRE(ui.click_item("##Menu_", "oud.yaml##1"));
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Unsaved));
    CHECK(count<OpenRequest>(ui) == 0);
    REQUIRE(click(ui, SessionDialog::Unsaved, t(ui, "session.discard")));
    REQUIRE(last<OpenRequest>(ui) != nullptr);
    CHECK(last<OpenRequest>(ui)->path == "/e/oud.yaml");
}

TEST_CASE("the conflict question offers the side-by-side comparison; Esc there goes back to the question")
{
    Ui ui(make_deck(6));
    ui.view.files.file = "/d/raad.yaml";
    show_dialog(ui.view.files, SessionDialog::Conflict);
    ui.frame();
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Conflict));
    REQUIRE(click(ui, SessionDialog::Conflict, t(ui, "session.compare")));
    CHECK(count<CompareRequest>(ui) == 1);
    CHECK(count<KeepMineRequest>(ui) + count<KeepTheirsRequest>(ui) == 0);

    // The app reads theirs and shows the comparison: here theirs has a card in a lane.
    Session theirs = ui.session;
    REQUIRE(perform(theirs, Move{theirs.deck.cards[0].id, "later", 0}, "2024-05-02T10:00:00Z") == Refusal::None);
    ui.view.files.compare = compare_boards(ui.session, theirs, "Pile");
    CHECK(ui.view.files.compare.differences == 1);
    ui.view.files.requests.clear();
    show_dialog(ui.view.files, SessionDialog::Compare);
    ui.frame();
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Compare));
    CHECK(ui.view.files.requests.empty());  // read only: showing it asks nothing
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    ui.frame();
    CHECK(dialog_shown(ui, SessionDialog::Conflict));
    CHECK(ui.view.files.requests.empty());

    // From the comparison both choices are reachable: Enter keeps mine, the button theirs.
    ui.key(GLFW_KEY_ESCAPE);
    ui.frame();
    show_dialog(ui.view.files, SessionDialog::Compare);
    ui.frame();
    ui.frame();
    REQUIRE(dialog_shown(ui, SessionDialog::Compare));
    ui.key(GLFW_KEY_ENTER);
    CHECK(count<KeepMineRequest>(ui) == 1);
    ui.frame();
    ui.view.files.requests.clear();
    show_dialog(ui.view.files, SessionDialog::Compare);
    ui.frame();
    ui.frame();
    REQUIRE(click(ui, SessionDialog::Compare, t(ui, "session.keep_theirs")));
    CHECK(count<KeepTheirsRequest>(ui) == 1);
}
