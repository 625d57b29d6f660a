// Autosave and recovery slots: every change reaches the disk, in the
// session's file or in the recovery folder, and a program killed with -9
// leaves a slot the next start finds.
#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/session/session_autosave.h"
#include "io/session/session_yaml.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;
namespace fs = std::filesystem;

namespace {

Deck small_deck()
{
    Deck deck = proef_deck("", {{"a", "A", {1, 2, 3}}}, {{"nu", "Nu", 0, true}, {"later", "Later", 0, true}});
    for (int i = 1; i <= 8; ++i)
        deck.cards.push_back({"K" + std::to_string(i), "Kaart " + std::to_string(i), "a", "s", "", ""});
    return deck;
}

// A random edit that the board accepts; the same seed gives the same edits.
void random_edit(Session& s, std::mt19937& rng, int n)
{
    for (;;) {
        std::string card = "K" + std::to_string(1 + rng() % 8);
        Edit edit;
        if (rng() % 4 == 0) {
            edit = SetNote{card, "noot " + std::to_string(n)};
        } else {
            std::string lane = std::vector<std::string>{"", "nu", "later"}[rng() % 3];
            int size = static_cast<int>(cards_in(s.board, find_lane(s.board, lane)).size());
            edit = Move{card, lane, static_cast<int>(rng() % static_cast<unsigned>(size + 1))};
        }
        if (perform(s, edit, "t" + std::to_string(n)) == Refusal::None)
            return;
    }
}

// A session saved as dir/NAME/s.yaml and followed there, with a slot in dir/recovery.
struct Saved {
    TempDir dir;
    std::string folder;
    AutosaveState state;
    Session s;
    explicit Saved(const char* name) : folder(dir / name), s(make_session(small_deck()))
    {
        fs::create_directory(folder);
        autosave_start(state, dir / "recovery");
        REQUIRE(autosave_save_as(state, s, folder + "/s.yaml").ok);
    }
};

// Simulates a crash in this process: the lock goes, the files stay.
void crash(AutosaveState& state)
{
    ::close(state.slot.lock_fd);
    state.slot.lock_fd = -1;
}

}  // namespace

TEST_CASE("an untitled session is autosaved to the recovery slot at once, then at most every kAutosaveInterval")
{
    TempDir dir;
    AutosaveState state;
    autosave_start(state, dir / "state/recovery");
    REQUIRE_FALSE(state.slot_error.failed());
    CHECK(fs::status(dir / "state").permissions() == (fs::perms::owner_all));

    Session s = make_session(small_deck());
    autosave_follow(state, s, "");
    CHECK_FALSE(autosave_tick(state, s, 100.0).wrote);  // nothing changed
    CHECK(autosave_due_in(state, s, 100.0) > 1000);

    REQUIRE(perform(s, Move{"K1", "nu", 0}, "t1") == Refusal::None);
    CHECK(autosave_due_in(state, s, 100.0) == 0);
    AutosaveResult r = autosave_tick(state, s, 100.0);
    CHECK(r.wrote);
    CHECK(r.ok);
    CHECK(r.where == state.slot.session_copy());
    CHECK(slurp(state.slot.session_copy()) == session_to_yaml(s));
    CHECK_FALSE(autosave_in_file(state, s));

    // A second edit right after waits for the interval, then is written.
    REQUIRE(perform(s, Move{"K2", "nu", 1}, "t2") == Refusal::None);
    CHECK_FALSE(autosave_tick(state, s, 100.1).wrote);
    CHECK(autosave_due_in(state, s, 100.1) == doctest::Approx(0.15));
    CHECK(autosave_tick(state, s, 100.25).wrote);
    CHECK(slurp(state.slot.session_copy()) == session_to_yaml(s));

    autosave_stop(state);
    CHECK(listing(dir / "state/recovery").empty());
}

TEST_CASE("a session with a file is autosaved into it; the version from before is kept once as name~")
{
    TempDir dir;
    AutosaveState state;
    autosave_start(state, dir / "recovery");
    Session s = make_session(small_deck());
    std::string file = dir / "workshop.yaml";
    WriteResult saved = autosave_save_as(state, s, file);
    REQUIRE(saved.ok);
    const std::string at_open = slurp(file);
    CHECK(autosave_in_file(state, s));
    CHECK(slurp(state.slot.path_file()) == file + "\n");

    REQUIRE(perform(s, Move{"K1", "nu", 0}, "t1") == Refusal::None);
    CHECK_FALSE(autosave_in_file(state, s));
    AutosaveResult r = autosave_tick(state, s, 10.0);
    CHECK(r.where == file);
    CHECK(slurp(file) == session_to_yaml(s));
    CHECK(slurp(file + "~") == at_open);
    CHECK(autosave_in_file(state, s));

    REQUIRE(perform(s, Move{"K2", "nu", 0}, "t2") == Refusal::None);
    REQUIRE(autosave_tick(state, s, 11.0).wrote);
    CHECK(slurp(file) == session_to_yaml(s));
    CHECK(slurp(file + "~") == at_open);  // still the version from before this run's first change
    CHECK_FALSE(fs::exists(state.slot.session_copy()));
    CHECK(listing(dir.path) == std::set<std::string>{"recovery", "workshop.yaml", "workshop.yaml~"});
    autosave_stop(state);
}

TEST_CASE("when the session's file cannot be written, the slot keeps the session and the file is tried again")
{
    Saved saved("stick");
    TempDir& dir = saved.dir;
    const std::string& folder = saved.folder;
    AutosaveState& state = saved.state;
    Session& s = saved.s;
    const std::string before = slurp(folder + "/s.yaml");

    // The stick is pulled out.
    fs::rename(folder, dir / "gone");
    REQUIRE(perform(s, Move{"K3", "later", 0}, "t1") == Refusal::None);
    AutosaveResult r = autosave_tick(state, s, 50.0);
    CHECK(r.ok);
    CHECK(r.where == state.slot.session_copy());
    CHECK(autosave_error(state, "en") == "cannot save " + folder + "/s.yaml: the folder " + folder + " does not exist");
    // The window words it in its own language.
    CHECK(autosave_error(state, "nl") == "kan " + folder + "/s.yaml niet opslaan: de map " + folder + " bestaat niet");
    CHECK(state.errors.size() == 1);
    CHECK(slurp(state.slot.session_copy()) == session_to_yaml(s));
    CHECK_FALSE(autosave_in_file(state, s));

    // Nothing new: the file is tried again only after kAutosaveRetry.
    CHECK_FALSE(autosave_tick(state, s, 51.0).wrote);
    CHECK(autosave_due_in(state, s, 51.0) == doctest::Approx(kAutosaveRetry - 1.0));

    // A crash now: the next start finds the newer session in the slot and the file it belongs to.
    SUBCASE("crash")
    {
        crash(state);
        std::vector<Recovery> found = find_recovery(dir / "recovery");
        REQUIRE(found.size() == 1);
        CHECK(found[0].session_file == folder + "/s.yaml");
        CHECK(found[0].recovery_file == state.slot.session_copy());
    }
    SUBCASE("the stick comes back")
    {
        fs::rename(dir / "gone", folder);
        r = autosave_tick(state, s, 50.0 + kAutosaveRetry);
        CHECK(r.where == folder + "/s.yaml");
        CHECK(state.errors.empty());
        CHECK(slurp(folder + "/s.yaml") == session_to_yaml(s));
        CHECK(slurp(folder + "/s.yaml~") == before);
        CHECK_FALSE(fs::exists(state.slot.session_copy()));
        CHECK(autosave_in_file(state, s));
        autosave_stop(state);
    }
}

TEST_CASE("without a recovery folder an untitled session says it cannot be autosaved")
{
    TempDir dir;
    std::ofstream(dir / "blocker") << "x";
    AutosaveState state;
    autosave_start(state, dir / "blocker/recovery");
    CHECK(failure_text(state.slot_error, "en") == "cannot create the folder " + dir / "blocker/recovery" + ": Not a directory");
    Session s = make_session(small_deck());
    autosave_follow(state, s, "");
    REQUIRE(perform(s, Move{"K1", "nu", 0}, "t1") == Refusal::None);
    AutosaveResult r = autosave_tick(state, s, 1.0);
    CHECK(r.wrote);
    CHECK_FALSE(r.ok);
    CHECK(autosave_error(state, "en") == "cannot autosave: " + failure_text(state.slot_error, "en"));
    CHECK(autosave_error(state, "nl") == "kan niet automatisch opslaan: kan de map " + dir / "blocker/recovery" +
                                             " niet maken: een deel van het pad is geen map");

    // A session with a file is still autosaved into it.
    REQUIRE(autosave_save_as(state, s, dir / "s.yaml").ok);
    REQUIRE(perform(s, Move{"K2", "nu", 0}, "t2") == Refusal::None);
    r = autosave_tick(state, s, 2.0);
    CHECK(r.ok);
    CHECK(slurp(dir / "s.yaml") == session_to_yaml(s));
}

TEST_CASE("slots of running programs are not offered; left-behind ones are, newest first, and can be discarded")
{
    TempDir dir;
    std::string folder = dir / "recovery";
    AutosaveState running, crashed_untitled, crashed_titled, clean;
    for (AutosaveState* st : {&running, &crashed_untitled, &crashed_titled, &clean}) {
        autosave_start(*st, folder);
        REQUIRE_FALSE(st->slot_error.failed());
    }
    Session s = make_session(small_deck());
    REQUIRE(perform(s, Move{"K1", "nu", 0}, "t1") == Refusal::None);
    for (AutosaveState* st : {&running, &crashed_untitled, &clean})
        REQUIRE(autosave_tick(*st, s, 1.0).ok);
    REQUIRE(autosave_save_as(crashed_titled, s, dir / "titled.yaml").ok);
    autosave_stop(clean);
    crash(crashed_untitled);
    crash(crashed_titled);
    // An interrupted write left a temporary file in the crashed slot.
    std::ofstream(folder + "/." + crashed_untitled.slot.name + ".yaml.tmp-abcdefgh") << "half";
    fs::last_write_time(crashed_untitled.slot.session_copy(), fs::file_time_type::clock::now() - std::chrono::hours(1));

    std::vector<Recovery> found = find_recovery(folder);
    REQUIRE(found.size() == 2);
    CHECK(found[0].slot.name == crashed_titled.slot.name);
    CHECK(found[0].session_file == dir / "titled.yaml");
    CHECK(found[0].recovery_file == "");
    CHECK(found[1].slot.name == crashed_untitled.slot.name);
    CHECK(found[1].session_file == "");
    CHECK(slurp(found[1].recovery_file) == session_to_yaml(s));
    CHECK(found[0].modified > found[1].modified);

    discard_recovery(found[1]);
    discard_recovery(found[0]);
    CHECK(find_recovery(folder).empty());
    // Only the running program's slot is left.
    CHECK(listing(folder) == std::set<std::string>{running.slot.name + ".lock", running.slot.name + ".yaml"});
    autosave_stop(running);
}

TEST_CASE("a restored session is written out before its old slot goes")
{
    TempDir dir;
    std::string folder = dir / "recovery";
    AutosaveState before;
    autosave_start(before, folder);
    Session s = make_session(small_deck());
    autosave_follow(before, s, "");
    REQUIRE(perform(s, Move{"K4", "later", 0}, "t1") == Refusal::None);
    REQUIRE(autosave_tick(before, s, 1.0).ok);
    crash(before);

    AutosaveState after;
    autosave_start(after, folder);
    std::vector<Recovery> found = find_recovery(folder);
    REQUIRE(found.size() == 1);
    // The window loads found[0].recovery_file into a session; here: the same session.
    autosave_follow(after, s, "");
    autosave_adopt(after, found[0]);
    CHECK(fs::exists(found[0].recovery_file));  // kept until the session is on disk again
    CHECK(autosave_due_in(after, s, 5.0) == 0);
    REQUIRE(autosave_tick(after, s, 5.0).ok);
    CHECK_FALSE(fs::exists(found[0].recovery_file));
    CHECK(slurp(after.slot.session_copy()) == session_to_yaml(s));
    CHECK(find_recovery(folder).empty());
    autosave_stop(after);
}

TEST_CASE("a session open in another running program is noticed")
{
    TempDir dir;
    std::string folder = dir / "recovery";
    AutosaveState mine, other;
    autosave_start(mine, folder);
    autosave_start(other, folder);
    Session s = make_session(small_deck());
    REQUIRE(autosave_save_as(other, s, dir / "shared.yaml").ok);
    CHECK(open_elsewhere(folder, dir / "shared.yaml", mine.slot) == other.slot.name);
    CHECK(open_elsewhere(folder, dir / "shared.yaml", other.slot) == "");  // not by itself
    CHECK(open_elsewhere(folder, dir / "other.yaml", mine.slot) == "");
    crash(other);  // a program that is gone has nothing open
    CHECK(open_elsewhere(folder, dir / "shared.yaml", mine.slot) == "");
    autosave_stop(mine);
}

TEST_CASE("kill -9 at random moments: what is on disk is the last autosaved board or the one after it")
{
    TempDir dir;
    std::string folder = dir / "recovery";
    std::mt19937 timing(20240502);
    const int trials = 24;
    int restored_last = 0, restored_one_more = 0, nothing_yet = 0;
    for (int trial = 0; trial < trials; ++trial) {
        // Even trials: an untitled session (autosaved to the slot); odd: one with a file.
        const bool titled = trial % 2 == 1;
        const std::string file = dir / ("s" + std::to_string(trial) + ".yaml");
        int pipe_fds[2];
        REQUIRE(::pipe(pipe_fds) == 0);
        const unsigned seed = 1000u + static_cast<unsigned>(trial);
        pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // The child edits and autosaves as fast as it can, and reports
            // each revision once autosave_tick returned.
            ::close(pipe_fds[0]);
            AutosaveState state;
            autosave_start(state, folder);
            Session s = make_session(small_deck());
            if (titled) {
                if (!autosave_save_as(state, s, file).ok)
                    ::_exit(3);
            } else {
                autosave_follow(state, s, "");
            }
            std::mt19937 rng(seed);
            for (int n = 1; n < 1000000; ++n) {
                random_edit(s, rng, n);
                AutosaveResult r = autosave_tick(state, s, n * kAutosaveInterval);
                if (!r.ok || r.where != (titled ? file : state.slot.session_copy()))
                    ::_exit(3);
                ssize_t w = ::write(pipe_fds[1], &n, sizeof n);
                (void)w;
            }
            ::_exit(0);
        }
        ::close(pipe_fds[1]);
        std::this_thread::sleep_for(std::chrono::microseconds(1000 + timing() % 60000));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status));
        int last = 0, n = 0;
        while (::read(pipe_fds[0], &n, sizeof n) == sizeof n)
            last = n;
        ::close(pipe_fds[0]);
        CAPTURE(trial);
        CAPTURE(last);

        std::vector<Recovery> found = find_recovery(folder);
        std::string saved;
        if (found.empty()) {
            // Killed before its first write: no edit had reached the disk yet.
            CHECK(last == 0);
            ++nothing_yet;
            continue;
        }
        if (titled) {
            REQUIRE(found.size() == 1);
            CHECK(found[0].session_file == file);
            CHECK(found[0].recovery_file == "");
            saved = slurp(file);
        } else {
            REQUIRE(found.size() == 1);
            CHECK(found[0].session_file == "");
            saved = slurp(found[0].recovery_file);
        }
        // Replay the child's edits to find which revision the file holds.
        Session replay = make_session(small_deck());
        std::mt19937 rng(seed);
        for (int k = 1; k < last; ++k)
            random_edit(replay, rng, k);
        std::string expected_last = last > 0 ? (random_edit(replay, rng, last), session_to_yaml(replay)) : session_to_yaml(replay);
        Board board_last = replay.board;
        random_edit(replay, rng, last + 1);
        std::string expected_next = session_to_yaml(replay);
        bool is_last = saved == expected_last;
        bool is_next = saved == expected_next;
        CHECK((is_last || is_next));
        restored_last += is_last;
        restored_one_more += is_next;

        // And it opens as the board it was.
        SessionLoad load = parse_session(saved, "restored.yaml");
        REQUIRE(load.session);
        CHECK(load.session->board == (is_last ? board_last : replay.board));
        discard_recovery(found[0]);
        CHECK(listing(folder).empty());
    }
    MESSAGE(trials << " kill -9 trials: " << restored_last << " held the last reported edit, " << restored_one_more
                   << " one edit more (killed between the write and the report), " << nothing_yet << " killed before the first write");
}

TEST_CASE("when neither the session's file nor the slot can be written, the changes are counted as on disk nowhere, and retried")
{
    Saved saved("share");
    AutosaveState& state = saved.state;
    Session& s = saved.s;
    REQUIRE_FALSE(state.slot_error.failed());
    CHECK(autosave_changes_nowhere(state, s) == 0);

    // Both places go: the share and the recovery folder.
    fs::rename(saved.folder, saved.dir / "gone");
    fs::rename(saved.dir / "recovery", saved.dir / "recovery-gone");
    REQUIRE(perform(s, Move{"K3", "later", 0}, "t1") == Refusal::None);
    AutosaveResult r = autosave_tick(state, s, 50.0);
    CHECK_FALSE(r.ok);
    CHECK(autosave_changes_nowhere(state, s) == 1);
    REQUIRE(perform(s, Move{"K4", "later", 0}, "t2") == Refusal::None);
    REQUIRE(perform(s, SetNote{"K4", "noot"}, "t3") == Refusal::None);
    CHECK_FALSE(autosave_tick(state, s, 50.5).ok);
    CHECK(autosave_changes_nowhere(state, s) == 3);
    CHECK_FALSE(autosave_in_file(state, s));
    // Retried at the autosave interval, not only after the next edit.
    CHECK(autosave_due_in(state, s, 50.5) == doctest::Approx(kAutosaveInterval));

    // The recovery folder comes back: the work is safe again, in the slot.
    fs::rename(saved.dir / "recovery-gone", saved.dir / "recovery");
    r = autosave_tick(state, s, 50.5 + kAutosaveInterval);
    CHECK(r.ok);
    CHECK(r.where == state.slot.session_copy());
    CHECK(autosave_changes_nowhere(state, s) == 0);
    CHECK(slurp(state.slot.session_copy()) == session_to_yaml(s));
    autosave_stop(state);
}

TEST_CASE("a session file changed by someone else is not overwritten: the session goes to the slot until the user chooses")
{
    Saved saved("share");
    AutosaveState& state = saved.state;
    Session& s = saved.s;
    const std::string path = saved.folder + "/s.yaml";

    // Our own autosaves go on as before; touching the file changes nothing.
    REQUIRE(perform(s, Move{"K1", "nu", 0}, "t1") == Refusal::None);
    REQUIRE(autosave_tick(state, s, 10.0).where == path);
    ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0);
    REQUIRE(perform(s, Move{"K2", "nu", 0}, "t2") == Refusal::None);
    REQUIRE(autosave_tick(state, s, 11.0).where == path);
    CHECK_FALSE(state.conflict);

    // Another program writes its own version.
    const std::string theirs = slurp(path) + "# theirs\n";
    spit(path, theirs);
    REQUIRE(perform(s, Move{"K3", "later", 0}, "t3") == Refusal::None);
    AutosaveResult r = autosave_tick(state, s, 12.0);
    CHECK(r.ok);
    CHECK(r.where == state.slot.session_copy());
    CHECK(state.conflict);
    CHECK(autosave_error(state, "en") == "not saved to " + path + ": it was changed by another program (or by hand) since Prioriteer last wrote it");
    CHECK(slurp(path) == theirs);
    CHECK(slurp(state.slot.session_copy()) == session_to_yaml(s));
    // Not retried on its own, and an explicit Save refuses too.
    CHECK_FALSE(autosave_tick(state, s, 12.0 + 2 * kAutosaveRetry).wrote);
    CHECK_FALSE(autosave_save_as(state, s, path).ok);
    CHECK(slurp(path) == theirs);

    // Keep mine: a copy beside it, which the session follows from then on.
    REQUIRE(autosave_save_as(state, s, saved.folder + "/s (mijn versie).yaml").ok);
    CHECK_FALSE(state.conflict);
    CHECK(slurp(saved.folder + "/s (mijn versie).yaml") == session_to_yaml(s));
    CHECK(slurp(path) == theirs);
    autosave_stop(state);
}
