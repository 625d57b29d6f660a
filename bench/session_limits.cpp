// A session at the limits (2,000 cards, 50 lanes, a note on every card, a
// long decision log, close to the 16 MiB file limit): how long writing
// (with our emitter, and with yaml-cpp's, which it replaced), reading,
// checking and an edit's autosave take. Prints figures (medians); passes or
// fails nothing. With a path argument it also leaves the session there, for
// bench/session_limits.py, which times `check` and the window's first frame.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include "core/edit.h"
#include "core/session.h"
#include "io/files/atomic_file.h"
#include "io/session/session_autosave.h"
#include "io/session/session_check.h"
#include "io/session/session_yaml.h"
#include "yaml_cpp_emitter.h"

using namespace prio;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double cpu_ms()
{
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Wall time and this process's CPU time: on a busy machine the CPU time is
// the figure to compare, the wall time mostly measures the waiting.
struct Timed {
    std::vector<double> wall, cpu;
    Clock::time_point wall_start;
    double cpu_start = 0;
    void start()
    {
        wall_start = Clock::now();
        cpu_start = cpu_ms();
    }
    void stop()
    {
        wall.push_back(ms_since(wall_start));
        cpu.push_back(cpu_ms() - cpu_start);
    }
    std::string text() const
    {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.0f ms (%.0f ms CPU)", median(wall), median(cpu));
        return buffer;
    }
};

std::string words(std::size_t bytes, std::mt19937& rng)
{
    static const char* const kWords[] = {"gemeente", "dienst", "gegevens", "burger", "beleid", "informatie", "veilig", "samen"};
    std::string out;
    while (out.size() < bytes)
        out += std::string(kWords[rng() % 8]) + " ";
    return out;
}

Session at_the_limits()
{
    std::mt19937 rng(11);
    Deck deck;
    deck.id = "limieten";
    deck.title = "Limieten";
    deck.language = "nl";
    for (int t = 0; t < 12; ++t)
        deck.themes.push_back({"t" + std::to_string(t), "Thema " + std::to_string(t), {40, 80, static_cast<std::uint8_t>(t * 20)}});
    deck.lanes = {{"nu", "Nu", 0, true}};
    for (std::size_t i = 0; i < kMaxCards; ++i)
        deck.cards.push_back({"K" + std::to_string(i), "Kaart " + std::to_string(i) + " " + words(40, rng), "t" + std::to_string(i % 12),
                              words(120, rng), words(2500, rng), "bron-" + std::to_string(i) + ".txt"});
    Session s = make_session(std::move(deck));
    for (std::size_t l = 1; l < kMaxLanes; ++l)
        perform(s, AddLane{"baan" + std::to_string(l), "Baan " + std::to_string(l), static_cast<int>(l), 0, l % 7 != 6, {}}, "2024-05-02T09:00:00Z");
    for (std::size_t i = 0; i < kMaxCards; ++i)
        perform(s, SetNote{s.deck.cards[i].id, words(1200, rng)}, "2024-05-02T09:00:00Z");
    // Moves until the log is long: every card ends up in some lane.
    for (int n = 0; n < 40000; ++n) {
        const Card& card = s.deck.cards[static_cast<std::size_t>(n) % kMaxCards];
        const Lane& lane = s.board.lanes[rng() % s.board.lanes.size()];
        perform(s, Move{card.id, lane.id, static_cast<int>(rng() % (lane.cards.size() + 1))}, "2024-05-02T10:00:00Z");
    }
    return s;
}

}  // namespace

int main(int argc, char** argv)
{
    auto t = Clock::now();
    Session s = at_the_limits();
    const double build_ms = ms_since(t);
    std::string yaml = session_to_yaml(s);
    std::printf("session at the limits: %zu cards, %zu lanes, %zu notes, %zu log entries, %zu bytes (%.1f MiB of 16), built in %.0f ms\n",
                s.deck.cards.size(), s.board.lanes.size(), s.deck.cards.size(), s.log.size(), yaml.size(),
                static_cast<double>(yaml.size()) / (1 << 20), build_ms);

    char pattern[] = "/tmp/prio-bench-XXXXXX";
    if (!::mkdtemp(pattern))
        return 1;
    const std::string path = argc > 1 ? argv[1] : std::string(pattern) + "/limits.yaml";
    if (WriteResult w = write_file_atomic(path, yaml, {false}); !w.ok) {
        std::fprintf(stderr, "%s\n", failure_text(w.failure, "en").c_str());
        return 1;
    }
    Timed to_yaml, yaml_cpp, parse, check;
    for (int run = 0; run < 5; ++run) {
        yaml_cpp.start();
        std::string before = session_to_yaml(s, nullptr, test::YamlCppEmitter::make);
        yaml_cpp.stop();
        to_yaml.start();
        std::string again = session_to_yaml(s);
        to_yaml.stop();
        if (again != before) {
            std::fprintf(stderr, "our emitter and yaml-cpp's disagree on the session at the limits\n");
            return 1;
        }
        parse.start();
        SessionLoad load = parse_session(again, "limits.yaml");
        parse.stop();
        if (!load.session) {
            std::fprintf(stderr, "the session at the limits does not read back: %s\n",
                         load.diagnostics.empty() ? "?" : format(load.diagnostics[0], "en").c_str());
            return 1;
        }
        check.start();
        FileCheck c = check_file(path);
        check.stop();
        if (!c.ok)
            return 1;
    }
    std::printf("medians over 5 runs: to YAML %s (with yaml-cpp's emitter, as before: %s; the same bytes), parse_session %s, "
                "check_file (read + parse + summary) %s\n",
                to_yaml.text().c_str(), yaml_cpp.text().c_str(), parse.text().c_str(), check.text().c_str());

    // An edit and its autosave into the session's own file, as the window
    // does it on its thread: the disk check, the YAML (only the log's new
    // entry emitted), the safe write with its fsyncs, the new stamp.
    AutosaveState autosave;
    autosave_start(autosave, std::string(pattern) + "/recovery");
    autosave_follow(autosave, s, path);
    Timed rounds, yaml_only;
    double now = 0;
    for (int run = 0; run < 9; ++run) {
        perform(s, SetNote{s.deck.cards[static_cast<std::size_t>(run)].id, "bewerkt " + std::to_string(run)}, "2024-05-02T11:00:00Z");
        now += 1;
        rounds.start();
        AutosaveResult r = autosave_tick(autosave, s, now);
        rounds.stop();
        if (!r.wrote || !r.ok) {
            std::fprintf(stderr, "the autosave did not write\n");
            return 1;
        }
        yaml_only.start();
        (void)session_to_yaml(s, &autosave.log_cache);
        yaml_only.stop();
    }
    std::printf("an edit's autosave into the session's file: median %s over 9 (of which to YAML with the log cache %s)\n",
                rounds.text().c_str(), yaml_only.text().c_str());
    autosave_stop(autosave);
    ::unlink(backup_path(path).c_str());
    std::filesystem::remove_all(pattern);  // the recovery folder, and the session when it was ours
    return 0;
}
