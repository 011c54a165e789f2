#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "render/agency_palette.hpp"
#include "render/markup.hpp"
#include "render/renderer.hpp"
#include "render_fixture.hpp"

namespace {

// How many times `needle` occurs in `text`.
long occurrences(const std::string& text, const std::string& needle) {
    long n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

std::string html(imr::merge::CombinedChronology merged = imr::test::hostile_chronology()) {
    std::ostringstream out;
    imr::render::render_html(merged, out);
    return out.str();
}

TEST(Markup, EscapesEveryCharacterThatCouldOpenMarkupOrCloseAnAttribute) {
    EXPECT_EQ(imr::render::escape_markup("<script>a & \"b\" 'c'</script>"),
              "&lt;script&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/script&gt;");
    EXPECT_EQ(imr::render::escape_markup("Siobhán Ó Briain"), "Siobhán Ó Briain");
    EXPECT_EQ(imr::render::escape_markup(std::string("a\x01z\tb\n", 6)), "a\xEF\xBF\xBDz\tb\n");
}

TEST(HtmlRenderer, EscapesAllUserTextSoNoScriptOfTheirsCanRun) {
    const std::string page = html();
    EXPECT_EQ(page.find("<script>alert"), std::string::npos);
    EXPECT_NE(page.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Siobhán Ó Briain "
                        "said &quot;stop&quot;"),
              std::string::npos);
    EXPECT_NE(
        page.find("<title>Combined chronology: Test &lt;DHR&gt; &amp; &quot;Review&quot;</title>"),
        std::string::npos);
    EXPECT_NE(page.find("data-agency=\"O&#39;Neill &amp; Sons Clinic\""), std::string::npos);
    // Exactly one script element: ours.
    EXPECT_EQ(occurrences(page, "<script"), 1);
}

TEST(HtmlRenderer, LoadsNothingFromOutsideThePage) {
    const std::string page = html();
    EXPECT_EQ(page.find(" src="), std::string::npos);
    EXPECT_EQ(page.find("<link"), std::string::npos);
    EXPECT_EQ(page.find("@import"), std::string::npos);
    // Only references inside the page (the timeline's clip path) are allowed.
    EXPECT_FALSE(std::regex_search(page, std::regex(R"(url\((?!#))")));
    EXPECT_EQ(page.find("href=\"http"), std::string::npos);
    EXPECT_NE(page.find("Content-Security-Policy\" content=\"default-src 'none';"),
              std::string::npos);
}

TEST(HtmlRenderer, ShowsTheRealNamesBannerFirstWhenNamesArePresent) {
    const std::string page = html();
    const auto banner = page.find("<div class=\"notice\" role=\"alert\">");
    ASSERT_NE(banner, std::string::npos);
    EXPECT_LT(banner, page.find("<h1>"));
    auto merged = imr::test::hostile_chronology();
    merged.contains_private_names = false;
    EXPECT_EQ(html(merged).find("class=\"notice\""), std::string::npos);
}

TEST(HtmlRenderer, GivesEachRowTheDataTheFiltersUse) {
    const std::string page = html();
    EXPECT_NE(
        page.find("<tr id=\"e1\" class=\"a1 significant\" data-seq=\"1\" data-agency=\"Testshire "
                  "Police\" "
                  "data-parties=\"|S|T|\" data-indicators=\"|injury|\" data-start=\"2013-08-02\" "
                  "data-end=\"2013-08-02\" data-significant=\"true\">"),
        std::string::npos)
        << page;
    for (const char* control :
         {"name=\"agency\"", "name=\"party\"", "name=\"indicator\"", "name=\"from\"", "name=\"to\"",
          "name=\"q\"", "name=\"significant\""}) {
        EXPECT_NE(page.find(control), std::string::npos) << control;
    }
}

TEST(HtmlRenderer, PrintsOnA4LandscapeWithTheHeaderRowOnEveryPage) {
    const std::string page = html();
    EXPECT_NE(page.find("@page { size: A4 landscape;"), std::string::npos);
    EXPECT_NE(page.find("thead { display: table-header-group; }"), std::string::npos);
    EXPECT_NE(page.find("<thead>"), std::string::npos);
}

TEST(HtmlRenderer, DrawsOneTimelineLanePerAgencyAndJoinsLinkedEvents) {
    const std::string page = html();
    EXPECT_NE(page.find("<svg class=\"swimlanes\""), std::string::npos);
    EXPECT_EQ(occurrences(page, "<rect class=\"lane\""), 2);
    EXPECT_NE(page.find("<polyline class=\"link\" data-event=\"1\""), std::string::npos);
    // The part-month date is a bar, the exact days are dots.
    EXPECT_NE(page.find("<a href=\"#e3\" class=\"mark\" data-seq=\"3\" data-x0="),
              std::string::npos);
    EXPECT_NE(page.find("<title>#3 late March 2014"), std::string::npos);
    const std::string svg = page.substr(page.find("<svg class=\"swimlanes\""));
    EXPECT_EQ(occurrences(svg.substr(0, svg.find("</svg>")), "<circle "), 2);
}

TEST(AgencyPalette, EveryFillMeetsWcagAaAgainstTheTextColour) {
    for (const auto& colours : imr::render::agency_palette()) {
        const double ratio = imr::render::contrast_ratio(colours.fill, imr::render::k_text_colour);
        EXPECT_GE(ratio, 4.5) << colours.fill.hex();
        RecordProperty("fill_" + colours.fill.hex().substr(1), std::to_string(ratio));
    }
}

TEST(AgencyPalette, EveryMarkMeetsWcagAaAgainstThePage) {
    for (const auto& colours : imr::render::agency_palette()) {
        const double ratio = imr::render::contrast_ratio(colours.mark, imr::render::k_page_colour);
        EXPECT_GE(ratio, 4.5) << colours.mark.hex();
        RecordProperty("mark_" + colours.mark.hex().substr(1), std::to_string(ratio));
    }
}

TEST(AgencyPalette, ContrastRatioMatchesWcagReferenceValues) {
    using imr::render::Rgb;
    EXPECT_NEAR(imr::render::contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(imr::render::contrast_ratio({255, 255, 255}, {255, 255, 255}), 1.0, 1e-9);
    EXPECT_NEAR(imr::render::contrast_ratio(Rgb{0x76, 0x76, 0x76}, Rgb{255, 255, 255}), 4.54, 0.01);
}

}  // namespace
