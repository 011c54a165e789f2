#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imr::import {

// The chronology fields a column can fill (spec section 2), or none.
enum class Field {
    none,
    date,
    time,
    ref,
    type,
    parties,
    summary,
    action,
    comment,
    indicators,
    significant
};

// "date", "summary", ...
std::string_view field_name(Field field);

// The field named `name` ("date", "Summary"), if any.
std::optional<Field> field_named(std::string_view name);

// A heading as compared: lowercase letters and digits only, bracketed asides such as "(Y/N)"
// left out. "Date / time (24h)" -> "datetime".
std::string heading_key(std::string_view heading);

// Which field a column heading names (spec section 8's table), with the user's --map
// additions and overrides first.
class HeadingMap {
  public:
    // `overrides`: heading as written -> field (Field::none leaves the column unmapped).
    explicit HeadingMap(std::vector<std::pair<std::string, Field>> overrides = {});

    Field field_for(std::string_view heading) const;

  private:
    std::vector<std::pair<std::string, Field>> m_overrides;  // by heading_key
};

}  // namespace imr::import
