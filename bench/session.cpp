// Prints how long saving and loading sessions take, for decision logs of
// growing length. A figure to read, not a test: nothing here passes or fails.
#include <chrono>
#include <cstdio>
#include <random>
#include <string>

#include <unistd.h>

#include "io/session/session_deck.h"
#include "io/session/session_yaml.h"

using namespace prio;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

Session session_with_log(std::size_t entries)
{
    Session s = *start_session(bundled_source("nl")).session;
    std::mt19937 rng(7);
    while (s.log.size() < entries) {
        const Card& card = s.deck.cards[rng() % s.deck.cards.size()];
        Edit edit = Move{card.id, "", 0};
        if (rng() % 5 == 0) {
            edit = SetNote{card.id, "Notitie " + std::to_string(s.log.size()) + ": eerst met de diensten bespreken."};
        } else {
            int lane = static_cast<int>(rng() % (s.board.lanes.size() + 1)) - 1;
            int size = static_cast<int>(cards_in(s.board, lane).size());
            edit = Move{card.id, lane == kPile ? "" : s.board.lanes[static_cast<std::size_t>(lane)].id, static_cast<int>(rng() % static_cast<unsigned>(size + 1))};
        }
        perform(s, edit, "2024-05-02T09:00:00Z");
    }
    return s;
}

}  // namespace

int main()
{
    char pattern[] = "/tmp/prio-bench-XXXXXX";
    if (!::mkdtemp(pattern))
        return 1;
    std::string path = std::string(pattern) + "/s.yaml";
    std::printf("%8s %10s %12s %14s %12s %18s\n", "log", "bytes", "to YAML ms", "safe write ms", "load ms", "autosave/edit ms");
    for (std::size_t entries : {0u, 100u, 1000u, 10000u, 50000u}) {
        Session s = session_with_log(entries);
        const int runs = entries >= 10000 ? 3 : 20;
        double to_yaml = 0, write = 0, load = 0;
        std::size_t bytes = 0;
        for (int i = 0; i < runs; ++i) {
            auto t = Clock::now();
            std::string yaml = session_to_yaml(s);
            to_yaml += ms_since(t);
            bytes = yaml.size();
            t = Clock::now();
            if (!write_file_atomic(path, yaml).ok)
                return 1;
            write += ms_since(t);
            t = Clock::now();
            SessionLoad l = load_session_file(path);
            load += ms_since(t);
            if (!l.session)
                return 1;
        }
        // What one more edit costs the autosave: the log cache is warm, so
        // only the new entry is emitted; then the safe write.
        LogYamlCache cache;
        session_to_yaml(s, &cache);
        double autosave = 0;
        for (int i = 0; i < runs; ++i) {
            perform(s, SetNote{s.deck.cards[0].id, "noot " + std::to_string(i)}, "2024-05-02T10:00:00Z");
            auto t = Clock::now();
            if (!save_session_file(path, s, WriteOptions{false, system_file_ops()}, &cache).ok)
                return 1;
            autosave += ms_since(t);
        }
        std::printf("%8zu %10zu %12.2f %14.2f %12.2f %18.2f\n", entries, bytes, to_yaml / runs, write / runs, load / runs, autosave / runs);
    }
    std::remove(path.c_str());
    std::remove((path + "~").c_str());
    ::rmdir(pattern);
    return 0;
}
