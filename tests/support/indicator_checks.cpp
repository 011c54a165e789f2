// The table form of "this is written, that indicator is meant", for the name resolver and
// review-kind tests.
#include "support/indicator_checks.hpp"

#include <gtest/gtest.h>

#include <string>

namespace imr::test {

void expect_indicators(const normalise::NameResolver& names,
                       std::initializer_list<WrittenIndicator> written_forms) {
    for (const auto& [written, id] : written_forms) {
        EXPECT_EQ(names.indicator(written), std::string(id)) << written;
    }
}

}  // namespace imr::test
