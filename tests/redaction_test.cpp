#include <gtest/gtest.h>

#include "load/review_loader.hpp"
#include "merge/merger.hpp"
#include "merge/redactor.hpp"
#include "util/name_matcher.hpp"

namespace {
using imr::util::NameMatcher;

std::string redact_text(const std::vector<std::string>& names, const std::vector<std::string>& ids,
                        const std::string& text) {
    return NameMatcher(names).replace_all(text, ids);
}

TEST(RedactText, ReplacesANameInAnyCase) {
    EXPECT_EQ(redact_text({"Mary Example"}, {"M"}, "MARY EXAMPLE and mary example"), "M and M");
}

TEST(RedactText, KeepsThePossessive) {
    EXPECT_EQ(redact_text({"Mary Example"}, {"M"}, "Mary Example's flat; Mary Example’s car"),
              "M's flat; M’s car");
}

TEST(RedactText, MatchesANameSplitAcrossALineBreak) {
    EXPECT_EQ(redact_text({"Mary Example"}, {"M"}, "seen with Mary\n   Example today"),
              "seen with M today");
    EXPECT_EQ(redact_text({"Mary Example"}, {"M"}, "Mary\r\nExample"), "M");
}

TEST(RedactText, NeverMatchesInsideAnotherWord) {
    EXPECT_EQ(redact_text({"Ann"}, {"M"}, "Annual review with Ann; Joanne; ANN."),
              "Annual review with M; Joanne; M.");
    EXPECT_EQ(redact_text({"Ann"}, {"M"}, "Annë and Ann2"), "Annë and Ann2");
}

TEST(RedactText, FoldsAccentedLettersAndKeepsOtherText) {
    EXPECT_EQ(
        redact_text({"Siobhán Ó Briain"}, {"S"}, "SIOBHÁN Ó BRIAIN rang; siobhán ó briain left"),
        "S rang; S left");
}

TEST(RedactText, TheLongestNameWinsWhereNamesOverlap) {
    EXPECT_EQ(redact_text({"Mary", "Mary Ann Example"}, {"X", "M"}, "Mary Ann Example and Mary"),
              "M and X");
}

TEST(RedactText, AnEmptyNameMatchesNothing) {
    EXPECT_EQ(redact_text({"", "  "}, {"X", "Y"}, "anything at all"), "anything at all");
}

const char* const k_register = R"(format: imr-review/1
review: Test DHR
parties:
  - id: M
    aliases: [Ms M]
    private: [Mary Example, Ann]
  - id: J
    private: [John Sample]
agencies:
  - id: Police
    name: Testshire Police
)";

const char* const k_police = R"(format: imr-chronology/1
agency: Police
entries:
  - date: 2 May 2019
    parties: [Mary Example, John Sample]
    summary: Mary Example's neighbour called; John
      Sample left. Annual review due.
    action: Told mary example about the Annual review.
    comment: ANN was upset.
    risk: {tool: DASH, level: high, subject: Mary Example}
    shared_with: [{agency: Police, about: [injury]}]
)";

TEST(Redactor, RemovesEveryPrivateNameFromEveryTextAndSetsTheFlags) {
    imr::model::ReviewInput input;
    imr::load::load_text(k_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(k_police, "police.yaml", "police.yaml", input);
    auto merged = imr::merge::merge_review(input);
    EXPECT_TRUE(merged.contains_private_names);
    imr::merge::redact(merged, *input.review_register);
    EXPECT_TRUE(merged.redacted);
    EXPECT_FALSE(merged.contains_private_names);
    EXPECT_FALSE(imr::merge::find_private_names(merged, *input.review_register));
    const auto& e = merged.entries.at(0);
    EXPECT_EQ(e.entry.summary, "M's neighbour called; J left. Annual review due.");
    EXPECT_EQ(e.entry.action, "Told M about the Annual review.");
    EXPECT_EQ(e.entry.comment, "M was upset.");
    EXPECT_EQ(e.entry.parties, (std::vector<imr::model::Name>{"M", "J"}));
    EXPECT_EQ(e.entry.risk->subject, "M");
    EXPECT_EQ(e.party_ids, (std::vector<imr::model::Name>{"M", "J"}));
}

TEST(Redactor, APrivateNameIsFoundWhereverItIsAndOnAnyNumberOfThreads) {
    imr::model::ReviewInput input;
    imr::load::load_text(k_register, "review.yaml", "review.yaml", input);
    auto merged = imr::merge::merge_review(input);
    const auto& reg = *input.review_register;
    imr::merge::CombinedEntry plain;
    plain.entry.summary = "Seen at home.";
    plain.party_ids = {"M"};
    for (int i = 0; i < 101; ++i) merged.entries.push_back(plain);
    for (unsigned jobs : {1u, 2u, 3u, 8u})
        EXPECT_FALSE(imr::merge::find_private_names(merged, reg, jobs));
    // Only in the last entry, in a field each thread reads last, or a name as written.
    merged.entries.back().entry.comment = "O'Brien rang; so did john SAMPLE's sister.";
    for (unsigned jobs : {1u, 2u, 3u, 8u})
        EXPECT_TRUE(imr::merge::find_private_names(merged, reg, jobs));
    merged.entries.back().entry.comment = "";
    merged.entries[50].entry.parties = {"Mary Example"};
    for (unsigned jobs : {1u, 2u, 3u, 8u})
        EXPECT_TRUE(imr::merge::find_private_names(merged, reg, jobs));
}

TEST(Redactor, AChronologyWithoutRealNamesNeedsNoNotice) {
    imr::model::ReviewInput input;
    imr::load::load_text(k_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(
        "format: imr-chronology/1\nagency: Police\nentries:\n"
        "  - {date: 2 May 2019, summary: Ms M seen at the Annual fair.}\n",
        "police.yaml", "police.yaml", input);
    const auto merged = imr::merge::merge_review(input);
    EXPECT_FALSE(merged.contains_private_names);
}

}  // namespace
