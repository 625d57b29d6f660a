// What the menu bar and its tooltip say when the autosave cannot write
// (app/session_status): in the session's language, with the system's reason
// and where the work is instead.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/session_status.h"
#include "core/placeholders.h"
#include "core/strings.h"
#include "test_support.h"

using namespace prio;
using prio::test::TempDir;

namespace fs = std::filesystem;

namespace {

// A session saved in `share`, with one edit made after the save.
void saved_and_moved(SessionDocument& doc, const TempDir& dir, const std::string& language)
{
    document_start(doc, dir / "state/recovery", dir / "state/recent-sessions.txt", dir / "Documents/Prioriteer");
    REQUIRE(document_new(doc, bundled_source(language)).ok);
    fs::create_directories(dir / "share");
    REQUIRE(document_save_as(doc, dir / "share/s.yaml").ok);
    CHECK(session_status(doc).text.empty());
    REQUIRE(perform(doc.session, Move{"K3", doc.session.board.lanes[0].id, 0}, "2026-12-04T10:00:00Z") == Refusal::None);
}

}  // namespace

TEST_CASE("the autosave cannot reach the session's file: the bar says so in Dutch, the tooltip gives the reason and the recovery file")
{
    TempDir dir;
    SessionDocument doc;
    saved_and_moved(doc, dir, "nl");
    fs::rename(dir / "share", dir / "gone");  // the stick is pulled out
    autosave_tick(doc.autosave, doc.session, 100.0);
    SessionStatus status = session_status(doc);
    CHECK(status.error);
    CHECK(status.text == fill(tr("fmt.session.autosave_failed", "nl"), {{"file", "s.yaml"}}));
    CHECK(status.text.find("herstelbestand") != std::string::npos);
    const std::string reason = "kan " + dir / "share/s.yaml" + " niet opslaan: de map " + dir / "share" + " bestaat niet";
    CHECK(status.detail == reason + ". Uw werk staat veilig in " + doc.autosave.slot.session_copy() + "; het bestand wordt opnieuw geprobeerd.");
    CHECK(fs::exists(doc.autosave.slot.session_copy()));
    CHECK(status.lost.empty());  // the work is in the recovery file: quitting loses nothing
    autosave_stop(doc.autosave);
}

TEST_CASE("nowhere on disk: neither the file nor the recovery file can be written, and the bar does not call the work safe")
{
    TempDir dir;
    SessionDocument doc;
    saved_and_moved(doc, dir, "en");
    fs::rename(dir / "share", dir / "gone");
    // The recovery folder is gone too, and a file stands in its place.
    const std::string slot_folder = doc.autosave.slot.folder;
    fs::rename(slot_folder, dir / "slot-gone");
    std::ofstream(slot_folder) << "not a folder";
    autosave_tick(doc.autosave, doc.session, 100.0);
    SessionStatus status = session_status(doc);
    CHECK(status.error);
    CHECK(status.text == fill(tr("fmt.session.nowhere", "en"), {{"count", "1"}}));
    CHECK(status.text.find("recovery") != std::string::npos);
    CHECK(status.detail.rfind(status.text + "\nNothing could be written: ", 0) == 0);
    CHECK(status.detail.find(dir / "share/s.yaml") != std::string::npos);
    CHECK(status.lost == fill(tr("fmt.session.quit_loses", "en"), {{"count", "1"}}));
    fs::remove(slot_folder);
    fs::rename(dir / "slot-gone", slot_folder);
    autosave_stop(doc.autosave);
}
