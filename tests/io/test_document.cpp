// The open session's life in the window (src/app/document): new, open,
// save as, restore, and when closing it would lose work.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "app/document.h"
#include "io/session/session_recent.h"
#include "io/session/session_yaml.h"
#include "test_support.h"

using namespace prio;
using prio::test::TempDir;
using prio::test::slurp;
namespace fs = std::filesystem;

namespace {

void start(SessionDocument& doc, const TempDir& dir)
{
    document_start(doc, dir / "state/recovery", dir / "state/recent-sessions.txt", dir / "Documents/Prioriteer");
    REQUIRE(doc.autosave.slot.open());
    REQUIRE(document_new(doc, bundled_source("nl")).ok);
}

void move(SessionDocument& doc, const std::string& card, const std::string& lane)
{
    REQUIRE(perform(doc.session, Move{card, lane, 0}, "2024-05-02T10:00:00Z") == Refusal::None);
}

// A crash: the lock goes with the process, the files stay.
void crash(SessionDocument& doc)
{
    ::close(doc.autosave.slot.lock_fd);
    doc.autosave.slot.lock_fd = -1;
}

// Starts `doc` after a crash and returns the one session the crash left behind.
Recovery left_behind_one(SessionDocument& doc, const TempDir& dir)
{
    start(doc, dir);
    std::vector<Recovery> left = document_left_behind(doc);
    REQUIRE(left.size() == 1);
    return left[0];
}

}  // namespace

TEST_CASE("a fresh untitled session loses nothing when closed; one edit and it does")
{
    TempDir dir;
    SessionDocument doc;
    start(doc, dir);
    CHECK_FALSE(document_unsaved(doc));
    CHECK(document_title(doc) == "Naamloze sessie \u2014 Prioriteer");
    move(doc, "K1", doc.session.board.lanes[0].id);
    CHECK(document_unsaved(doc));
    CHECK(document_title(doc) == "* Naamloze sessie \u2014 Prioriteer");
    // Autosaved to the slot, it is still not in a file of its own.
    autosave_tick(doc.autosave, doc.session, 1.0);
    CHECK(fs::exists(doc.autosave.slot.session_copy()));
    CHECK(document_unsaved(doc));
    document_stop(doc);
}

TEST_CASE("New with a deck that does not load changes nothing and says why")
{
    TempDir dir;
    SessionDocument doc;
    start(doc, dir);
    move(doc, "K1", doc.session.board.lanes[0].id);
    std::uint64_t revision = doc.session.revision;
    std::ofstream(dir / "bad.yaml") << "deck:\n\tid: x\n";
    Outcome out = document_new(doc, dir / "bad.yaml");
    CHECK_FALSE(out.ok);
    REQUIRE(out.errors.size() == 1);
    // In the window's language: the session is Dutch.
    CHECK(out.errors[0] == dir / "bad.yaml" + ":2:1: fout: tabs zijn niet toegestaan om in te springen: gebruik spaties");
    CHECK(doc.session.revision == revision);
    CHECK(doc.session.board.lanes[0].cards.size() == 1);
    document_stop(doc);
}

TEST_CASE("Save as creates the default folder, but not a folder the user mistyped")
{
    TempDir dir;
    SessionDocument doc;
    start(doc, dir);
    move(doc, "K2", doc.session.board.lanes[1].id);
    Outcome bad = document_save_as(doc, dir / "nergens/s.yaml");
    CHECK_FALSE(bad.ok);
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].find(dir / "nergens/s.yaml") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "nergens"));
    CHECK(document_unsaved(doc));

    Outcome good = document_save_as(doc, dir / "Documents/Prioriteer/raad.yaml");
    CHECK(good.ok);
    CHECK(fs::exists(dir / "Documents/Prioriteer/raad.yaml"));
    CHECK_FALSE(document_unsaved(doc));
    CHECK(document_title(doc) == "raad \u2014 Prioriteer");
    CHECK(load_recent(dir / "state/recent-sessions.txt") == std::vector<std::string>{dir / "Documents/Prioriteer/raad.yaml"});
    // Edits now go into the file.
    move(doc, "K3", doc.session.board.lanes[1].id);
    CHECK(document_unsaved(doc));
    autosave_tick(doc.autosave, doc.session, 10.0);
    CHECK_FALSE(document_unsaved(doc));
    document_stop(doc);
}

TEST_CASE("Open: the same board; refused while another program has the file; a broken file opens nothing")
{
    TempDir dir;
    SessionDocument first;
    start(first, dir);
    move(first, "K4", first.session.board.lanes[2].id);
    REQUIRE(document_save_as(first, dir / "Documents/Prioriteer/s.yaml").ok);

    SessionDocument second;
    start(second, dir);
    Opened busy = document_open(second, dir / "Documents/Prioriteer/s.yaml");
    CHECK_FALSE(busy.outcome.ok);
    REQUIRE(busy.outcome.errors.size() == 1);
    CHECK(busy.outcome.errors[0] == dir / "Documents/Prioriteer/s.yaml" + " is al open in een ander Prioriteer-venster.");
    CHECK(second.autosave.session_path.empty());

    document_stop(first);
    // A relative path with detours is the same file.
    fs::path cwd = fs::current_path();
    fs::current_path(dir.path);
    Opened opened = document_open(second, "Documents/./Prioriteer/../Prioriteer/s.yaml");
    fs::current_path(cwd);
    REQUIRE(opened.outcome.ok);
    CHECK(second.autosave.session_path == dir / "Documents/Prioriteer/s.yaml");
    CHECK(second.session.board == first.session.board);
    CHECK_FALSE(document_unsaved(second));
    CHECK(opened.deck.status == DeckStatus::Same);  // the bundled deck is unchanged

    std::string text = slurp(dir / "Documents/Prioriteer/s.yaml");
    std::ofstream(dir / "broken.yaml") << text.substr(0, text.size() / 2) << "\n  - [\n";
    std::uint64_t revision = second.session.revision;
    Opened broken = document_open(second, dir / "broken.yaml");
    CHECK_FALSE(broken.outcome.ok);
    CHECK_FALSE(broken.outcome.errors.empty());
    CHECK(second.autosave.session_path == dir / "Documents/Prioriteer/s.yaml");
    CHECK(second.session.revision == revision);
    document_stop(second);
}

TEST_CASE("work left behind by a crash is restored, written out again, and only then its slot goes")
{
    TempDir dir;
    SessionDocument gone;
    start(gone, dir);
    move(gone, "K1", gone.session.board.lanes[0].id);
    move(gone, "K2", gone.session.board.lanes[1].id);
    REQUIRE(autosave_tick(gone.autosave, gone.session, 1.0).ok);
    crash(gone);

    SessionDocument doc;
    Recovery left = left_behind_one(doc, dir);
    CHECK(left.session_file.empty());
    REQUIRE(document_restore(doc, left).ok);
    CHECK(doc.session.board == gone.session.board);
    CHECK(document_unsaved(doc));  // restored work has no file of its own yet
    CHECK(fs::exists(left.recovery_file));
    REQUIRE(autosave_tick(doc.autosave, doc.session, 2.0).ok);
    CHECK_FALSE(fs::exists(left.recovery_file));
    CHECK(document_left_behind(doc).empty());
    document_stop(doc);
}

TEST_CASE("a session with a file comes back from its file after a crash")
{
    TempDir dir;
    SessionDocument gone;
    start(gone, dir);
    REQUIRE(document_save_as(gone, dir / "Documents/Prioriteer/f.yaml").ok);
    move(gone, "O1", gone.session.board.lanes[0].id);
    REQUIRE(autosave_tick(gone.autosave, gone.session, 1.0).ok);
    crash(gone);

    SessionDocument doc;
    Recovery left = left_behind_one(doc, dir);
    CHECK(left.session_file == dir / "Documents/Prioriteer/f.yaml");
    REQUIRE(document_restore(doc, left).ok);
    CHECK(doc.session.board == gone.session.board);
    CHECK(doc.autosave.session_path == dir / "Documents/Prioriteer/f.yaml");
    REQUIRE(autosave_tick(doc.autosave, doc.session, 2.0).ok);
    CHECK_FALSE(document_unsaved(doc));
    CHECK(document_left_behind(doc).empty());
    document_stop(doc);
}
