#pragma once

#include <string>
#include <string_view>

namespace imr::util {

// ASCII lower case; other bytes unchanged.
std::string to_lower(std::string_view text);

// Without leading and trailing spaces, tabs and line breaks.
std::string_view trim(std::string_view text);

// A key for matching names as people write them: lower case, with ASCII punctuation and
// white space removed ("Ms. M" and "ms m" both give "msm").
std::string match_key(std::string_view text);

// Whether the text starts with / ends with the given affix.
bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);

}  // namespace imr::util
