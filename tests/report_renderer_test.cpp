// The panel pack of `imr report`: the findings and the who-knew-what matrix written into
// the HTML chronology page, every citation a working link to its row.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "load/review_loader.hpp"
#include "merge/merger.hpp"
#include "render/knowledge_renderer.hpp"
#include "render/report_renderer.hpp"

namespace {

struct Pack {
    std::size_t findings = 0;
    std::string html;
};

Pack pack_of(const std::string& folder) {
    const auto input = imr::load::load_review({std::string(IMR_SOURCE_DIR) + "/" + folder});
    const auto merged = imr::merge::merge_review(input);
    const auto context = imr::analyse::make_gap_context(input, merged);
    const auto findings = imr::analyse::analyse_gaps(merged, context);
    std::ostringstream out;
    imr::render::render_report(merged, findings, imr::analyse::knowledge_matrix(merged, context),
                               out);
    return {findings.size(), out.str()};
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(ReportRenderer, OnePageWithEveryFindingTheMatrixAndTheChronology) {
    const Pack pack = pack_of("examples/seed-dhr");
    EXPECT_NE(pack.html.find("<title>Panel pack: East Herts DHR 2014</title>"), std::string::npos);
    EXPECT_EQ(count(pack.html, "<tr class=\"high\"") + count(pack.html, "<tr class=\"medium\"") +
                  count(pack.html, "<tr class=\"low\""),
              pack.findings);
    EXPECT_NE(pack.html.find("<section class=\"knowledge\""), std::string::npos);
    EXPECT_NE(pack.html.find("<table id=\"chronology\">"), std::string::npos);
    // The gaps come before the timeline and the table they cite.
    EXPECT_LT(pack.html.find("id=\"gaps\""), pack.html.find("class=\"timeline\""));
}

TEST(ReportRenderer, EveryCitationLinksToARowThatExists) {
    const Pack pack = pack_of("examples/riverside-dhr");
    std::set<std::string> rows;
    const std::regex id("<tr id=\"(e[0-9]+)\"");
    for (std::sregex_iterator it(pack.html.begin(), pack.html.end(), id), end; it != end; ++it)
        rows.insert((*it)[1]);
    const std::regex link("href=\"#(e[0-9]+)\"");
    std::size_t links = 0;
    for (std::sregex_iterator it(pack.html.begin(), pack.html.end(), link), end; it != end;
         ++it, ++links) {
        EXPECT_TRUE(rows.contains((*it)[1])) << (*it)[1];
    }
    EXPECT_GT(links, pack.findings);
}

TEST(ReportRenderer, KeepsTheChronologysRealNamesNotice) {
    // The fictional Riverside folder has made-up real names in two entries.
    const Pack pack = pack_of("examples/riverside-dhr");
    EXPECT_NE(pack.html.find("REAL NAMES PRESENT."), std::string::npos);
}

// A party no agency knew anything about is one sentence in every format, the party's name
// escaped as the format needs.
TEST(ReportRenderer, APartyNobodyKnewAboutIsOneSentenceInEveryFormat) {
    imr::analyse::KnowledgeMatrix matrix;
    matrix.parties.push_back({"D <b>|", {}, {}});
    const std::string sentence = "No agency recorded or received any indicator about ";
    EXPECT_EQ(imr::render::nobody_knew("D"), sentence + "D.");
    std::ostringstream text;
    imr::render::render_knowledge(matrix, {}, imr::render::KnowledgeFormat::text, text);
    EXPECT_NE(text.str().find("  " + sentence + "D <b>|.\n"), std::string::npos) << text.str();
    std::ostringstream md;
    imr::render::render_knowledge(matrix, {}, imr::render::KnowledgeFormat::md, md);
    EXPECT_NE(md.str().find(sentence + "D &lt;b&gt;\\|.\n"), std::string::npos) << md.str();
    imr::merge::CombinedChronology merged;
    std::ostringstream html;
    imr::render::render_report(merged, {}, matrix, html);
    EXPECT_NE(html.str().find("<p>" + sentence + "D &lt;b&gt;|.</p>"), std::string::npos);
}

}  // namespace
