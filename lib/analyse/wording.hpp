#pragma once

#include <string>
#include <vector>

#include "model/date_value.hpp"

namespace imr::analyse {

// Plain English for finding messages, which panel members read: dates as people write
// them, indicators as words, lists with "and".

// "2 August 2013".
std::string plain_date(model::DayNumber day);

// A day-precise date as plain_date; any other as the agency wrote it ("late March 2014").
std::string date_phrase(const model::DateValue& date);

// The date with its preposition: "on 2 August 2013", "on or about 2 August 2013",
// "in late June 2014", "between 20 November 2013 and 12 February 2014".
std::string on_date(const model::DateValue& date);

// "Victim Support's", "GP Services'".
std::string possessive(const std::string& name);

// "threats to kill" for threat-to-kill, "domestic abuse" for domestic-abuse, ...
std::string indicator_words(const std::string& indicator);

// "a", "a and b", "a, b and c".
std::string list_phrase(const std::vector<std::string>& items);

// The indicators as words, in the given order: "strangulation, a weapon and domestic abuse".
std::string indicators_phrase(const std::vector<std::string>& indicators);

// "1 day", "12 days".
std::string days_phrase(int days);

}  // namespace imr::analyse
