#include <gtest/gtest.h>

#include <sstream>

#include "load/review_loader.hpp"
#include "render/chronology_template.hpp"

namespace {

TEST(ChronologyTemplate, ParsesAndAsksOnlyForTheRequiredFieldsOfItsEntry) {
    std::ostringstream text;
    imr::render::write_chronology_template("Oak Lane Surgery", nullptr, "../schemas/x.json", text);
    imr::model::ReviewInput input;
    imr::load::load_text(text.str(), "gp.yaml", "gp.yaml", input);
    std::vector<std::string> codes;
    for (const auto& d : input.diagnostics)
        codes.push_back(d.code + ":" + std::to_string(d.loc.line));
    // The template's one entry lacks only what its author must write: date and summary.
    ASSERT_EQ(codes.size(), 2u) << text.str();
    EXPECT_EQ(codes[0].substr(0, 14), "missing-field:");
    EXPECT_EQ(codes[1].substr(0, 14), "missing-field:");
    ASSERT_EQ(input.chronologies.size(), 1u);
    EXPECT_EQ(input.chronologies[0].agency, "Oak Lane Surgery");
}

TEST(ChronologyTemplate, ListsPartyIdsAndAliasesButNeverPrivateNames) {
    imr::model::ReviewInput input;
    imr::load::load_text(R"(format: imr-review/1
review: "Test: DHR"
parties:
  - {id: M, role: victim, aliases: [Ms M], private: [Mary Example]}
agencies:
  - {id: GP, name: Oak Lane Surgery}
)",
                         "review.yaml", "review.yaml", input);
    std::ostringstream text;
    imr::render::write_chronology_template("Oak Lane Surgery", &*input.review_register, "s.json",
                                           text);
    const std::string out = text.str();
    EXPECT_NE(out.find("#   M (victim): also Ms M"), std::string::npos) << out;
    EXPECT_EQ(out.find("Mary Example"), std::string::npos);
    EXPECT_NE(out.find("review: \"Test: DHR\""), std::string::npos) << out;  // quoted: it has ': '
}

}  // namespace
