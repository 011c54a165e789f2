// The Word documents: the XML inside the package (read back with libzip), escaping of
// hostile text, determinism, and the real binary's files read back by pandoc and laid
// out by LibreOffice (both installed by scripts/install-deps.sh; the tests fail without
// them, as CI must have them).
#include <gtest/gtest.h>
#include <zip.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "merge/redactor.hpp"
#include "render/docx_renderer.hpp"
#include "render/docx_xml.hpp"
#include "render_fixture.hpp"
#include "support/test_files.hpp"

namespace imr::render {
namespace {
using imr::test::read_file;
using imr::test::run_command;
namespace fs = std::filesystem;

// Every part of a .docx package, by name.
std::map<std::string, std::string> parts_of(const std::string& bytes) {
    std::map<std::string, std::string> parts;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        if (source) zip_source_free(source);
        ADD_FAILURE() << "not a ZIP package";
        return parts;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        std::string content(static_cast<std::size_t>(stat.size), '\0');
        zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        parts[stat.name] = content;
    }
    zip_close(archive);
    return parts;
}

bool has_tool(const std::string& name) {
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

int imr(const std::string& args) {
    const std::string command = std::string("cd '") + IMR_SOURCE_DIR + "' && '" + IMR_BINARY +
                                "' " + args + " 2>/dev/null </dev/null";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs of white space as one space, as pandoc and LibreOffice may wrap text.
std::string squeezed(const std::string& text) {
    return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

TEST(DocxEscape, EscapesMarkupAndReplacesWhatXmlForbids) {
    EXPECT_EQ(docx_escape(R"(<a href="x">Tom & Jerry's</a>)"),
              "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    EXPECT_EQ(docx_escape(std::string("a\x01z\x1b") + "\xEF\xBF\xBE" + "\xEF\xBF\xBF"),
              "a\xEF\xBF\xBDz\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(docx_escape("tab\tand\nbreak"), "tab\tand\nbreak");
}

TEST(DocxEscape, IsolatesTextWithBidiControlsSoItCannotReorderWhatFollows) {
    const std::string rlo = "\xE2\x80\xAE";  // RIGHT-TO-LEFT OVERRIDE
    EXPECT_EQ(docx_escape("abc" + rlo + "def"),
              "\xE2\x81\xA8" + std::string("abc") + rlo + "def" + "\xE2\x81\xA9");
    EXPECT_EQ(docx_escape("plain"), "plain");
}

class DocxDocuments : public testing::Test {
  protected:
    merge::CombinedChronology m_merged = test::hostile_chronology();
};

TEST_F(DocxDocuments, TheChronologyIsALandscapeTableWithARepeatingHeaderAndBoldSignificantRows) {
    auto bytes = chronology_docx(m_merged);
    ASSERT_TRUE(bytes) << bytes.error();
    EXPECT_EQ(bytes->substr(0, 2), "PK");
    auto parts = parts_of(*bytes);
    for (const char* name :
         {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
          "word/_rels/document.xml.rels", "word/header1.xml", "word/footer1.xml"}) {
        EXPECT_TRUE(parts.contains(name)) << name;
    }
    const std::string& document = parts["word/document.xml"];
    EXPECT_NE(document.find(R"(<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>)"),
              std::string::npos);
    EXPECT_NE(document.find("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"), std::string::npos);
    // The significant entry's summary is in bold runs, escaped; the other's is not bold.
    EXPECT_NE(document.find("<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">"
                            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "),
              std::string::npos);
    EXPECT_NE(document.find("<w:r><w:t xml:space=\"preserve\">+SUM(A1:A2) and -1 and @cmd"),
              std::string::npos);
    EXPECT_EQ(document.find("<script>"), std::string::npos);
    // The comment's line break is a Word line break.
    EXPECT_NE(document.find("Line one, with a comma</w:t><w:br/><w:t xml:space=\"preserve\">Line "
                            "two"),
              std::string::npos);
    // Each agency's rows in its palette fill; the notice at the top and in the header.
    EXPECT_NE(document.find("w:fill=\""), std::string::npos);
    EXPECT_NE(document.find("REAL NAMES PRESENT."), std::string::npos);
    EXPECT_NE(parts["word/header1.xml"].find("CONFIDENTIAL"), std::string::npos);
    EXPECT_NE(parts["word/header1.xml"].find("Test &lt;DHR&gt; &amp; &quot;Review&quot;"),
              std::string::npos);
    // Page numbers in the footer; styles that Word's navigation pane and tables use.
    EXPECT_NE(parts["word/footer1.xml"].find(" PAGE "), std::string::npos);
    EXPECT_NE(parts["word/footer1.xml"].find(" NUMPAGES "), std::string::npos);
    for (const char* style : {"w:styleId=\"Heading1\"", "w:styleId=\"Heading2\"",
                              "w:styleId=\"ImrTable\"", "<w:outlineLvl w:val=\"0\"/>"}) {
        EXPECT_NE(parts["word/styles.xml"].find(style), std::string::npos) << style;
    }
    // No macros: the content types name no macro-enabled part.
    EXPECT_EQ(parts["[Content_Types].xml"].find("macroEnabled"), std::string::npos);
    EXPECT_EQ(parts["[Content_Types].xml"].find("vbaProject"), std::string::npos);
}

TEST_F(DocxDocuments, TheDateIsAsWrittenWithItsIntervalAndTheEventNumberIsShown) {
    const std::string document = parts_of(*chronology_docx(m_merged))["word/document.xml"];
    EXPECT_NE(document.find(">late March 2014<"), std::string::npos);
    EXPECT_NE(document.find(">2014-03-21 to 2014-03-31<"), std::string::npos);
    EXPECT_NE(document.find(">event 1<"), std::string::npos);
}

TEST_F(DocxDocuments, ARedactedChronologySaysSoEverywhereAndNamesNoOne) {
    model::ReviewInput input;
    load::load_text(test::k_hostile_register, "review.yaml", "review.yaml", input);
    load::load_text(test::k_hostile_clinic, "clinic.yaml", "clinic.yaml", input);
    load::load_text(test::k_hostile_police, "police.yaml", "police.yaml", input);
    auto redacted = merge::merge_review(input);
    merge::redact(redacted, *input.review_register);
    auto parts = parts_of(*chronology_docx(redacted));
    for (const auto& [name, xml] : parts) {
        EXPECT_EQ(xml.find("Siobh"), std::string::npos) << name;
    }
    EXPECT_NE(parts["word/header1.xml"].find("Redacted copy"), std::string::npos);
    EXPECT_NE(parts["word/document.xml"].find("pseudonyms only"), std::string::npos);
}

TEST_F(DocxDocuments, TheSameInputGivesTheSameBytes) {
    EXPECT_TRUE(*chronology_docx(m_merged) == *chronology_docx(test::hostile_chronology()));
}

TEST_F(DocxDocuments, TheFindingsArePortraitAndTheReportHasHeadingsForTheNavigationPane) {
    const auto findings = std::vector<analyse::Finding>{
        {"unreceived-share",
         analyse::FindingSeverity::high,
         "Testshire Police",
         "O'Neill & Sons Clinic",
         "T",
         "injury",
         std::nullopt,
         "Police said <it> was \"shared\" & it wasn't",
         {{"police.yaml", 4, "Testshire Police", m_merged.entries[0].entry.date}},
         {"injury"},
         {}}};
    auto findings_parts = parts_of(*findings_docx(findings, {"Review", {}}, m_merged));
    const std::string& document = findings_parts["word/document.xml"];
    EXPECT_NE(document.find(R"(<w:pgSz w:w="11906" w:h="16838"/>)"), std::string::npos);
    EXPECT_NE(document.find("Police said &lt;it&gt; was &quot;shared&quot; &amp; it wasn&#39;t"),
              std::string::npos);
    EXPECT_NE(document.find("Evidence: police.yaml:4 (Testshire Police, "), std::string::npos);

    analyse::KnowledgeMatrix matrix;
    matrix.parties.push_back({"T", {"Testshire Police"}, {{"injury", {}}}});
    const std::string report =
        parts_of(*report_docx(m_merged, findings, matrix))["word/document.xml"];
    for (const char* heading :
         {"<w:pStyle w:val=\"Heading1\"/></w:pPr><w:bookmarkStart w:id=\"1\" w:name=\"gaps\"/>",
          "w:name=\"knowledge\"/>", "w:name=\"chronology\"/>",
          "<w:pStyle w:val=\"Heading2\"/></w:pPr><w:bookmarkStart w:id=\"3\" w:name=\"party1\"/>",
          "<w:hyperlink w:anchor=\"gaps\""}) {
        EXPECT_NE(report.find(heading), std::string::npos) << heading;
    }
}

// The real binary's documents, read back as a person's software would.
class DocxFiles : public testing::Test {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("imr-docx-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path m_dir;
};

TEST_F(DocxFiles, PandocReadsEveryEntrysSummaryAndEveryFindingsMessage) {
    ASSERT_TRUE(has_tool("pandoc")) << "pandoc is not installed (scripts/install-deps.sh)";
    const fs::path chronology = m_dir / "chronology.docx", gaps = m_dir / "gaps.docx",
                   pack = m_dir / "pack.docx", json = m_dir / "c.json",
                   gaps_json = m_dir / "g.json";
    ASSERT_EQ(imr("merge examples/riverside-dhr -o '" + chronology.string() + "'"), 0);
    ASSERT_EQ(imr("gaps examples/riverside-dhr -o '" + gaps.string() + "'"), 0);
    ASSERT_EQ(imr("report examples/riverside-dhr -o '" + pack.string() + "'"), 0);
    ASSERT_EQ(imr("merge examples/riverside-dhr -o '" + json.string() + "'"), 0);
    ASSERT_EQ(imr("gaps examples/riverside-dhr -o '" + gaps_json.string() + "'"), 0);
    const auto pandoc = [&](const fs::path& file) {
        return squeezed(run_command("pandoc -f docx -t plain --wrap=none '" + file.string() + "'"));
    };
    const std::string chronology_text = pandoc(chronology), gaps_text = pandoc(gaps),
                      pack_text = pandoc(pack);
    const auto entries = nlohmann::json::parse(read_file(json))["entries"];
    ASSERT_EQ(entries.size(), 97u);
    for (const auto& entry : entries) {
        const std::string summary = squeezed(entry["summary"].get<std::string>());
        EXPECT_NE(chronology_text.find(summary), std::string::npos) << summary;
        EXPECT_NE(pack_text.find(summary), std::string::npos) << summary;
    }
    const auto findings = nlohmann::json::parse(read_file(gaps_json))["findings"];
    ASSERT_GT(findings.size(), 10u);
    for (const auto& finding : findings) {
        const std::string message = squeezed(finding["message"].get<std::string>());
        EXPECT_NE(gaps_text.find(message), std::string::npos) << message;
        EXPECT_NE(pack_text.find(message), std::string::npos) << message;
    }
}

TEST_F(DocxFiles, RedactedDocumentsHoldNoPrivateNameInAnyPart) {
    const std::vector<std::string> names = {
        "Karen Fictional", "Darren Madeup",  "Charlie Fictional",
        "Peter Notreal",   "Gwen Fictional", "Nora Placeholder",
        "Fay Examplename", "Karen",          "Darren"};
    // Without --redact the names are there, so the check below can see them.
    const fs::path plain = m_dir / "plain.docx";
    ASSERT_EQ(imr("merge examples/riverside-dhr -o '" + plain.string() + "'"), 0);
    std::string all;
    for (const auto& [name, xml] : parts_of(read_file(plain))) all += xml;
    EXPECT_NE(all.find("Karen"), std::string::npos);

    for (const std::string command : {"merge", "gaps", "report"}) {
        const fs::path out = m_dir / (command + ".docx");
        ASSERT_EQ(imr(command + " examples/riverside-dhr --redact -o '" + out.string() + "'"), 0);
        const auto parts = parts_of(read_file(out));
        ASSERT_TRUE(parts.contains("word/header1.xml"));
        ASSERT_TRUE(parts.contains("word/footer1.xml"));
        for (const auto& [part, xml] : parts) {
            for (const auto& name : names)
                EXPECT_EQ(xml.find(name), std::string::npos)
                    << command << " " << part << " " << name;
        }
        EXPECT_NE(parts.at("word/header1.xml").find("Redacted copy"), std::string::npos);
    }
}

TEST_F(DocxFiles, TheDocumentIsByteIdenticalAcrossRunsAndTimeZones) {
    std::string documents[2];
    const char* const zones[] = {"TZ=UTC", "TZ=Asia/Tokyo"};
    for (int i = 0; i < 2; ++i) {
        const fs::path out = m_dir / ("pack" + std::to_string(i) + ".docx");
        const std::string command = std::string("cd '") + IMR_SOURCE_DIR + "' && " + zones[i] +
                                    " '" + IMR_BINARY + "' report examples/riverside-dhr -o '" +
                                    out.string() + "' 2>/dev/null";
        ASSERT_EQ(std::system(command.c_str()), 0);
        documents[i] = read_file(out);
    }
    EXPECT_GT(documents[0].size(), 10000u);
    EXPECT_TRUE(documents[0] == documents[1]) << "the Word documents differ";
}

// The one slow test: LibreOffice lays the chronology and the panel pack out as PDF.
TEST_F(DocxFiles, LibreOfficeLaysThemOutOnA4LandscapePages) {
    ASSERT_TRUE(has_tool("soffice")) << "LibreOffice is not installed (scripts/install-deps.sh)";
    ASSERT_TRUE(has_tool("pdfinfo")) << "poppler-utils is not installed (scripts/install-deps.sh)";
    const fs::path chronology = m_dir / "chronology.docx", pack = m_dir / "pack.docx";
    ASSERT_EQ(imr("merge examples/riverside-dhr -o '" + chronology.string() + "'"), 0);
    ASSERT_EQ(imr("report examples/riverside-dhr -o '" + pack.string() + "'"), 0);
    run_command("cd '" + m_dir.string() + "' && timeout 300 soffice --headless --norestore " +
                "-env:UserInstallation=file://" + (m_dir / "profile").string() +
                " --convert-to pdf --outdir '" + m_dir.string() +
                "' chronology.docx pack.docx 2>&1");
    const auto pages = [&](const fs::path& pdf) {
        const std::string info = run_command("pdfinfo '" + pdf.string() + "' 2>&1");
        EXPECT_NE(info.find("Page size:       841.89 x 595.3"), std::string::npos) << info;
        std::smatch m;
        return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : 0;
    };
    // 97 entries; measured 18 and 36 pages with LibreOffice 7.4.
    const int chronology_pages = pages(m_dir / "chronology.pdf");
    EXPECT_GE(chronology_pages, 12);
    EXPECT_LE(chronology_pages, 24);
    const int pack_pages = pages(m_dir / "pack.pdf");
    EXPECT_GE(pack_pages, 25);
    EXPECT_LE(pack_pages, 45);
}

}  // namespace
}  // namespace imr::render
