// One comparison of two chronologies, for the tests that read one chronology two ways
// (YAML and JSON, streamed and whole).
#include "support/chronology_checks.hpp"

#include <gtest/gtest.h>

namespace imr::test {

void expect_same_chronology(const model::Chronology& actual, const model::Chronology& expected) {
    EXPECT_EQ(actual.agency, expected.agency);
    EXPECT_EQ(actual.agency_loc, expected.agency_loc);
    EXPECT_EQ(actual.author, expected.author);
    EXPECT_EQ(actual.review, expected.review);
    EXPECT_EQ(actual.covers, expected.covers);
    EXPECT_EQ(actual.mdy, expected.mdy);
    EXPECT_EQ(actual.entry_count, expected.entry_count);
    ASSERT_EQ(actual.entries.size(), expected.entries.size());
    for (std::size_t i = 0; i < expected.entries.size(); ++i) {
        EXPECT_EQ(actual.entries[i], expected.entries[i]) << "entry " << i;
    }
}

}  // namespace imr::test
