#pragma once

#include <string>
#include <vector>

#include "analyse/analysis.hpp"

namespace imr::analyse {

// What one recorded share carried, as the sharing rules describe and weigh it.
struct ShareContent {
    std::vector<int> parties;             // the focus parties of the entry recording it
    std::vector<std::string> indicators;  // most serious first
    bool explicit_about = false;  // named by `about`, not inferred from the sender's knowledge
};

// The share's `about`, or else the abuse indicators the sender knew about the entry's
// focus parties on the share's date (knowledge_timeline.hpp).
ShareContent share_content(const Analysis& analysis, const ShareRecord& share);

// "physical assault and domestic abuse concerning M", or "information about M and J".
std::string content_phrase(const Analysis& analysis, const ShareContent& content);

// What the sender did: "telling B about physical assault concerning M", or "sending B
// information about M and J".
std::string sending_phrase(const Analysis& analysis, const ShareContent& content,
                           const std::string& recipient);

// What the recipient did: "hearing from A about physical assault concerning M", or
// "receiving information about M from A".
std::string receiving_phrase(const Analysis& analysis, const ShareContent& content,
                             const std::string& sender);

// " by phone", " by letter", ... or nothing when the share does not say how.
std::string how_phrase(const Analysis& analysis, const ShareRecord& share);

// The first focus party of the content, if any.
std::optional<std::string> first_party(const Analysis& analysis, const ShareContent& content);

// The most serious indicator of the content, if any.
std::optional<std::string> top_indicator(const ShareContent& content);

// A finding about the one recorded share `record` (a send or a receipt) from `sender` to
// `recipient`, saying `message` and cited by the entry that records it. Its severity is
// `points`, plus the critical point of what the share carried and the risk point of its
// first party on the share's date.
Finding share_record_finding(const Analysis& analysis, std::string_view rule,
                             const ShareRecord& record, const ShareContent& content,
                             std::string message, int points);

}  // namespace imr::analyse
