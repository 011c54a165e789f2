// The JSON renderer writes entries straight to the stream instead of through nlohmann's
// values; its bytes must stay exactly nlohmann's dump(2) of the same document, whatever
// the text holds. Parsing the output and dumping it again with nlohmann must give the
// output back, byte for byte.
#include <gtest/gtest.h>

#include <sstream>

#include "render/json_values.hpp"
#include "render/renderer.hpp"
#include "render_fixture.hpp"

namespace {
using imr::render::Json;

std::string json_of(const imr::merge::CombinedChronology& merged) {
    std::ostringstream out;
    imr::render::render_chronology(merged, imr::render::ChronologyFormat::json, out);
    return out.str();
}

void expect_nlohmann_bytes(const std::string& text) {
    const Json parsed = Json::parse(text);
    EXPECT_EQ(parsed.dump(2, ' ', false, Json::error_handler_t::replace) + "\n", text);
}

TEST(JsonRenderer, EntriesAreWrittenAsNlohmannWouldWriteThem) {
    expect_nlohmann_bytes(json_of(imr::test::hostile_chronology()));
}

TEST(JsonRenderer, ControlCharactersQuotesRiskAndSharesAreEscapedAsNlohmannEscapesThem) {
    auto merged = imr::test::hostile_chronology();
    ASSERT_FALSE(merged.entries.empty());
    auto& entry = merged.entries.front();
    entry.entry.summary = std::string("tab\there, nul ") + '\0' +
                          " bell \a, \x1f, quote \" back \\ slash, caf\xC3\xA9 \xE2\x80\x93";
    entry.entry.comment = "bad byte \xFF and \xC3 cut";
    entry.entry.risk = imr::model::Risk{"DASH", imr::model::RiskLevel::very_high, "14.5", "", {}};
    entry.risk_subject = "S";
    entry.shared_with = {imr::merge::ResolvedShare{
        "Clinic", entry.entry.date, {"injury", "threat-to-kill"}, "email"}};
    entry.event = 7;
    const std::string text = json_of(merged);
    expect_nlohmann_bytes(text);
    EXPECT_NE(text.find(R"("score": 14.5)"), std::string::npos);
    EXPECT_NE(text.find(R"(\u0000 bell \u0007, \u001f)"), std::string::npos);
    EXPECT_NE(text.find("bad byte \xEF\xBF\xBD and"),
              std::string::npos);  // replaced, as nlohmann does
}

TEST(JsonRenderer, AnEmptyChronologyHasAnEmptyEntriesList) {
    imr::merge::CombinedChronology merged;
    const std::string text = json_of(merged);
    expect_nlohmann_bytes(text);
    EXPECT_NE(text.find(R"("entries": [],)"), std::string::npos);
}

TEST(JsonRenderer, TheBytesDoNotDependOnHowManyThreadsWriteThem) {
    // More entries than one batch (4096) per thread, so that batches are split and joined.
    auto merged = imr::test::hostile_chronology();
    const auto one = merged.entries.front();
    merged.entries.clear();
    for (int i = 0; i < 10000; ++i) {
        merged.entries.push_back(one);
        merged.entries.back().seq = i + 1;
    }
    const auto json_with = [&](unsigned jobs) {
        std::ostringstream out;
        imr::render::render_chronology(merged, imr::render::ChronologyFormat::json, out,
                                       {100, jobs});
        return out.str();
    };
    const std::string alone = json_with(1);
    EXPECT_EQ(json_with(2), alone);
    EXPECT_EQ(json_with(3), alone);
    EXPECT_EQ(Json::parse(alone)["entries"].size(), 10000u);
}

}  // namespace
