#include <doctest/doctest.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <unistd.h>

#include "golden.h"
#include "export_fixture.h"
#include "io/export/export_session.h"
#include "report_fixture.h"

using namespace prio;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "prio-export-XXXXXX").string();
        path = mkdtemp(pattern.data());
    }
    ~TempDir() { fs::remove_all(path); }
    std::vector<std::string> names() const
    {
        std::vector<std::string> out;
        for (const auto& entry : fs::directory_iterator(path))
            out.push_back(entry.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }
};

void put_file(const fs::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

// Writes half of what it is given, then fails as a full disk would.
FileOps half_then_full()
{
    FileOps ops = system_file_ops();
    auto wrote = std::make_shared<bool>(false);
    ops.write = [wrote](int fd, const void* data, std::size_t size) -> ssize_t {
        if (!*wrote) {
            *wrote = true;
            return ::write(fd, data, size / 2);
        }
        errno = ENOSPC;
        return -1;
    };
    return ops;
}

}  // namespace

TEST_CASE("export_subject writes any subject by its names: the writers need no session")
{
    TempDir dir;
    ExportSubject subject;
    subject.names = {"raden-2024", "vergelijking", "scores", "bord"};
    subject.language = "nl";
    subject.report = fixture::report_of({{block::Heading{1, "Vergelijking"}},
                                         {block::Paragraph{{{"Drie raden."}}, block::Style::Body, {}}},
                                         {fixture::filled_table()}});
    subject.csv = "Code;Raad\r\n";
    subject.json = "{}\n";
    ExportOptions options;
    options.dir = dir.path.string();
    ExportResult result = export_subject(subject, options);
    REQUIRE(result.ok());
    CHECK(dir.names() == std::vector<std::string>{"raden-2024-scores.csv", "raden-2024-scores.json",
                                                  "raden-2024-vergelijking.md", "raden-2024-vergelijking.ods",
                                                  "raden-2024-vergelijking.odt", "raden-2024-vergelijking.pdf"});
    CHECK(golden::read((dir.path / "raden-2024-vergelijking.md").string()) ==
          "# Vergelijking\n\nDrie raden.\n\n| Code | Raad   |\n|------|--------|\n| K3   | eerste |\n| K4   | tweede |\n");
    CHECK(golden::read((dir.path / "raden-2024-scores.csv").string()) == subject.csv);
    CHECK(export_picture_name(subject.names) == "raden-2024-bord.png");
    subject.names.stem.clear();
    CHECK(export_file_name(subject.names, ExportFormat::Pdf) == "vergelijking.pdf");
}

TEST_CASE("export_session writes every format with names from the session title")
{
    TempDir dir;
    Session s = fixture::export_session_fixture();
    ExportOptions options;
    options.dir = dir.path.string();
    options.generated = fixture::kGenerated;
    options.formats = session_export_formats();
    ExportResult result = export_session(s, options);
    REQUIRE(result.ok());
    REQUIRE(result.files.size() == 7);
    CHECK(dir.names() == std::vector<std::string>{"prioriteiten-masterplan-2025-2030-actieplan.csv",
                                                  "prioriteiten-masterplan-2025-2030-actieplan.ods",
                                                  "prioriteiten-masterplan-2025-2030-masterplan.md",
                                                  "prioriteiten-masterplan-2025-2030-masterplan.odt",
                                                  "prioriteiten-masterplan-2025-2030-masterplan.pdf",
                                                  "prioriteiten-masterplan-2025-2030-prioriteiten.csv",
                                                  "prioriteiten-masterplan-2025-2030-prioriteiten.json"});
    CHECK(result.files[0].path == (dir.path / "prioriteiten-masterplan-2025-2030-masterplan.md").string());
    CHECK(golden::read(result.files[0].path) == golden::read(golden::path("masterplan.nl.md")));
    CHECK(golden::read(result.files[3].path) == golden::read(golden::path("priorities.nl.csv")));
    CHECK((fs::status(result.files[0].path).permissions() & fs::perms::others_read) != fs::perms::none);
}

TEST_CASE("export names: base name option, English, untitled session, format names")
{
    Session s = fixture::export_session_fixture("en");
    ExportOptions options;
    CHECK(export_file_name(s, options, ExportFormat::Csv) == "prioriteiten-masterplan-2025-2030-priorities.csv");
    options.base_name = "Zonnedorp \u00e9\u00e9n";
    CHECK(export_file_name(s, options, ExportFormat::Pdf) == "zonnedorp-een-masterplan.pdf");
    s.meta.title.clear();
    options.base_name.clear();
    CHECK(export_file_name(s, options, ExportFormat::Json) == "priorities.json");
    for (ExportFormat f : session_export_formats())
        CHECK(format_from_name(format_name(f)) == f);
    CHECK(export_file_name(s, options, ExportFormat::PlanCsv) == "action-plan.csv");
    CHECK(export_file_name(s, options, ExportFormat::Ods) == "action-plan.ods");
    CHECK(format_from_name("markdown") == ExportFormat::Markdown);
    CHECK_FALSE(format_from_name("png").has_value());
    CHECK_FALSE(format_from_name("").has_value());
}

TEST_CASE("an existing file is kept unless forced; the other formats are still written")
{
    TempDir dir;
    Session s = fixture::export_session_fixture();
    ExportOptions options;
    options.dir = dir.path.string();
    options.formats = {ExportFormat::Markdown, ExportFormat::Csv};
    std::string md = export_file_name(s, options, ExportFormat::Markdown);
    put_file(dir.path / md, "keep me");

    ExportResult result = export_session(s, options);
    CHECK_FALSE(result.ok());
    CHECK(result.files[0].error == "bestaat al en werd niet overschreven");
    CHECK(result.files[1].error.empty());
    CHECK(golden::read((dir.path / md).string()) == "keep me");
    CHECK(dir.names().size() == 2);  // no temporary file left behind

    options.force = true;
    result = export_session(s, options);
    CHECK(result.ok());
    CHECK(golden::read((dir.path / md).string()).rfind("# Masterplan informatievoorziening", 0) == 0);
    CHECK(dir.names().size() == 2);
}

TEST_CASE("a missing folder is an error and creates nothing")
{
    TempDir dir;
    Session s = fixture::export_session_fixture("en");
    ExportOptions options;
    options.dir = (dir.path / "missing").string();
    ExportResult result = export_session(s, options);
    REQUIRE(result.files.size() == 6);
    for (const ExportOutcome& file : result.files)
        CHECK(file.error == "the folder does not exist");
    CHECK_FALSE(fs::exists(dir.path / "missing"));
}

TEST_CASE("a write that fails midway leaves neither the file nor a temporary one")
{
    TempDir dir;
    std::string target = (dir.path / "out.md").string();
    std::string bytes(100000, 'x');
    WrittenExport outcome = write_export(target, bytes, false, "en", half_then_full());
    CHECK(outcome.problem == ExportProblem::Write);
    CHECK(outcome.error == std::string("cannot write: writing failed: ") + std::strerror(ENOSPC));
    CHECK(dir.names().empty());

    // With an old file there, the old file stays as it was, and no backup appears.
    put_file(target, "old");
    outcome = write_export(target, bytes, true, "en", half_then_full());
    CHECK(outcome.problem == ExportProblem::Write);
    CHECK(golden::read(target) == "old");
    CHECK(dir.names() == std::vector<std::string>{"out.md"});
}

TEST_CASE("forcing over a folder fails cleanly")
{
    TempDir dir;
    fs::create_directory(dir.path / "taken.md");
    WrittenExport outcome = write_export((dir.path / "taken.md").string(), "text", true, "en");
    CHECK(outcome.problem == ExportProblem::Write);
    CHECK(fs::is_directory(dir.path / "taken.md"));
    CHECK(dir.names() == std::vector<std::string>{"taken.md"});
    outcome = write_export((dir.path / "taken.md").string(), "text", false, "en");
    CHECK(outcome.problem == ExportProblem::Exists);
    CHECK(outcome.error == "already exists and was not overwritten");
}

TEST_CASE("a plain write creates the file with exactly the bytes; forcing replaces it without a backup")
{
    TempDir dir;
    std::string target = (dir.path / "a.csv").string();
    std::string bytes("with\0nul and \xC3\xA9", 16);
    CHECK(write_export(target, bytes, false, "nl").problem == ExportProblem::None);
    CHECK(golden::read(target) == bytes);
    CHECK(write_export(target, "new", false, "nl").problem == ExportProblem::Exists);
    CHECK(golden::read(target) == bytes);
    CHECK(write_export(target, "new", true, "nl").problem == ExportProblem::None);
    CHECK(golden::read(target) == "new");
    CHECK(dir.names() == std::vector<std::string>{"a.csv"});
}

TEST_CASE("a dangling symbolic link takes the name: not replaced without force")
{
    TempDir dir;
    fs::create_symlink(dir.path / "nowhere", dir.path / "b.md");
    CHECK(write_export((dir.path / "b.md").string(), "x", false, "en").problem == ExportProblem::Exists);
    CHECK_FALSE(fs::exists(dir.path / "nowhere"));
}

TEST_CASE("the picture's name follows the other exports")
{
    Session s = fixture::export_session_fixture();
    ExportOptions options;
    options.dir = "/tmp/out/";
    CHECK(export_picture_path(s, options) == "/tmp/out/prioriteiten-masterplan-2025-2030-bord.png");
    CHECK(export_path(s, options, ExportFormat::Odt) == "/tmp/out/prioriteiten-masterplan-2025-2030-masterplan.odt");
    s.language = "en";
    s.meta.title.clear();
    options.dir = "/";
    CHECK(export_picture_path(s, options) == "/board.png");
}
