// Prints how long `prioriteer compare` takes for 60 councils over the
// bundled 18-card deck: the whole process writing all five formats, and in
// process the parts (loading, statistics with Kemeny, composing, each
// format). A figure to read, not a test: nothing here passes or fails.
//
//     build/prio_bench_compare [path/to/prioriteer]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/kemeny.h"
#include "io/export/comparison_report.h"
#include "io/session/compare_load.h"
#include "io/session/session_deck.h"
#include "io/session/session_yaml.h"

extern char** environ;

using namespace prio;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kCouncils = 60;
constexpr int kRuns = 7;
constexpr const char* kTime = "2026-01-01T00:00:00Z";

double ms_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Councils that lean towards one shared order with their own noise: some
// leave cards on the pile or set them aside, some write notes, half are
// "groot" and half "klein", each with its inhabitants.
std::vector<std::string> write_sessions(const std::string& dir)
{
    std::mt19937 rng(42);
    std::vector<std::string> paths;
    for (int k = 0; k < kCouncils; ++k) {
        Session s = *start_session(bundled_source(k % 5 == 1 ? "en" : "nl")).session;
        s.meta.organisation = "Gemeente " + std::to_string(k + 1);
        s.meta.inhabitants = 5000 + static_cast<long long>(rng() % 80000);
        s.meta.segment = s.meta.inhabitants >= 40000 ? "groot" : "klein";
        std::vector<std::string> order;
        for (const Card& c : s.deck.cards) order.push_back(c.id);
        for (std::size_t i = 0; i + 1 < order.size(); ++i)
            if (rng() % 3 == 0) std::swap(order[i], order[i + 1 + rng() % std::min<std::size_t>(4, order.size() - i - 1)]);
        std::size_t placed = order.size() - rng() % 5;
        std::map<std::string, int> filled;
        for (std::size_t i = 0; i < placed; ++i) {
            std::string lane = i < 6 ? "nu" : i < 12 ? "komend" : i + 2 < placed ? "later" : "niet";
            perform(s, Move{order[i], lane, filled[lane]++}, kTime);
            if (rng() % 6 == 0)
                perform(s, SetNote{order[i], "Notitie van " + s.meta.organisation + ": eerst met de diensten bespreken."}, kTime);
        }
        std::string path = dir + "/raad-" + std::to_string(k + 1) + ".yaml";
        if (!save_session_file(path, s).ok) std::printf("could not write %s\n", path.c_str());
        paths.push_back(path);
    }
    return paths;
}

// The built program next to this benchmark, unless one is named.
std::string program(int argc, char** argv)
{
    if (argc > 1) return argv[1];
    return (std::filesystem::read_symlink("/proc/self/exe").parent_path() / "prioriteer").string();
}

int run_process(const std::vector<std::string>& args)
{
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    int err = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (err != 0) return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
        std::fprintf(stderr, "usage: %s [PRIORITEER]\n  times `PRIORITEER compare` of %d generated sessions (default: the "
                             "prioriteer beside this benchmark)\n", argv[0], kCouncils);
        return 2;
    }
    char pattern[] = "/tmp/prio-bench-compare-XXXXXX";
    if (!::mkdtemp(pattern)) return 1;
    const std::string dir = pattern;
    std::vector<std::string> paths = write_sessions(dir);
    std::filesystem::create_directory(dir + "/out");

    std::vector<std::string> args = {program(argc, argv), "compare"};
    args.insert(args.end(), paths.begin(), paths.end());
    for (const char* a : {"--weights", "inhabitants", "--format", "md,odt,pdf,csv,json", "-o", "", "--force"})
        args.push_back(a);
    args[args.size() - 2] = dir + "/out";
    std::vector<double> whole;
    for (int run = 0; run < kRuns; ++run) {
        auto t = Clock::now();
        int code = run_process(args);
        whole.push_back(ms_since(t));
        if (code != 0) {
            // A time of a program that did not do the work would be no figure at all.
            std::fprintf(stderr, "the process exited with %d (%s): no figures\n", code, args[0].c_str());
            std::filesystem::remove_all(dir);
            return 1;
        }
    }
    std::size_t written = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir + "/out")) written += entry.file_size();
    std::printf("%d councils x 18 cards, the whole process (compare --weights inhabitants, all five formats): "
                "median %.0f ms over %d runs (%zu bytes written)\n",
                kCouncils, median(whole), kRuns, written);

    std::vector<double> load_ms, compare_ms, kemeny_ms, compose_ms;
    // What `compare --format` writes: a comparison has no action plan to put in a spreadsheet.
    const std::vector<ExportFormat> formats = {ExportFormat::Markdown, ExportFormat::Odt, ExportFormat::Pdf, ExportFormat::Csv,
                                               ExportFormat::Json};
    std::vector<std::vector<double>> format_ms(formats.size());
    for (int run = 0; run < kRuns; ++run) {
        auto t = Clock::now();
        ComparisonLoad load = load_comparison(paths);
        weigh_by_inhabitants(load.councils);
        load_ms.push_back(ms_since(t));
        if (!load.ok) std::printf("the sessions did not load\n");

        t = Clock::now();
        Comparison c = compare(load.deck, load.councils);
        compare_ms.push_back(ms_since(t));

        std::vector<std::vector<double>> ranks;
        std::vector<double> weights;
        for (const CouncilBoard& k : c.councils) ranks.push_back(k.board.ranks), weights.push_back(k.board.weight);
        t = Clock::now();
        KemenyOrder kemeny = kemeny_order(pairwise_preferences(ranks, weights), c.all.borda_order);
        kemeny_ms.push_back(ms_since(t));
        if (kemeny.order.size() != c.deck.cards.size()) std::printf("unexpected Kemeny order\n");

        t = Clock::now();
        ExportSubject subject = comparison_subject(c, {"nl", kTime, ""}, ';');
        compose_ms.push_back(ms_since(t));
        for (std::size_t f = 0; f < formats.size(); ++f) {
            t = Clock::now();
            Rendered out = render_export(subject, formats[f]);
            format_ms[f].push_back(ms_since(t));
            if (!out.error.empty()) std::printf("%s\n", out.error.c_str());
        }
    }
    std::printf("in process, medians over %d runs:\n", kRuns);
    std::printf("  load 60 sessions (read, parse, check, rank):        %7.1f ms\n", median(load_ms));
    std::printf("  compare (W, Spearman, clustering, Kemeny; whole and 2 segments, sensitivity): %7.1f ms\n",
                median(compare_ms));
    std::printf("    of which one exact Kemeny order:                 %7.1f ms\n", median(kemeny_ms));
    std::printf("  compose the report and the list (csv, json):        %7.1f ms\n", median(compose_ms));
    for (std::size_t f = 0; f < formats.size(); ++f)
        std::printf("  render %-4s                                        %7.1f ms\n",
                    std::string(format_name(formats[f])).c_str(), median(format_ms[f]));
    std::filesystem::remove_all(dir);
}
