#include <gtest/gtest.h>

#include "merge/chronology_filter.hpp"
#include "render_fixture.hpp"

namespace {
using imr::merge::FilterRequest;

FilterRequest dates(std::string from, std::string to) {
    FilterRequest request;
    request.from = std::move(from);
    request.to = std::move(to);
    return request;
}

FilterRequest names(std::vector<std::string> agencies, std::vector<std::string> parties,
                    bool significant = false) {
    FilterRequest request;
    request.agencies = std::move(agencies);
    request.parties = std::move(parties);
    request.significant_only = significant;
    return request;
}

imr::model::ReviewInput hostile_input() {
    imr::model::ReviewInput input;
    imr::load::load_text(imr::test::k_hostile_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(imr::test::k_hostile_clinic, "clinic.yaml", "clinic.yaml", input);
    imr::load::load_text(imr::test::k_hostile_police, "police.yaml", "police.yaml", input);
    return input;
}

std::vector<int> kept_seqs(const FilterRequest& request) {
    const auto input = hostile_input();
    auto merged = imr::merge::merge_review(input);
    auto filter = imr::merge::resolve_filter(request, merged, &*input.review_register);
    EXPECT_TRUE(filter.has_value()) << filter.error();
    if (!filter) return {};
    imr::merge::apply_filter(*filter, merged);
    std::vector<int> seqs;
    for (const auto& m : merged.entries) seqs.push_back(m.seq);
    return seqs;
}

std::string problem(const FilterRequest& request) {
    const auto input = hostile_input();
    const auto merged = imr::merge::merge_review(input);
    auto filter = imr::merge::resolve_filter(request, merged, &*input.review_register);
    return filter ? std::string("no problem") : filter.error();
}

TEST(ChronologyFilter, KeepsEntriesWhoseDateIntervalOverlapsTheRange) {
    EXPECT_EQ(kept_seqs(dates("3 August 2013", "")), (std::vector<int>{2, 3}));
    EXPECT_EQ(kept_seqs(dates("", "2 August 2013")), (std::vector<int>{1}));
    // late March 2014 is 21-31 March: a range ending on the 25th overlaps it.
    EXPECT_EQ(kept_seqs(dates("March 2014", "25 March 2014")), (std::vector<int>{3}));
    EXPECT_EQ(kept_seqs(dates("1 March 2014", "20 March 2014")), (std::vector<int>{}));
}

TEST(ChronologyFilter, ResolvesAgenciesAndPartiesLikeTheFilesDo) {
    EXPECT_EQ(kept_seqs(names({"police"}, {})), (std::vector<int>{1, 3}));
    EXPECT_EQ(kept_seqs(names({"o'neill & sons clinic", "Police"}, {})),
              (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(kept_seqs(names({}, {"Ms S"})), (std::vector<int>{1, 2}));
    EXPECT_EQ(kept_seqs(names({}, {"T"}, true)), (std::vector<int>{1}));
}

TEST(ChronologyFilter, KeepsTheSeqNumbersOfTheWholeChronologyAndSaysWhatItKept) {
    const auto input = hostile_input();
    auto merged = imr::merge::merge_review(input);
    auto filter =
        imr::merge::resolve_filter(names({"Police"}, {}), merged, &*input.review_register);
    ASSERT_TRUE(filter.has_value());
    imr::merge::apply_filter(*filter, merged);
    ASSERT_EQ(merged.entries.size(), 2u);
    EXPECT_EQ(merged.entries[1].seq, 3);
    EXPECT_EQ(
        merged.filter,
        "agency Testshire Police (2 of 3 entries; numbers are those of the whole chronology)");
}

TEST(ChronologyFilter, AnUnknownNameIsAProblemWithTheNearestNameSuggested) {
    EXPECT_EQ(problem(names({"Testshire Polce"}, {})),
              "--agency: unknown agency 'Testshire Polce' (did you mean 'Testshire Police'?)");
    EXPECT_EQ(problem(names({}, {"Nobody"})), "--party: unknown party 'Nobody' (known: S, T)");
}

TEST(ChronologyFilter, ABadOrReversedDateIsAProblem) {
    EXPECT_EQ(problem(dates("31 June 2014", "")).rfind("--from: '31 June 2014' is not a date", 0),
              0u)
        << problem(dates("31 June 2014", ""));
    EXPECT_EQ(problem(dates("2014", "2013")), "--to '2013' is before --from '2014'");
}

}  // namespace
