#include "import/heading_map.hpp"

#include <array>

namespace imr::import {
namespace {

struct Known {
    std::string_view key;
    Field field;
};

// Spec section 8, as heading keys.
constexpr std::array k_known = {
    Known{"date", Field::date},
    Known{"dateofcontact", Field::date},
    Known{"dateofevent", Field::date},
    Known{"startdate", Field::date},
    Known{"datetime", Field::date},
    Known{"dateandtime", Field::date},
    Known{"dateorperiodofevent", Field::date},
    Known{"time", Field::time},
    Known{"starttime", Field::time},
    Known{"timeofcontact", Field::time},
    Known{"ref", Field::ref},
    Known{"reference", Field::ref},
    Known{"source", Field::ref},
    Known{"sourceofinformation", Field::ref},
    Known{"record", Field::ref},
    Known{"documentreference", Field::ref},
    Known{"type", Field::type},
    Known{"contacttype", Field::type},
    Known{"typeofcontact", Field::type},
    Known{"event", Field::summary},
    Known{"contact", Field::summary},
    Known{"eventcontact", Field::summary},
    Known{"details", Field::summary},
    Known{"detailsofcontact", Field::summary},
    Known{"description", Field::summary},
    Known{"summary", Field::summary},
    Known{"whathappened", Field::summary},
    Known{"eventorcontactdetails", Field::summary},
    Known{"action", Field::action},
    Known{"actiontaken", Field::action},
    Known{"outcome", Field::action},
    Known{"actiontakenoutcome", Field::action},
    Known{"actionoutcome", Field::action},
    Known{"comment", Field::comment},
    Known{"comments", Field::comment},
    Known{"analysis", Field::comment},
    Known{"commentanalysis", Field::comment},
    Known{"imrauthorcomment", Field::comment},
    Known{"authorscomment", Field::comment},
    Known{"significant", Field::significant},
    Known{"significantevent", Field::significant},
    Known{"keyevent", Field::significant},
    Known{"material", Field::significant},
    Known{"parties", Field::parties},
    Known{"subject", Field::parties},
    Known{"people", Field::parties},
    Known{"personsinvolved", Field::parties},
    Known{"indicators", Field::indicators},
    Known{"riskindicators", Field::indicators},
    Known{"riskfactors", Field::indicators},
    Known{"issues", Field::indicators},
};

constexpr std::array<std::pair<Field, std::string_view>, 11> k_names = {{
    {Field::none, "none"},
    {Field::date, "date"},
    {Field::time, "time"},
    {Field::ref, "ref"},
    {Field::type, "type"},
    {Field::parties, "parties"},
    {Field::summary, "summary"},
    {Field::action, "action"},
    {Field::comment, "comment"},
    {Field::indicators, "indicators"},
    {Field::significant, "significant"},
}};

}  // namespace

std::string_view field_name(Field field) {
    for (const auto& [f, name] : k_names) {
        if (f == field) return name;
    }
    return "none";
}

std::optional<Field> field_named(std::string_view name) {
    const std::string key = heading_key(name);
    for (const auto& [f, n] : k_names) {
        if (n == key) return f;
    }
    return std::nullopt;
}

std::string heading_key(std::string_view heading) {
    std::string key;
    int depth = 0;
    for (char c : heading) {
        if (c == '(' || c == '[') {
            ++depth;
        } else if ((c == ')' || c == ']') && depth > 0) {
            --depth;
        } else if (depth == 0) {
            if (c >= 'A' && c <= 'Z')
                key += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                key += c;
        }
    }
    return key;
}

HeadingMap::HeadingMap(std::vector<std::pair<std::string, Field>> overrides) {
    for (auto& [heading, field] : overrides) m_overrides.emplace_back(heading_key(heading), field);
}

Field HeadingMap::field_for(std::string_view heading) const {
    const std::string key = heading_key(heading);
    if (key.empty()) return Field::none;
    for (auto it = m_overrides.rbegin(); it != m_overrides.rend(); ++it) {
        if (it->first == key) return it->second;
    }
    for (const Known& known : k_known) {
        if (known.key == key) return known.field;
    }
    return Field::none;
}

}  // namespace imr::import
