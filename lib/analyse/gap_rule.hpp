#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "analyse/analysis.hpp"
#include "analyse/finding.hpp"

namespace imr::analyse {

// One information-sharing rule of spec section 6. A rule reads the analysis and returns
// its findings, each citing the entries it rests on; it never prints. Each rule lives in
// its own file, with its rationale and the panel finding it reproduces at the top, and
// keeps to one finding per episode (docs/gap-rules.md).
class GapRule {
  public:
    virtual ~GapRule() = default;

    // The stable id: "unreceived-share", ...
    virtual std::string_view id() const = 0;

    // What the rule finds, in the spec's words.
    virtual std::string_view finds() const = 0;

    virtual std::vector<Finding> check(const Analysis& analysis) const = 0;
};

// Every rule, in the spec's order.
std::vector<std::unique_ptr<GapRule>> make_gap_rules();

}  // namespace imr::analyse
