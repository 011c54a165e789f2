#include "load/combined_reader.hpp"

#include <date/date.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "load/node_checker.hpp"

namespace imr::load {
namespace {

std::optional<model::DayNumber> iso_day(const std::string& text) {
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%d-%u-%u%c", &y, &m, &d, &tail) != 3) return std::nullopt;
    const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return static_cast<model::DayNumber>(date::sys_days{ymd}.time_since_epoch().count());
}

std::optional<model::Precision> precision_of(const std::string& text) {
    for (auto p : {model::Precision::day, model::Precision::month, model::Precision::year,
                   model::Precision::part_month, model::Precision::season, model::Precision::range,
                   model::Precision::week, model::Precision::part_year}) {
        if (text == model::to_string(p)) return p;
    }
    return std::nullopt;
}

std::optional<model::RiskLevel> level_of(const std::string& text) {
    for (auto l : {model::RiskLevel::standard, model::RiskLevel::low, model::RiskLevel::medium,
                   model::RiskLevel::high, model::RiskLevel::very_high}) {
        if (text == model::to_string(l)) return l;
    }
    return std::nullopt;
}

class CombinedReader {
  public:
    CombinedReader(const std::string& path, model::Diagnostics& diagnostics)
        : m_check(path, diagnostics) {}

    std::vector<model::Chronology> read(const SourceNode& root, const std::string& path) {
        std::map<std::string, model::Chronology> files;
        const SourceNode* entries = member(root, "entries");
        if (entries == nullptr || !entries->is_sequence()) {
            m_check.error(entries ? *entries : root, "missing-field",
                          "a combined chronology needs a list of 'entries'");
            return {};
        }
        std::string review;
        if (auto name = m_check.text(root, "review", false)) review = name->text;
        for (const auto& node : entries->items) {
            if (!m_check.expect_mapping(node, "an entry")) continue;
            const SourceNode* source = member(node, "source");
            auto agency = m_check.text(node, "agency", true);
            if (!agency) continue;
            if (source == nullptr || !m_check.expect_mapping(*source, "'source'")) {
                if (!source)
                    m_check.error(node, "missing-field", "the entry's 'source' is missing");
                continue;
            }
            auto file = m_check.text(*source, "file", true);
            auto line = m_check.integer(*source, "line", 0, 100'000'000);
            if (!file || !line) continue;
            auto entry = read_entry(node);
            if (!entry) continue;
            entry->loc = {file->text, *line, 0};
            model::Chronology& chronology = files[file->text];
            if (chronology.name.empty()) {
                chronology.path = path;
                chronology.name = file->text;
                chronology.agency = agency->text;
                chronology.agency_loc = agency->loc;
                chronology.review = review;
            } else if (chronology.agency != agency->text) {
                m_check.error(agency->loc, "bad-value",
                              "'" + file->text + "' is cited for agency '" + chronology.agency +
                                  "' and for '" + agency->text + "'",
                              "one file holds one agency's chronology");
                continue;
            }
            chronology.entries.push_back(std::move(*entry));
        }
        std::vector<model::Chronology> out;
        for (auto& [name, chronology] : files) {
            // Entries in their order in the agency's file, which is the order of their lines.
            std::stable_sort(chronology.entries.begin(), chronology.entries.end(),
                             [](const model::Entry& a, const model::Entry& b) {
                                 return a.loc.line < b.loc.line;
                             });
            for (std::size_t i = 0; i < chronology.entries.size(); ++i)
                chronology.entries[i].index = static_cast<int>(i);
            chronology.entry_count = static_cast<int>(chronology.entries.size());
            out.push_back(std::move(chronology));
        }
        return out;
    }

  private:
    std::optional<model::DateValue> read_date(const SourceNode& node) {
        if (!m_check.expect_mapping(node, "'date'")) return std::nullopt;
        auto text = m_check.text(node, "text", true);
        auto start = m_check.text(node, "start", true);
        auto end = m_check.text(node, "end", true);
        auto precision = m_check.text(node, "precision", true);
        auto approximate = m_check.boolean(node, "approximate");
        auto edtf = m_check.text(node, "edtf", false);
        if (!text || !start || !end || !precision) return std::nullopt;
        model::DateValue value;
        value.text = text->text;
        auto first = iso_day(start->text), last = iso_day(end->text);
        auto p = precision_of(precision->text);
        if (!first || !last || !p || *last < *first) {
            m_check.error(node, "bad-date",
                          "the normalised date '" + start->text + "' to '" + end->text + "' (" +
                              precision->text + ") is not one imr writes",
                          "re-create the combined chronology with 'imr merge --format json'");
            return std::nullopt;
        }
        value.start = *first;
        value.end = *last;
        value.precision = *p;
        value.approximate = approximate.value_or(false);
        value.edtf = edtf ? edtf->text : std::string();
        return value;
    }

    std::vector<model::Share> read_shares(const SourceNode& entry, std::string_view key,
                                          const model::DateValue& date) {
        std::vector<model::Share> shares;
        const SourceNode* list = member(entry, key);
        if (list == nullptr || !list->is_sequence()) return shares;
        for (const auto& node : list->items) {
            if (!m_check.expect_mapping(node, "a share")) continue;
            auto agency = m_check.text(node, "agency", true);
            if (!agency) continue;
            model::Share share;
            share.agency = agency->text;
            share.loc = m_check.loc(node);
            share.about = m_check.name_list(node, "about");
            if (auto how = m_check.text(node, "how", false)) share.how = how->text;
            // Only a share's own date is written as a day; the entry's date stays an interval.
            if (auto day = m_check.text(node, "date", false);
                day && day->text != model::iso_date(date.start)) {
                if (auto number = iso_day(day->text)) {
                    share.date = model::DateValue{
                        day->text, *number, *number, model::Precision::day, false, day->text};
                } else {
                    m_check.error(
                        day->loc, "bad-date",
                        "'" + day->text + "' is not a date as imr writes them (YYYY-MM-DD)");
                }
            }
            shares.push_back(std::move(share));
        }
        return shares;
    }

    std::optional<model::Entry> read_entry(const SourceNode& node) {
        model::Entry entry;
        const SourceNode* date = member(node, "date");
        auto summary = m_check.text(node, "summary", true);
        if (date == nullptr) m_check.error(node, "missing-field", "the entry's 'date' is missing");
        if (date == nullptr || !summary) return std::nullopt;
        auto value = read_date(*date);
        if (!value) return std::nullopt;
        entry.date = std::move(*value);
        entry.summary = summary->text;
        if (auto time = m_check.text(node, "time", false)) {
            int h = 0, m = 0;
            if (std::sscanf(time->text.c_str(), "%d:%d", &h, &m) == 2 && h >= 0 && h < 24 &&
                m >= 0 && m < 60) {
                entry.time = model::TimeOfDay{h * 60 + m};
                entry.time_text = time->text;
            } else {
                m_check.error(time->loc, "bad-time",
                              "'" + time->text + "' is not a time as imr writes them (HH:MM)");
            }
        }
        if (auto ref = m_check.text(node, "ref", false)) entry.ref = ref->text;
        if (auto type = m_check.text(node, "type", false)) entry.type = type->text;
        entry.parties = m_check.name_list(node, "parties");
        if (auto action = m_check.text(node, "action", false)) entry.action = action->text;
        if (auto comment = m_check.text(node, "comment", false)) entry.comment = comment->text;
        entry.indicators = m_check.name_list(node, "indicators");
        if (const SourceNode* risk = member(node, "risk"); risk && risk->is_mapping()) {
            model::Risk r;
            r.loc = m_check.loc(*risk);
            if (auto tool = m_check.text(*risk, "tool", false)) r.tool = tool->text;
            if (auto level = m_check.text(*risk, "level", false)) r.level = level_of(level->text);
            if (auto score = m_check.text(*risk, "score", false)) r.score = score->text;
            if (auto subject = m_check.text(*risk, "subject", false)) r.subject = subject->text;
            entry.risk = std::move(r);
        }
        entry.shared_with = read_shares(node, "shared_with", entry.date);
        entry.received_from = read_shares(node, "received_from", entry.date);
        if (auto significant = m_check.boolean(node, "significant"))
            entry.significant = *significant;
        if (auto historic = m_check.boolean(node, "historic")) entry.historic = *historic;
        return entry;
    }

    NodeChecker m_check;
};

}  // namespace

bool says_combined(const SourceNode& root) {
    const SourceNode* format = root.is_mapping() ? root.find("format") : nullptr;
    return format && format->is_scalar() && format->scalar == k_combined_format;
}

std::vector<model::Chronology> read_combined(const SourceNode& root, const std::string& path,
                                             model::Diagnostics& diagnostics) {
    CombinedReader reader(path, diagnostics);
    return reader.read(root, path);
}

}  // namespace imr::load
