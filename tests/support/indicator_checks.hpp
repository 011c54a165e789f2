#pragma once

#include <initializer_list>
#include <string_view>
#include <utility>

#include "normalise/name_resolver.hpp"

namespace imr::test {

// A way an author writes an indicator, and the indicator id it must resolve to.
using WrittenIndicator = std::pair<std::string_view, std::string_view>;

// Expects every written form to resolve, through `names`, to its indicator id.
void expect_indicators(const normalise::NameResolver& names,
                       std::initializer_list<WrittenIndicator> written_forms);

}  // namespace imr::test
