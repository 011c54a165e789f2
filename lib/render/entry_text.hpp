#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// The parts of an entry that every table-like format (text, CSV, HTML, xlsx) writes the
// same way, so that the formats agree with one another word for word.

// The items separated by `separator`.
std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ");
std::string joined(std::span<const model::Name> items, std::string_view separator = ", ");

// The interval an uncertain date stands for ("2013-08-01 to 2013-08-31", "2013-08-02,
// approximate"), or an empty string for an exact day.
std::string date_interval(const model::DateValue& date);

// "HH:MM", or an empty string.
std::string time_text(const merge::CombinedEntry& entry);

// "to Crown Prosecution Service (2013-08-03, phone)" and "from ..." items, one per share.
std::vector<std::string> share_texts(const merge::CombinedEntry& entry);

// "DASH: high, score 15, subject K", or an empty string.
std::string risk_text(const merge::CombinedEntry& entry);

// "police.yaml:12".
std::string citation(const merge::CombinedEntry& entry);

// How many entries each agency has, for every agency of the chronology (0 included).
std::map<std::string, int> entries_per_agency(const merge::CombinedChronology& merged);

}  // namespace imr::render
