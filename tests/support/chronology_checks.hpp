#pragma once

#include "model/chronology.hpp"

namespace imr::test {

// Expects two readings of one chronology to agree on all the agency wrote: the agency and
// where it is named, the author, the review, the period covered, the date order, how many
// entries were written and every entry kept, field by field.
void expect_same_chronology(const model::Chronology& actual, const model::Chronology& expected);

}  // namespace imr::test
