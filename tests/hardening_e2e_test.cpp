// End-to-end tests of issue 15's defects (hostile or unlucky files and names), each run
// on the real binary in a folder of its own. FIFOs, devices and full disks are made
// inside that folder; /dev/full is used only as a redirect target.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "support/temp_folder.hpp"
#include "support/test_files.hpp"

namespace {
using imr::test::read_file;
namespace fs = std::filesystem;

const fs::path k_root = IMR_SOURCE_DIR;

std::string quoted(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct ImrResult {
    int exit_code;
    std::string out;
    std::string err;
};

// A folder of its own holding a copy of examples/riverside-dhr in `review/`, removed
// when the test ends.
class Scratch {
  public:
    Scratch() : m_folder("imr-harden"), m_path(m_folder.path()) {
        fs::copy(k_root / "examples/riverside-dhr", m_path / "review", fs::copy_options::recursive);
    }

    fs::path path() const { return m_path; }
    fs::path review() const { return m_path / "review"; }

    // Runs `imr ARGS` (a shell fragment: quote what needs quoting) in this folder, with
    // `redirect` in place of the capture of standard output when given.
    ImrResult imr(const std::string& args, const std::string& stdout_to = {}) const {
        const std::string out = (m_path / ".out").string();
        const std::string err = (m_path / ".err").string();
        const std::string command = "cd " + quoted(m_path.string()) + " && timeout 20 " +
                                    quoted(IMR_BINARY) + " " + args + " >" +
                                    (stdout_to.empty() ? quoted(out) : stdout_to) + " 2>" +
                                    quoted(err) + " </dev/null";
        const int status = std::system(command.c_str());
        ImrResult run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
        fs::remove(out);
        fs::remove(err);
        return run;
    }

  private:
    imr::test::TempFolder m_folder;
    fs::path m_path;
};

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// 1. Own output read back as input.
TEST(Hardening, AMergeWrittenIntoTheFolderIsNotReadBack) {
    Scratch s;
    const ImrResult first = s.imr("merge review --format json");
    ASSERT_EQ(first.exit_code, 0) << first.err;
    const ImrResult written = s.imr("merge review -o review/combined.json");
    ASSERT_EQ(written.exit_code, 0) << written.err;
    const ImrResult again = s.imr("merge review --format json");
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(count_of(again.out, "\"seq\":"), count_of(first.out, "\"seq\":"));
    EXPECT_NE(again.err.find("imr: note: review/combined.json: 'review/combined.json' is a "
                             "combined chronology that imr wrote"),
              std::string::npos)
        << again.err;
    // Run from inside the folder too.
    const ImrResult inside = s.imr("merge . --format json -o combined2.json; cd review && " +
                                   quoted(IMR_BINARY) + " merge . --format json -o combined.json");
    EXPECT_EQ(inside.exit_code, 0) << inside.err;
}

TEST(Hardening, ACsvWrittenIntoTheFolderIsNotTakenForAnAgencysSpreadsheet) {
    Scratch s;
    ASSERT_EQ(s.imr("merge review -o review/combined.csv").exit_code, 0);
    s.imr("gaps review --format csv", "gaps.csv");
    fs::rename(s.path() / "gaps.csv", s.review() / "gaps.csv");
    const ImrResult validate = s.imr("validate review");
    EXPECT_EQ(validate.exit_code, 0) << validate.out;
    EXPECT_NE(validate.out.find("imr: note: review/combined.csv: 'review/combined.csv' is a CSV "
                                "file that imr wrote"),
              std::string::npos)
        << validate.out;
    EXPECT_NE(validate.out.find("review/gaps.csv: 'review/gaps.csv' is a CSV file that imr "
                                "wrote"),
              std::string::npos)
        << validate.out;
}

TEST(Hardening, AReportAndAReadmeInTheFolderDoNotStopLaterCommands) {
    Scratch s;
    std::ofstream(s.review() / "README.md") << "# notes\n";
    const ImrResult report = s.imr("report review -o review/pack.html");
    ASSERT_EQ(report.exit_code, 0) << report.err;
    const ImrResult validate = s.imr("validate review");
    EXPECT_EQ(validate.exit_code, 0) << validate.out;
    EXPECT_EQ(validate.out.find("not-a-chronology"), std::string::npos) << validate.out;
}

TEST(Hardening, AnOfficeDocumentNamesTheImportCommand) {
    Scratch s;
    std::ofstream(s.review() / "social care.docx") << "PK";
    const ImrResult run = s.imr("validate review");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.out.find(
                  "(turn it into a chronology with: imr import 'review/social "
                  "care.docx' --agency NAME -o 'review/social care.yaml', then move the original "
                  "out of the review folder)"),
              std::string::npos)
        << run.out;
}

TEST(Hardening, AnEmptyFolderIsAnErrorNotNoProblems) {
    Scratch s;
    fs::create_directory(s.path() / "empty");
    const ImrResult run = s.imr("validate empty");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.out,
              "imr: error: empty: 'empty' holds no chronology (no .yaml, .yml or .json agency "
              "file) (check the folder name, or put the agencies' chronologies in it) "
              "[no-chronologies]\nimr: checked 0 files with 0 entries: 1 error, 0 warnings\n");
}

TEST(Hardening, AFolderNamedLikeAChronologyIsNotSkippedSilently) {
    Scratch s;
    fs::create_directory(s.review() / "x.yaml");
    const ImrResult run = s.imr("validate review");
    EXPECT_NE(run.out.find("imr: warning: review/x.yaml: 'review/x.yaml' is a folder"),
              std::string::npos)
        << run.out;
}

// 5. Non-regular files.
TEST(Hardening, AFifoInTheFolderDoesNotHangAnyCommand) {
    Scratch s;
    ASSERT_EQ(::mkfifo((s.review() / "x.yaml").c_str(), 0600), 0);
    for (const char* command : {"validate review", "merge review", "gaps review"}) {
        const ImrResult run = s.imr(command);
        EXPECT_EQ(run.exit_code, 1) << command << "\n" << run.err << run.out;
        EXPECT_NE((run.out + run.err).find("is a FIFO (named pipe), not a chronology file"),
                  std::string::npos)
            << command;
    }
}

TEST(Hardening, ALinkToDevZeroIsRefusedNotReadForever) {
    Scratch s;
    fs::create_symlink("/dev/zero", s.review() / "z.yaml");
    const ImrResult run = s.imr("validate review --max-file-size 1MiB");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.out.find("'review/z.yaml' is a device, not a chronology file"), std::string::npos)
        << run.out;
}

TEST(Hardening, SubfolderWithChronologiesGetsANote) {
    Scratch s;
    fs::create_directory(s.review() / "2019");
    fs::copy_file(s.review() / "police.yaml", s.review() / "2019" / "police.yaml");
    const ImrResult run = s.imr("validate review");
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_NE(run.out.find("imr: note: review/2019: the subfolder 'review/2019' holds "
                           "chronologies; imr does not read subfolders"),
              std::string::npos)
        << run.out;
}

// 2. --redact leaks real names written the ways records write them.
const char* const k_private_register = R"(format: imr-review/1
review: Testbury DHR 2020
parties:
  - id: Z
    role: victim
    private: [Zoë Strauß]
  - id: K
    role: perpetrator
    private: [Karen Fictional, Siobhan O'Brien]
  - id: A
    role: friend
    private: [Ann]
agencies:
  - id: Police
    name: Testshire Police
)";

const char* const k_private_police = R"(format: imr-chronology/1
agency: Police
entries:
  - date: 3 March 2019
    parties: [Zoe Strauss, "Fictional, Karen", "Siobhan O’Brien"]
    summary: "Zoe\u0308 Strau\u00df called; Zo\u200Be Strauss and Siobhan OBrien. Fictional Karen and Karen-Fictional wrote from karen.fictional@example.org. Ann-Marie visited Ann."
    shared_with: [{agency: Police, about: [injury], how: "e-mail to karen.fictional@example.org"}]
)";

std::string lower(std::string text) {
    for (char& c : text) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return text;
}

void expect_no_private_name(const std::string& output, const std::string& what) {
    // Every spelling of Zoë the record uses (not "zo" alone: the timeline has zoom buttons).
    for (const char* part :
         {"zoe", "zo\u00eb", "zo\u200be", "strau", "fictional", "karen", "siobhan", "brien"}) {
        EXPECT_EQ(lower(output).find(part), std::string::npos)
            << what << " holds '" << part << "':\n"
            << output;
    }
}

TEST(Hardening, RedactedOutputHoldsNoPrivateNameInAnyFormat) {
    Scratch s;
    fs::create_directory(s.path() / "dhr");
    std::ofstream(s.path() / "dhr/review.yaml") << k_private_register;
    std::ofstream(s.path() / "dhr/police.yaml") << k_private_police;
    for (const char* format : {"md", "text", "csv", "json", "yaml", "html"}) {
        const ImrResult run = s.imr(std::string("merge dhr --redact --format ") + format);
        EXPECT_EQ(run.exit_code, 0) << run.err;
        expect_no_private_name(run.out, format);
        expect_no_private_name(run.err, std::string("diagnostics of ") + format);
        EXPECT_NE(run.out.find("Ann-Marie"), std::string::npos) << format;
    }
    const ImrResult xlsx = s.imr("merge dhr --redact -o out.xlsx");
    EXPECT_EQ(xlsx.exit_code, 0) << xlsx.err;
    const ImrResult strings = s.imr(
        "--version >/dev/null; python3 -c \"import zipfile; "
        "print(zipfile.ZipFile('out.xlsx').read('xl/sharedStrings.xml').decode())\"");
    EXPECT_NE(strings.out.find("Ann-Marie"), std::string::npos) << strings.out << strings.err;
    expect_no_private_name(strings.out, "xlsx");
    const ImrResult report = s.imr("report dhr --redact");
    EXPECT_EQ(report.exit_code, 0) << report.err;
    expect_no_private_name(report.out, "report (with its filter options)");
    const ImrResult gaps = s.imr("gaps dhr --redact --format json");
    expect_no_private_name(gaps.out + gaps.err, "gaps");
}

// 4. Write errors on standard output.
TEST(Hardening, AFullStandardOutputIsExitThreeWithAMessage) {
    Scratch s;
    for (const char* command :
         {"merge review --format json", "validate review", "gaps review", "report review"}) {
        const ImrResult run = s.imr(command, "/dev/full");
        EXPECT_EQ(run.exit_code, 3) << command;
        EXPECT_NE(run.err.find("imr: error: cannot write to standard output"), std::string::npos)
            << command << "\n"
            << run.err;
    }
}

TEST(Hardening, AClosedStandardOutputIsExitThree) {
    Scratch s;
    const ImrResult run = s.imr("merge review --format json", "&-");
    EXPECT_EQ(run.exit_code, 3);
    EXPECT_NE(run.err.find("cannot write to standard output"), std::string::npos) << run.err;
}

// 3. -o onto devices, FIFOs and links; -o - is standard output.
TEST(Hardening, DashIsStandardOutputForEveryCommandWithO) {
    Scratch s;
    for (const char* command :
         {"merge review --format json -o -", "report review -o -", "init --agency Police -o -"}) {
        const ImrResult run = s.imr(command);
        EXPECT_EQ(run.exit_code, 0) << command << "\n" << run.err;
        EXPECT_FALSE(run.out.empty()) << command;
        EXPECT_FALSE(fs::exists(s.path() / "-")) << command;
    }
}

TEST(Hardening, ODevNullStyleDeviceIsWrittenThroughNotReplaced) {
    if (::geteuid() != 0) GTEST_FAIL() << "this test makes a device node: run it as root (CI does)";
    Scratch s;
    const fs::path null = s.path() / "null";
    ASSERT_EQ(::mknod(null.c_str(), S_IFCHR | 0666, ::makedev(1, 3)), 0);
    const ImrResult run = s.imr("merge review -o null");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    struct stat info {};
    ASSERT_EQ(::lstat(null.c_str(), &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode));
    EXPECT_EQ(info.st_rdev, ::makedev(1, 3));
}

TEST(Hardening, OIntoAFifoWritesThroughIt) {
    Scratch s;
    ASSERT_EQ(::mkfifo((s.path() / "pipe").c_str(), 0600), 0);
    std::string got;
    std::thread reader([&] { got = read_file(s.path() / "pipe"); });
    const ImrResult run = s.imr("merge review --format json -o pipe");
    reader.join();
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(fs::is_fifo(s.path() / "pipe"));
    EXPECT_EQ(got.substr(0, 1), "{");
}

TEST(Hardening, OThroughASymlinkKeepsTheLink) {
    Scratch s;
    std::ofstream(s.path() / "real.json") << "old";
    fs::create_symlink("real.json", s.path() / "link.json");
    const ImrResult run = s.imr("merge review -o link.json");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(fs::is_symlink(s.path() / "link.json"));
    EXPECT_EQ(read_file(s.path() / "real.json").substr(0, 1), "{");
}

TEST(Hardening, OOntoAFolderIsRefusedWithExitTwo) {
    Scratch s;
    fs::create_directory(s.path() / "out.md");
    const ImrResult run = s.imr("merge review -o out.md");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("imr: error: refusing to write to 'out.md': it is a folder"),
              std::string::npos)
        << run.err;
    EXPECT_TRUE(fs::is_directory(s.path() / "out.md"));
}

// 7. Escaped control characters; 8. Markdown and HTML; 9. bidi controls.
void write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

const std::string k_head = "format: imr-chronology/1\nagency: Police\nentries:\n";

TEST(Hardening, EscapedControlCharactersAreErrorsWithTheirPosition) {
    Scratch s;
    fs::create_directory(s.path() / "c");
    write(s.path() / "c/a.yaml",
          k_head + "  - date: 1 May 2019\n    summary: \"red \\e[31m text\"\n");
    write(s.path() / "c/b.yaml", k_head + "  - date: 1 May 2019\n    summary: \"nul \\0 here\"\n");
    write(s.path() / "c/c.json",
          "{\"format\": \"imr-chronology/1\", \"agency\": \"Police\", \"entries\": [\n"
          "  {\"date\": \"1 May 2019\", \"summary\": \"esc \\u001b[0m\"}]}\n");
    const ImrResult run = s.imr("validate c");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.out.find("imr: error: c/a.yaml:5:14: a value contains an invisible control "
                           "character (U+001B, written as an escape)"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("c/b.yaml:5:14: a value contains an invisible control character "
                           "(U+0000, written as an escape)"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("c/c.json:2:37: a value contains an invisible control character "
                           "(U+001B"),
              std::string::npos)
        << run.out;
}

TEST(Hardening, MarkdownShowsHtmlAndNeverRunsIt) {
    Scratch s;
    fs::create_directory(s.path() / "m");
    write(s.path() / "m/police.yaml",
          k_head +
              "  - date: 1 May 2019\n    summary: \"<script>alert(1)</script> <img src=x "
              "onerror=alert(2)> <!-- A&E\"\n");
    const ImrResult run = s.imr("merge m --format md");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out.find("<script>"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("<img"), std::string::npos);
    EXPECT_EQ(run.out.find("<!--"), std::string::npos);
    EXPECT_NE(run.out.find("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x "
                           "onerror=alert(2)&gt; &lt;!-- A&amp;E"),
              std::string::npos)
        << run.out;
}

TEST(Hardening, BidiControlsAreWarningsAndAreIsolatedInHtml) {
    Scratch s;
    fs::create_directory(s.path() / "b");
    write(s.path() / "b/police.yaml",
          k_head +
              "  - date: 1 May 2019\n    summary: \"paid \u202E0001\u202C to A\"\n"
              "  - date: 2 May 2019\n    summary: \"escaped \\u2066 isolate\"\n");
    const ImrResult validate = s.imr("validate b");
    EXPECT_EQ(validate.exit_code, 0) << validate.out;
    EXPECT_NE(validate.out.find("imr: warning: b/police.yaml:5:20: a bidirectional control "
                                "character (U+202E)"),
              std::string::npos)
        << validate.out;
    EXPECT_NE(validate.out.find("b/police.yaml:7:23: a bidirectional control character (U+2066)"),
              std::string::npos)
        << validate.out;
    EXPECT_EQ(s.imr("validate --strict b").exit_code, 1);
    const ImrResult html = s.imr("merge b --format html");
    EXPECT_NE(html.out.find("\u2068paid \u202E0001\u202C to A\u2069"), std::string::npos);
    // The terminal table shows the control, never obeys it.
    const ImrResult text = s.imr("merge b --format text");
    EXPECT_EQ(text.out.find("\u202E"), std::string::npos);
}

// 11. Smaller defects.
TEST(Hardening, AFileNameWithEscapeAndBellIsEchoedSafely) {
    Scratch s;
    fs::create_directory(s.path() / "n");
    write(s.path() / "n/x\x1b[31m\a.yaml", k_head + "  - date: 31 June 2014\n    summary: x\n");
    const ImrResult run = s.imr("validate n");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.out.find('\x1b'), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find('\a'), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("n/x\\e[31m\\a.yaml:4:11: '31 June 2014' is not a date"),
              std::string::npos)
        << run.out;
}

TEST(Hardening, LoneCarriageReturnsAreLineBreaksInYaml) {
    Scratch s;
    fs::create_directory(s.path() / "r");
    write(s.path() / "r/police.yaml",
          "format: imr-chronology/1\ragency: Police\rentries:\r  - date: 1 May 2019\r"
          "    summary: ok\r  - date: 31 June 2014\r    summary: x\r");
    const ImrResult run = s.imr("validate r");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.out.find("imr: error: r/police.yaml:6:11: '31 June 2014' is not a date"),
              std::string::npos)
        << run.out;
}

TEST(Hardening, XlsxEscapesALiteralUnderscoreXEscape) {
    Scratch s;
    fs::create_directory(s.path() / "x");
    write(s.path() / "x/police.yaml",
          k_head + "  - date: 1 May 2019\n    summary: \"code _x0041_ and _x00e9_ kept\"\n");
    const ImrResult run = s.imr("merge x -o out.xlsx");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const ImrResult strings = s.imr(
        "--version >/dev/null; python3 -c \"import zipfile; "
        "print(zipfile.ZipFile('out.xlsx').read('xl/sharedStrings.xml').decode())\"");
    EXPECT_NE(strings.out.find("code _x005F_x0041_ and _x005F_x00e9_ kept"), std::string::npos)
        << strings.out << strings.err;
}

}  // namespace
