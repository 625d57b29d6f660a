// Writes the exports of the fixed test session (tests/io/export_fixture.h),
// so the end-to-end tests can open them in LibreOffice, pandoc and poppler;
// with --bench N it times writing all formats N times and prints the figures.
//
//   prio_export_fixture DIR [--lang nl|en] [--formats md,odt,...] [--force]
//                           [--sep ,] [--bench N]
//   prio_export_fixture --session FILE [--lang nl|en] [--rounds]   (the session file itself;
//                           --rounds: with the three rounds of tests/io/round_fixture.h)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "../io/export_fixture.h"
#include "../io/round_fixture.h"
#include "io/export/export_session.h"
#include "io/session/session_yaml.h"
#include "io/files/sha256.h"

using namespace prio;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

int usage()
{
    std::fprintf(stderr, "usage: prio_export_fixture DIR [--lang nl|en] [--formats md,odt,pdf,csv,json] [--force] "
                         "[--sep ,] [--bench N]\n       prio_export_fixture --session FILE [--lang nl|en] [--rounds]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv)
{
    ExportOptions options;
    options.generated = fixture::kGenerated;
    std::string language = "nl";
    int bench = 0;
    bool have_dir = false;
    std::string session_file;
    bool rounds = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (arg == "--lang") {
            language = value();
        } else if (arg == "--formats") {
            options.formats.clear();
            std::string list = value();
            std::size_t start = 0;
            while (start <= list.size()) {
                std::size_t comma = std::min(list.find(',', start), list.size());
                auto format = format_from_name(list.substr(start, comma - start));
                if (!format)
                    return usage();
                options.formats.push_back(*format);
                start = comma + 1;
            }
        } else if (arg == "--force") {
            options.force = true;
        } else if (arg == "--sep") {
            std::string sep = value();
            if (sep.size() != 1)
                return usage();
            options.csv_separator = sep[0];
        } else if (arg == "--rounds") {
            rounds = true;
        } else if (arg == "--session") {
            session_file = value();
            if (session_file.empty())
                return usage();
        } else if (arg == "--bench") {
            bench = std::atoi(value().c_str());
        } else if (!arg.empty() && arg[0] != '-' && !have_dir) {
            options.dir = arg;
            have_dir = true;
        } else {
            return usage();
        }
    }
    if (!session_file.empty()) {
        // The fixture's made-up deck hash is not one a session file may hold.
        Session session = rounds ? fixture::rounds_session_fixture(language) : fixture::export_session_fixture(language);
        session.deck_hash = sha256_hex(session.deck.id);
        WriteResult written = save_session_file(session_file, session);
        if (!written.ok)
            std::fprintf(stderr, "%s\n", failure_text(written.failure, "en").c_str());
        return written.ok ? 0 : 1;
    }
    if (!have_dir)
        return usage();
    Session session = fixture::export_session_fixture(language);

    if (bench > 0) {
        using Clock = std::chrono::steady_clock;
        auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
        options.force = true;
        std::vector<double> total;
        std::vector<std::vector<double>> render(options.formats.size());
        for (int run = 0; run < bench; ++run) {
            auto start = Clock::now();
            ExportResult result = export_session(session, options);
            total.push_back(ms(Clock::now() - start));
            if (!result.ok()) {
                std::fprintf(stderr, "export failed\n");
                return 1;
            }
            ExportSubject subject = session_subject(session, options);
            for (std::size_t f = 0; f < options.formats.size(); ++f) {
                auto t = Clock::now();
                render_export(subject, options.formats[f]);
                render[f].push_back(ms(Clock::now() - t));
            }
        }
        std::printf("all formats, %zu cards, %d runs: median %.2f ms (min %.2f, max %.2f)\n",
                    session.deck.cards.size(), bench, median(total), *std::min_element(total.begin(), total.end()),
                    *std::max_element(total.begin(), total.end()));
        for (std::size_t f = 0; f < options.formats.size(); ++f)
            std::printf("  render %-4s median %.2f ms\n", std::string(format_name(options.formats[f])).c_str(),
                        median(render[f]));
        return 0;
    }

    ExportResult result = export_session(session, options);
    for (const ExportOutcome& file : result.files) {
        if (file.error.empty())
            std::printf("%s\t%s\n", std::string(format_name(file.format)).c_str(), file.path.c_str());
        else
            std::fprintf(stderr, "%s: %s\n", file.path.c_str(), file.error.c_str());
    }
    return result.ok() ? 0 : 1;
}
