#include "render/entry_text.hpp"

namespace imr::render {
namespace {

std::string share_text(std::string_view direction, const merge::ResolvedShare& share,
                       const model::Entry& entry) {
    std::string text = std::string(direction) + " " + share.agency;
    std::vector<std::string> details;
    if (share.date.start != entry.date.start || share.date.end != entry.date.end) {
        details.push_back(model::iso_date(share.date.start));
    }
    if (!share.how.empty()) details.push_back(share.how);
    if (!share.about.empty()) details.push_back("about " + joined(share.about));
    if (!details.empty()) text += " (" + joined(details) + ")";
    return text;
}

}  // namespace

template <typename Texts>
std::string join_texts(const Texts& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += std::string_view(item);
    }
    return out;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    return join_texts(items, separator);
}

std::string joined(std::span<const model::Name> items, std::string_view separator) {
    return join_texts(items, separator);
}

std::string date_interval(const model::DateValue& date) {
    std::string out;
    if (date.precision != model::Precision::day || date.start != date.end) {
        out = model::iso_date(date.start);
        if (date.end != date.start) out += " to " + model::iso_date(date.end);
    }
    if (date.approximate) out += out.empty() ? "approximate" : ", approximate";
    return out;
}

std::string time_text(const merge::CombinedEntry& entry) {
    return entry.entry.time ? model::to_string(*entry.entry.time) : std::string();
}

std::vector<std::string> share_texts(const merge::CombinedEntry& entry) {
    std::vector<std::string> out;
    for (const auto& share : entry.shared_with) out.push_back(share_text("to", share, entry.entry));
    for (const auto& share : entry.received_from)
        out.push_back(share_text("from", share, entry.entry));
    return out;
}

std::string risk_text(const merge::CombinedEntry& entry) {
    if (!entry.entry.risk) return {};
    const model::Risk& risk = *entry.entry.risk;
    std::vector<std::string> parts;
    if (risk.level) parts.push_back(model::to_string(*risk.level));
    if (risk.score) parts.push_back("score " + *risk.score);
    if (!entry.risk_subject.empty()) parts.push_back("subject " + entry.risk_subject);
    std::string text = risk.tool.empty() ? std::string("risk") : risk.tool.str();
    return parts.empty() ? text : text + ": " + joined(parts);
}

std::string citation(const merge::CombinedEntry& entry) {
    return entry.file + ":" + std::to_string(entry.entry.loc.line);
}

std::map<std::string, int> entries_per_agency(const merge::CombinedChronology& merged) {
    std::map<std::string, int> counts;
    for (const auto& agency : merged.agencies) counts[agency] = 0;
    for (const auto& m : merged.entries) ++counts[m.agency];
    return counts;
}

}  // namespace imr::render
