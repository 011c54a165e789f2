#include "analyse/wording.hpp"

#include <date/date.h>

#include <map>

#include "util/text.hpp"

namespace imr::analyse {

std::string plain_date(model::DayNumber day) {
    static const char* const k_months[] = {"January",   "February", "March",    "April",
                                           "May",       "June",     "July",     "August",
                                           "September", "October",  "November", "December"};
    const date::year_month_day ymd{date::sys_days{date::days{day}}};
    return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
           k_months[static_cast<unsigned>(ymd.month()) - 1] + " " +
           std::to_string(static_cast<int>(ymd.year()));
}

std::string date_phrase(const model::DateValue& date) {
    if (date.precision == model::Precision::day && !date.approximate) return plain_date(date.start);
    std::string text(util::trim(date.text));
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text.empty() ? plain_date(date.start) : text;
}

std::string on_date(const model::DateValue& date) {
    if (date.precision == model::Precision::day) {
        return (date.approximate ? "on or about " : "on ") + plain_date(date.start);
    }
    if (date.precision == model::Precision::week) {
        return (date.approximate ? "in about the week commencing " : "in the week commencing ") +
               plain_date(date.start);
    }
    if (date.precision == model::Precision::range) {
        return "between " + plain_date(date.start) + " and " + plain_date(date.end);
    }
    return "in " + date_phrase(date);
}

std::string possessive(const std::string& name) {
    return !name.empty() && name.back() == 's' ? name + "'" : name + "'s";
}

std::string indicator_words(const std::string& indicator) {
    static const std::map<std::string, std::string> k_words{
        {"threat-to-kill", "threats to kill"},
        {"weapon", "a weapon"},
        {"breach-of-order", "a breach of a court order or bail"},
        {"child-present", "a child being present"},
        {"new-partner", "a new partner"},
        {"previous-abuse-history", "a history of abuse"},
        {"suicide-risk", "a risk of suicide"},
        {"escalation", "escalating abuse"},
        {"pregnancy", "a pregnancy"},
        {"separation", "a separation"},
        {"injury", "an injury"},
    };
    if (auto it = k_words.find(indicator); it != k_words.end()) return it->second;
    std::string words = indicator;
    for (char& c : words) {
        if (c == '-' || c == '_') c = ' ';
    }
    return words;
}

std::string list_phrase(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::string indicators_phrase(const std::vector<std::string>& indicators) {
    std::vector<std::string> words;
    words.reserve(indicators.size());
    for (const auto& indicator : indicators) words.push_back(indicator_words(indicator));
    return list_phrase(words);
}

std::string days_phrase(int days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

}  // namespace imr::analyse
