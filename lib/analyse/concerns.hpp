#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/review_register.hpp"

namespace imr::analyse {

// The indicators whose absence the knowledge rules (unshared-knowledge, partial-share)
// treat as a sharing failure by default, for a kind of review (spec section 4, 1.1), most
// serious first. docs/gap-rules.md gives each list's source:
// - dhr: the abuse indicators (Home Office statutory guidance for DHRs);
// - sar: the Care Act 2014 statutory guidance's categories of abuse and neglect,
//   self-neglect, and the needs that make an adult vulnerable;
// - cspr: Working Together to Safeguard Children's categories of abuse and neglect,
//   exploitation, and the parental risks (the "toxic trio").
// An unknown kind gives the dhr list.
const std::vector<std::string>& default_concerns(std::string_view kind);

// The review's concerns: `rules.concerns` when the register writes it, else the kind's
// default; then every indicator the register declares new, then every critical one.
// In that order, once each.
std::vector<std::string> review_concerns(const model::GapThresholds& rules, std::string_view kind,
                                         const std::vector<std::string>& new_indicators);

// The family an indicator belongs to when the knowledge rules decide whether a share or an
// agency already had "the substance" of a concern: the abuse indicators are one family (a
// letter that names the domestic abuse but not each threat is ordinary summarising); every
// other indicator is a family of its own (a referral about mental health that leaves out
// the drinking has left out a different need: the dual-diagnosis gap).
std::string concern_family(std::string_view indicator);

}  // namespace imr::analyse
