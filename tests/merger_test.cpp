#include <gtest/gtest.h>

#include <algorithm>

#include "load/review_loader.hpp"
#include "merge/merger.hpp"

namespace {
using imr::merge::CombinedChronology;
using imr::model::ReviewInput;

ReviewInput input_of(std::vector<std::pair<std::string, std::string>> files) {
    ReviewInput input;
    for (const auto& [name, text] : files) imr::load::load_text(text, name, name, input);
    return input;
}

std::string chronology(const std::string& agency, const std::string& entries) {
    return "format: imr-chronology/1\nagency: " + agency + "\nentries:\n" + entries;
}

const char* const k_register = R"(format: imr-review/1
review: Test DHR
period: {from: 1 January 2019, to: 31 December 2019}
parties:
  - id: A
    aliases: [Ms A, the victim]
    private: [Alice Testperson]
  - id: B
    aliases: [ex-partner]
agencies:
  - id: Police
    name: Testshire Police
    aliases: [TP, the police]
  - id: Hospital
    name: Testbury Hospital
    aliases: [A&E]
)";

std::vector<std::string> summaries(const CombinedChronology& merged) {
    std::vector<std::string> out;
    for (const auto& e : merged.entries) out.push_back(e.entry.summary);
    return out;
}

bool has_code(const CombinedChronology& merged, const std::string& code) {
    return std::any_of(merged.diagnostics.begin(), merged.diagnostics.end(),
                       [&](const auto& d) { return d.code == code; });
}

TEST(Merger, OrdersByStartThenNarrowerThenTimedThenAgencyThenPosition) {
    const auto input = input_of({
        {"b.yaml", chronology("Zeta Service", R"(  - {date: 3 March 2019, summary: z untimed}
  - {date: 3 March 2019, time: "09:00", summary: z nine}
)")},
        {"a.yaml", chronology("Alpha Service", R"(  - {date: 3 March 2019, summary: a untimed first}
  - {date: 3 March 2019, summary: a untimed second}
  - {date: March 2019, summary: a month}
  - {date: 1 March 2019, summary: a first of March}
  - {date: 3 March 2019, time: "08:00", summary: a eight}
)")},
    });
    const auto merged = imr::merge::merge_review(input);
    // The month starts on 1 March and is wider than that day, so it sorts after it.
    EXPECT_EQ(summaries(merged),
              (std::vector<std::string>{"a first of March", "a month", "a eight", "z nine",
                                        "a untimed first", "a untimed second", "z untimed"}));
    for (std::size_t i = 0; i < merged.entries.size(); ++i)
        EXPECT_EQ(merged.entries[i].seq, int(i) + 1);
    EXPECT_EQ(imr::merge::check_consistency(merged), "");
}

TEST(Merger, ResultDoesNotDependOnTheOrderFilesAreGiven) {
    const std::string a = chronology("Alpha", "  - {date: 2 May 2019, summary: a}\n");
    const std::string b = chronology("Beta", "  - {date: 2 May 2019, summary: b}\n");
    const auto forward = imr::merge::merge_review(input_of({{"a.yaml", a}, {"b.yaml", b}}));
    auto backward_input = input_of({{"b.yaml", b}, {"a.yaml", a}});
    const auto backward = imr::merge::merge_review(backward_input);
    EXPECT_EQ(summaries(forward), summaries(backward));
}

TEST(Merger, AgenciesPartiesAndIndicatorsResolveThroughTheRegister) {
    const auto merged = imr::merge::merge_review(input_of({
        {"review.yaml", k_register},
        {"police.yaml", chronology("the police", R"(  - date: 2 May 2019
    parties: [Ms A, ex-partner, alice testperson]
    indicators: [DV, threats to kill]
    summary: s
    shared_with: [A&E]
)")},
    }));
    ASSERT_EQ(merged.entries.size(), 1u);
    const auto& e = merged.entries[0];
    EXPECT_EQ(e.agency, "Testshire Police");
    EXPECT_EQ(e.party_ids, (std::vector<imr::model::Name>{"A", "B", "A"}));
    EXPECT_EQ(e.indicators, (std::vector<imr::model::Name>{"domestic-abuse", "threat-to-kill"}));
    ASSERT_EQ(e.shared_with.size(), 1u);
    EXPECT_EQ(e.shared_with[0].agency, "Testbury Hospital");
    EXPECT_EQ(e.entry.parties[0], "Ms A");  // the agency's own words are kept
    EXPECT_EQ(merged.review, "Test DHR");
    EXPECT_EQ(merged.agencies, std::vector<std::string>{"Testshire Police"});
}

TEST(Merger, UnresolvedNamesAreKeptAndReportedWithSuggestions) {
    const auto merged = imr::merge::merge_review(input_of({
        {"review.yaml", k_register},
        {"police.yaml", chronology("Testshire Polise", R"(  - date: 2 May 2019
    parties: [Ms AA]
    indicators: [stalkng]
    summary: s
)")},
    }));
    ASSERT_EQ(merged.entries.size(), 1u);
    EXPECT_EQ(merged.entries[0].agency, "Testshire Polise");
    EXPECT_EQ(merged.entries[0].party_ids, std::vector<imr::model::Name>{"Ms AA"});
    EXPECT_EQ(merged.entries[0].indicators, std::vector<imr::model::Name>{"stalkng"});
    std::vector<std::string> hints;
    for (const auto& d : merged.diagnostics) hints.push_back(d.code + ": " + d.hint);
    EXPECT_NE(std::find(hints.begin(), hints.end(),
                        "unresolved-agency: did you mean 'Testshire Police'?"),
              hints.end());
    EXPECT_NE(std::find(hints.begin(), hints.end(), "unknown-indicator: did you mean 'stalking'?"),
              hints.end());
    EXPECT_TRUE(has_code(merged, "unresolved-party"));
}

TEST(Merger, WithoutARegisterAgenciesDifferingOnlyInCaseAndPunctuationAreOne) {
    const auto merged = imr::merge::merge_review(input_of({
        {"a.yaml", chronology("Horizon Recovery", "  - {date: 2 May 2019, summary: a}\n")},
        {"b.yaml", chronology("horizon-recovery", "  - {date: 3 May 2019, summary: b}\n")},
    }));
    EXPECT_EQ(merged.agencies, std::vector<std::string>{"Horizon Recovery"});
    EXPECT_EQ(merged.entries[1].agency, "Horizon Recovery");
    EXPECT_FALSE(has_code(merged, "unresolved-agency"));
}

TEST(Merger, DatesOutsideTheReviewPeriodAreWarnings) {
    const auto merged = imr::merge::merge_review(input_of({
        {"review.yaml", k_register},
        {"police.yaml", chronology("TP", "  - {date: circa 2002, summary: history}\n")},
    }));
    EXPECT_EQ(merged.entries.size(), 1u);
    ASSERT_TRUE(has_code(merged, "outside-period"));
    EXPECT_FALSE(imr::model::has_errors(merged.diagnostics));
}

TEST(Merger, AFileNamingAnotherReviewIsAWarning) {
    const auto merged = imr::merge::merge_review(input_of({
        {"review.yaml", k_register},
        {"police.yaml", "format: imr-chronology/1\nagency: TP\nreview: Other DHR\nentries: []\n"},
    }));
    EXPECT_TRUE(has_code(merged, "review-mismatch"));
}

TEST(EventLinker, TheSameRefWrittenByTwoAgenciesIsOneEvent) {
    const auto merged = imr::merge::merge_review(input_of({
        {"review.yaml", k_register},
        {"police.yaml", chronology("TP",
                                   "  - {date: 2 May 2019, ref: INC-42, summary: assault}\n"
                                   "  - {date: 9 May 2019, summary: other}\n")},
        {"hospital.yaml",
         chronology("A&E", "  - {date: 3 May 2019, ref: inc 42, summary: injuries}\n")},
    }));
    ASSERT_EQ(merged.entries.size(), 3u);
    EXPECT_EQ(merged.entries[0].event, 1);
    EXPECT_EQ(merged.entries[1].event, 1);
    EXPECT_EQ(merged.entries[2].event, std::nullopt);
}

TEST(EventLinker, OneAgencysOwnRepeatedRefIsNotALink) {
    const auto merged = imr::merge::merge_review(input_of({
        {"police.yaml", chronology("TP",
                                   "  - {date: 2 May 2019, ref: INC-42, summary: a}\n"
                                   "  - {date: 4 May 2019, ref: INC-42, summary: b}\n")},
    }));
    EXPECT_EQ(merged.entries[0].event, std::nullopt);
    EXPECT_EQ(merged.entries[1].event, std::nullopt);
}

TEST(EventLinker, ASendAndItsReceiptWithinTheWindowAreOneEvent) {
    const auto merged = imr::merge::merge_review(input_of({
        {"review.yaml", k_register},
        {"police.yaml",
         chronology("TP", "  - {date: 2 May 2019, summary: sent, shared_with: [A&E]}\n")},
        {"hospital.yaml",
         chronology("A&E", "  - {date: 9 May 2019, summary: got, received_from: [TP]}\n")},
    }));
    EXPECT_EQ(merged.entries[0].event, 1);
    EXPECT_EQ(merged.entries[1].event, 1);
}

TEST(EventLinker, AReceiptEightDaysAfterASevenDayWindowIsNotLinked) {
    const auto merged = imr::merge::merge_review(input_of({
        {"review.yaml", k_register},
        {"police.yaml",
         chronology("TP", "  - {date: 2 May 2019, summary: sent, shared_with: [A&E]}\n")},
        {"hospital.yaml",
         chronology("A&E", "  - {date: 10 May 2019, summary: got, received_from: [TP]}\n")},
    }));
    EXPECT_EQ(merged.entries[0].event, std::nullopt);
    EXPECT_EQ(merged.entries[1].event, std::nullopt);
}

TEST(MergerConsistency, ADroppedEntryIsReported) {
    const auto input = input_of({{"a.yaml", chronology("Alpha",
                                                       "  - {date: 2 May 2019, summary: a}\n"
                                                       "  - {date: 3 May 2019, summary: b}\n")}});
    auto merged = imr::merge::merge_review(input);
    merged.entries.pop_back();
    EXPECT_EQ(imr::merge::check_consistency(merged), "2 entries in, 1 out");
}

}  // namespace
