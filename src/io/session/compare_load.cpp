#include "io/session/compare_load.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <sstream>

#include "io/files/atomic_file.h"
#include "io/session/session_yaml.h"

namespace prio {

namespace {

Diagnostic problem(Severity severity, const std::string& path, Phrase message)
{
    return {severity, path, 0, 0, std::move(message)};
}

std::string file_stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

// The same file under two names (a link, "./a.yaml" and "a.yaml") is one council.
std::string identity(const std::string& path)
{
    std::error_code ec;
    std::filesystem::path canonical = std::filesystem::weakly_canonical(path, ec);
    return ec ? path : canonical.string();
}

CouncilBoard council_of(const Deck& common, const Session& s, const std::string& path)
{
    CouncilBoard c;
    c.name = s.meta.organisation.empty() ? file_stem(path) : s.meta.organisation;
    c.file = path;
    c.inhabitants = s.meta.inhabitants;
    c.board = rank_board(common, s.deck, s.board, s.retired);
    c.board.segment = s.meta.segment;
    c.notes.assign(common.cards.size(), "");
    for (std::size_t i = 0; i < common.cards.size(); ++i) {
        int own = find_card(s.deck, common.cards[i].id);
        if (own >= 0 && static_cast<std::size_t>(own) < s.board.notes.size()) c.notes[i] = s.board.notes[static_cast<std::size_t>(own)];
    }
    return c;
}

}  // namespace

ComparisonLoad load_comparison(const std::vector<std::string>& paths)
{
    ComparisonLoad out;
    const int count = static_cast<int>(paths.size());
    if (count < kMinCouncils || count > kMaxCouncils) {
        out.diagnostics.push_back(problem(Severity::Error, count ? paths.front() : "compare",
                                          phrase("fmt.diag.compare.count", {{"min", number(kMinCouncils)}, {"max", number(kMaxCouncils)}, {"count", number(count)}})));
        return out;
    }
    std::vector<std::string> seen;
    std::vector<std::pair<std::string, Session>> sessions;
    for (const std::string& path : paths) {
        std::string id = identity(path);
        bool twice = false;
        for (std::size_t i = 0; i < seen.size(); ++i)
            if (seen[i] == id) {
                out.diagnostics.push_back(problem(Severity::Error, path, phrase("fmt.diag.compare.twice", {{"other", paths[i]}})));
                twice = true;
                break;
            }
        seen.push_back(id);
        if (twice) continue;
        SessionLoad load = load_session_file(path);
        out.diagnostics.insert(out.diagnostics.end(), load.diagnostics.begin(), load.diagnostics.end());
        if (load.session) sessions.emplace_back(path, std::move(*load.session));
    }
    if (has_errors(out.diagnostics)) return out;

    const Deck& common = sessions.front().second.deck;
    for (const auto& [path, s] : sessions) {
        if (s.deck.id != common.id)
            out.diagnostics.push_back(problem(Severity::Error, path,
                                              phrase("fmt.diag.compare.other_deck",
                                                     {{"deck", s.deck.id}, {"common", common.id}, {"first", sessions.front().first}})));
        else if (s.deck.version != common.version)
            out.diagnostics.push_back(problem(Severity::Warning, path,
                                              phrase("fmt.diag.compare.other_version",
                                                     {{"version", s.deck.version}, {"first", sessions.front().first}, {"common", common.version}})));
        if (!s.retired.empty())
            out.diagnostics.push_back(problem(Severity::Warning, path,
                                              phrase("fmt.diag.compare.retired", {{"count", number(static_cast<long long>(s.retired.size()))}})));
    }
    if (has_errors(out.diagnostics)) return out;

    for (const auto& [path, s] : sessions) out.councils.push_back(council_of(common, s, path));
    out.deck = common;
    out.ok = true;
    return out;
}

std::vector<Diagnostic> weigh_by_inhabitants(std::vector<CouncilBoard>& councils)
{
    std::vector<Diagnostic> errors;
    for (const CouncilBoard& c : councils)
        if (c.inhabitants <= 0)
            errors.push_back(problem(Severity::Error, c.file, phrase("diag.compare.no_inhabitants")));
    if (errors.empty())
        for (CouncilBoard& c : councils) c.board.weight = static_cast<double>(c.inhabitants);
    return errors;
}

std::vector<Diagnostic> apply_weights_file(const std::string& path, std::vector<CouncilBoard>& councils)
{
    constexpr std::size_t kMaxBytes = 1 << 20;
    ReadResult read = read_file(path, kMaxBytes);
    if (!read.bytes) return {problem(Severity::Error, path, worded(read_error(read.failure, "nl"), read_error(read.failure, "en")))};
    std::vector<Diagnostic> errors;
    std::vector<CouncilBoard> changed = councils;
    std::istringstream lines(*read.bytes);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> fields;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ';');) fields.push_back(cell);
        auto error = [&](Phrase message) { errors.push_back({Severity::Error, path, number, 1, std::move(message)}); };
        if (fields.size() < 2 || fields.size() > 3) {
            error(phrase("diag.compare.weights_line"));
            continue;
        }
        double weight = -1;
        auto [end, ec] = std::from_chars(fields[1].data(), fields[1].data() + fields[1].size(), weight);
        if (ec != std::errc() || end != fields[1].data() + fields[1].size() || !std::isfinite(weight) || weight < 0) {
            error(phrase("fmt.diag.compare.bad_weight", {{"weight", fields[1]}}));
            continue;
        }
        bool found = false;
        for (CouncilBoard& c : changed)
            if (c.name == fields[0] || c.file == fields[0]) {
                c.board.weight = weight;
                if (fields.size() == 3) c.board.segment = fields[2];
                found = true;
            }
        if (!found) error(phrase("fmt.diag.compare.unknown_council", {{"council", fields[0]}}));
    }
    if (errors.empty()) councils = std::move(changed);
    return errors;
}

}  // namespace prio
