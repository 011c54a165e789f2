#include "load/chronology_reader.hpp"

#include "load/combined_reader.hpp"
#include "load/node_checker.hpp"
#include "normalise/date_normaliser.hpp"
#include "normalise/time_normaliser.hpp"
#include "util/edit_distance.hpp"
#include "util/text.hpp"

namespace imr::load {
namespace {

const char* const k_share_hows[] = {"phone", "letter", "email", "meeting", "system", "other"};

std::optional<model::RiskLevel> risk_level(std::string_view text) {
    const std::string key = util::match_key(text);
    if (key == "standard") return model::RiskLevel::standard;
    if (key == "low") return model::RiskLevel::low;
    if (key == "medium") return model::RiskLevel::medium;
    if (key == "high") return model::RiskLevel::high;
    if (key == "veryhigh") return model::RiskLevel::very_high;
    return std::nullopt;
}

// Whether a file's top-level mapping (so far) says `date_order: mdy`; as read() reads it.
bool says_mdy(const SourceNode& root) {
    const SourceNode* order = member(root, "date_order");
    return order != nullptr && order->is_scalar() && util::to_lower(order->scalar) == "mdy";
}

// The error for a time that disagrees with the time written in the entry's date.
void time_conflict(NodeChecker& check, const model::SourceLoc& at, const std::string& time,
                   const std::string& date, model::TimeOfDay date_time) {
    check.error(at, "time-conflict",
                "the time '" + time + "' disagrees with the date '" + date + "', which gives " +
                    model::to_string(date_time),
                "write the time once, or make the two agree");
}

class Reader {
  public:
    // With `log`, notes in it the dates whose reading depends on the date order.
    Reader(model::Name path, model::Diagnostics& diagnostics, DateOrderLog* log = nullptr)
        : m_check(path, diagnostics), m_log(log) {}

    // Interprets the file. With `streamed`, its `entries` were read already (their list
    // in `root` is empty) and their entries and diagnostics are taken from it, in the
    // place the tree's would have had: after those of the file's other keys.
    model::Chronology read(const SourceNode& root, const std::string& path, const std::string& name,
                           StreamedEntries* streamed = nullptr) {
        model::Chronology chronology;
        chronology.path = path;
        chronology.name = name;
        if (root.is_null()) {
            m_check.error(root, "missing-field", "the file is empty",
                          "start it with 'format: imr-chronology/1', 'agency:' and 'entries:'");
            return chronology;
        }
        if (!m_check.expect_mapping(root, "a chronology file")) return chronology;
        m_check.check_keys(
            root,
            {"format", "agency", "author", "review", "covers", "date_order", "entries", "$schema"},
            "the file");
        read_format(root);
        if (auto agency = m_check.text(root, "agency", true,
                                       "name the agency that wrote this chronology, e.g. "
                                       "'agency: Hertfordshire Constabulary'")) {
            chronology.agency = agency->text;
            chronology.agency_loc = agency->loc;
        }
        if (auto author = m_check.text(root, "author", false)) chronology.author = author->text;
        if (auto review = m_check.text(root, "review", false)) {
            chronology.review = review->text;
            chronology.review_loc = review->loc;
        }
        if (auto order = m_check.text(root, "date_order", false)) {
            const std::string lowered = util::to_lower(order->text);
            if (lowered == "mdy") {
                chronology.mdy = true;
            } else if (lowered != "dmy") {
                m_check.error(
                    *member(root, "date_order"), "bad-value",
                    "date_order must be dmy or mdy, not '" + order->text + "'",
                    "dmy reads 02/08/2013 as 2 August 2013, the UK way; mdy as 8 February 2013");
            }
        }
        if (const SourceNode* covers = member(root, "covers"); covers && !covers->is_null()) {
            chronology.covers = m_check.period(*covers, chronology.mdy, "covers");
        }
        const SourceNode* entries = member(root, "entries");
        if (entries == nullptr) {
            m_check.error(root, "missing-field", "'entries' is required but missing",
                          "add 'entries:' with one item per contact (it may be an empty list: [])");
        } else if (entries->is_sequence() && streamed != nullptr) {
            chronology.entry_count = streamed->count;
            chronology.entries = std::move(streamed->entries);
            // Growth by doubling leaves up to half the capacity unused, and a review's
            // entries are most of its memory: give it back (one file's copy at a time).
            chronology.entries.shrink_to_fit();
            auto& into = m_check.diagnostics();
            into.insert(into.end(), std::make_move_iterator(streamed->diagnostics.begin()),
                        std::make_move_iterator(streamed->diagnostics.end()));
        } else if (entries->is_sequence()) {
            chronology.entry_count = static_cast<int>(entries->items.size());
            for (const auto& item : entries->items) {
                if (auto entry = read_entry(item, chronology.mdy)) {
                    entry->index = static_cast<int>(chronology.entries.size());
                    chronology.entries.push_back(std::move(*entry));
                }
            }
        } else if (!entries->is_null()) {
            m_check.error(*entries, "wrong-type",
                          "'entries' must be a list, not " + std::string(describe(*entries)),
                          "start each entry with '- date: ...'");
        }
        return chronology;
    }

  private:
    void read_format(const SourceNode& root) {
        auto format =
            m_check.text(root, "format", true, "add 'format: imr-chronology/1' as the first line");
        if (!format || format->text == k_chronology_format) return;
        const SourceNode& node = *member(root, "format");
        if (format->text == "imr-review/1") {
            m_check.error(node, "bad-format",
                          "this is a review register, but its file name makes it a chronology",
                          "name the register review.yaml");
        } else if (util::starts_with(format->text, "imr-chronology/")) {
            m_check.error(node, "bad-format",
                          "format '" + format->text + "' is not supported by this version of imr",
                          "this version reads 'imr-chronology/1'");
        } else {
            m_check.error(node, "bad-format",
                          "format must be 'imr-chronology/1', not '" + format->text + "'",
                          "write 'format: imr-chronology/1'");
        }
    }

  public:
    // One item of `entries`: the entry when its required fields could be read.
    std::optional<model::Entry> read_entry(const SourceNode& node, bool mdy) {
        if (!m_check.expect_mapping(node, "an entry")) return std::nullopt;
        m_check.check_keys(
            node,
            {"date", "time", "ref", "type", "parties", "summary", "action", "comment", "indicators",
             "risk", "shared_with", "received_from", "significant", "historic"},
            "an entry");
        model::Entry entry;
        entry.loc = m_check.loc(node);
        bool ok = true;
        bool dated = true;

        const SourceNode* date = member(node, "date");
        std::optional<WrittenTime> date_time;  // "02/12/2013 14:05" gives the time too
        if (date == nullptr || date->is_null()) {
            m_check.error(date ? *date : node, "missing-field",
                          std::string("the entry's 'date' is ") + (date ? "empty" : "missing"),
                          "every entry needs a date; for an unknown date write the year or "
                          "'circa 2002'");
            ok = false;
        } else if (auto value = read_date(*date, mdy, DateOrderLog::Of::entry, 0, &date_time)) {
            entry.date = std::move(*value);
        } else {
            dated = false;
        }

        if (auto summary = m_check.text(node, "summary", true, "say in a sentence what happened")) {
            if (util::trim(summary->text).empty()) {
                m_check.error(*member(node, "summary"), "empty-summary",
                              "the entry's summary is empty", "say in a sentence what happened");
                ok = false;
            }
            entry.summary = std::move(summary->text);
        } else {
            ok = false;
        }

        if (auto time = m_check.text(node, "time", false)) {
            entry.time_text = time->text;
            auto parsed = normalise::normalise_time(time->text);
            const SourceNode& t = *member(node, "time");
            const std::size_t before = m_check.diagnostics().size();
            if (parsed) {
                entry.time = *parsed;
                if (date_time && date_time->time != *parsed) {
                    time_conflict(m_check, m_check.loc(t), time->text, date->scalar,
                                  date_time->time);
                }
            } else {
                m_check.error(t, "bad-time", parsed.error().message, parsed.error().hint);
            }
            if (m_log)
                note_time(t, time->text, parsed ? std::optional(*parsed) : std::nullopt, before);
        } else if (date_time) {
            entry.time = date_time->time;
            entry.time_text = date_time->text;
        }
        if (auto ref = m_check.text(node, "ref", false)) entry.ref = ref->text;
        if (auto type = m_check.text(node, "type", false)) {
            entry.type = type->text;
            check_type(*member(node, "type"), type->text);
        }
        entry.parties = m_check.name_list(node, "parties");
        if (auto action = m_check.text(node, "action", false))
            entry.action = std::move(action->text);
        if (auto comment = m_check.text(node, "comment", false))
            entry.comment = std::move(comment->text);
        entry.indicators = m_check.name_list(node, "indicators");
        if (const SourceNode* risk = member(node, "risk"); risk && !risk->is_null()) {
            entry.risk = read_risk(*risk);
        }
        entry.shared_with = read_shares(node, "shared_with", DateOrderLog::Of::shared_with, mdy);
        entry.received_from =
            read_shares(node, "received_from", DateOrderLog::Of::received_from, mdy);
        if (auto significant = m_check.boolean(node, "significant"))
            entry.significant = *significant;
        if (auto historic = m_check.boolean(node, "historic")) entry.historic = *historic;
        if (!ok || !dated) {
            if (ok && m_log) set_aside(std::move(entry));
            return std::nullopt;
        }
        return entry;
    }

  private:
    void check_type(const SourceNode& node, const std::string& type) {
        const std::string lowered = util::to_lower(type);
        for (const char* known : k_entry_types) {
            if (lowered == known) return;
        }
        std::vector<std::string> known(std::begin(k_entry_types), std::end(k_entry_types));
        auto guess = util::nearest(type, known);
        m_check.warning(node, "unknown-type", "unknown entry type '" + type + "'",
                        guess ? "did you mean '" + *guess + "'?"
                              : "known types: contact, incident, referral, assessment, disclosure, "
                                "meeting, court, information-share, other");
    }

    std::optional<model::Risk> read_risk(const SourceNode& node) {
        if (!m_check.expect_mapping(node, "'risk'")) return std::nullopt;
        m_check.check_keys(node, {"tool", "level", "score", "subject"}, "'risk'");
        model::Risk risk;
        risk.loc = m_check.loc(node);
        if (auto tool = m_check.text(node, "tool", false)) risk.tool = tool->text;
        if (auto level = m_check.text(node, "level", false)) {
            risk.level = risk_level(level->text);
            if (!risk.level) {
                m_check.error(*member(node, "level"), "bad-value",
                              "unknown risk level '" + level->text + "'",
                              "write standard, low, medium, high or very high");
            }
        }
        if (auto score = m_check.text(node, "score", false)) {
            const SourceNode& s = *member(node, "score");
            if (s.style == SourceNode::Style::quoted && score->text.empty()) {
                m_check.error(s, "wrong-type", "'score' is empty");
            } else if (score->text.find_first_not_of("0123456789.") != std::string::npos) {
                m_check.error(s, "wrong-type",
                              "'score' must be a number, not '" + score->text + "'",
                              "write the number only, e.g. 'score: 14'");
            } else {
                risk.score = score->text;
            }
        }
        if (auto subject = m_check.text(node, "subject", false)) risk.subject = subject->text;
        return risk;
    }

    // `list` says which list it is, for the DateOrderLog.
    std::vector<model::Share> read_shares(const SourceNode& entry, std::string_view key,
                                          DateOrderLog::Of list, bool mdy) {
        std::vector<model::Share> shares;
        const SourceNode* node = member(entry, key);
        if (node == nullptr || node->is_null()) return shares;
        if (node->is_scalar() || node->is_mapping()) {
            if (auto share = read_share(*node, key, list, 0, mdy))
                shares.push_back(std::move(*share));
            return shares;
        }
        for (const auto& item : node->items) {
            if (auto share = read_share(item, key, list, shares.size(), mdy))
                shares.push_back(std::move(*share));
        }
        return shares;
    }

    // `place`: where the share will stand in its list, if it is read.
    std::optional<model::Share> read_share(const SourceNode& node, std::string_view key,
                                           DateOrderLog::Of list, std::size_t place, bool mdy) {
        model::Share share;
        share.loc = m_check.loc(node);
        if (node.is_scalar()) {
            share.agency = node.scalar;
            return share;
        }
        const std::string where = "an item of '" + std::string(key) + "'";
        if (!node.is_mapping()) {
            m_check.error(node, "wrong-type",
                          where + " must be an agency name or {agency: ..., about: [...]}, not " +
                              describe(node));
            return std::nullopt;
        }
        m_check.check_keys(node, {"agency", "about", "date", "how"}, where);
        auto agency = m_check.text(node, "agency", true, "name the agency, e.g. {agency: CPS}");
        if (!agency) return std::nullopt;
        share.agency = agency->text;
        share.about = m_check.name_list(node, "about");
        if (const SourceNode* date = member(node, "date"); date && !date->is_null()) {
            share.date = read_date(*date, mdy, list, place);
        }
        if (auto how = m_check.text(node, "how", false)) {
            share.how = util::to_lower(how->text);
            bool known = false;
            for (const char* h : k_share_hows) known = known || share.how == h;
            if (!known) {
                m_check.warning(*member(node, "how"), "unknown-how",
                                "unknown way of sharing '" + how->text + "'",
                                "write phone, letter, email, meeting, system or other");
            }
        }
        return share;
    }

    // m_check.date, noting in the log a date whose reading depends on the order.
    std::optional<model::DateValue> read_date(const SourceNode& node, bool mdy, DateOrderLog::Of of,
                                              std::size_t place,
                                              std::optional<WrittenTime>* time = nullptr) {
        const std::size_t first = m_check.diagnostics().size();
        bool by_order = false;
        auto value = m_check.date(node, mdy, time, &by_order);
        if (m_log && by_order) {
            m_log->dates.push_back({node.scalar, node.line, node.column,
                                    node.style == SourceNode::Style::quoted, of, place, first,
                                    m_check.diagnostics().size() - first});
        }
        return value;
    }

    // Whether the entry being read has its own date in the log.
    bool own_date_logged() const {
        return m_log->dates.size() > m_log->next.dates_begin &&
               m_log->dates[m_log->next.dates_begin].of == DateOrderLog::Of::entry;
    }

    // Notes the entry's `time`, as written and read, and where a time-conflict diagnostic
    // went or would go.
    void note_time(const SourceNode& node, const std::string& text,
                   std::optional<model::TimeOfDay> time, std::size_t first) {
        if (!own_date_logged()) return;
        DateOrderLog::Entry& next = m_log->next;
        next.time_written = true;
        next.time = time;
        next.time_text = text;
        next.time_line = node.line;
        next.time_column = node.column;
        next.conflict_first = first;
        next.conflict_count = time ? m_check.diagnostics().size() - first : 0;
    }

    // Keeps an entry dropped for its date alone, when month first may read the date.
    void set_aside(model::Entry&& entry) {
        if (!own_date_logged()) return;
        m_log->next.set_aside = static_cast<int>(m_log->set_aside.size());
        m_log->set_aside.push_back(std::move(entry));
    }

    NodeChecker m_check;
    DateOrderLog* m_log;
};

}  // namespace

model::Chronology read_chronology(const SourceNode& root, const std::string& path,
                                  const std::string& name, model::Diagnostics& diagnostics) {
    Reader reader(path, diagnostics);
    return reader.read(root, path, name);
}

ChronologyStream::ChronologyStream(std::string path, std::string name)
    : m_path(std::move(path)), m_file(m_path), m_name(std::move(name)) {}

bool ChronologyStream::take_entries(const SourceNode& root_so_far) {
    // Only a file that has said it is a chronology: a register or a combined chronology
    // is read whole, and so is a file that says what it is after its entries (or never).
    const SourceNode* format = root_so_far.find("format");
    if (format == nullptr) return false;
    if (format->is_scalar() &&
        (format->scalar == "imr-review/1" || format->scalar == k_combined_format))
        return false;
    if (member(root_so_far, "date_order") != nullptr) {
        m_mdy = says_mdy(root_so_far);
    } else {
        m_mdy = false;  // the default, unless `date_order` turns up after the entries
        m_mdy_assumed = true;
    }
    m_took = true;
    return true;
}

void ChronologyStream::entry(SourceNode& item) {
    DateOrderLog* log = m_mdy_assumed ? &m_log : nullptr;
    if (log) {
        log->next = {};
        log->next.kept_before = m_streamed.entries.size();
        log->next.dates_begin = log->dates.size();
    }
    Reader reader(m_file, m_streamed.diagnostics, log);
    ++m_streamed.count;
    auto entry = reader.read_entry(item, m_mdy);
    if (log && log->dates.size() > log->next.dates_begin) {
        log->next.kept = entry.has_value();
        log->next.dates_end = log->dates.size();
        log->entries.push_back(std::move(log->next));
    }
    if (entry) {
        entry->index = static_cast<int>(m_streamed.entries.size());
        m_streamed.entries.push_back(std::move(*entry));
    }
}

void ChronologyStream::read_month_first() {
    model::Diagnostics& old_diagnostics = m_streamed.diagnostics;
    std::vector<model::Entry>& entries = m_streamed.entries;  // changed in place: they are
                                                              // most of the file's memory
    model::Diagnostics diagnostics;
    NodeChecker check(m_file, diagnostics);
    std::size_t next_diagnostic = 0;
    std::vector<std::size_t> dropped;  // kept entries whose date month first is no date
    std::vector<std::pair<std::size_t, model::Entry*>> revived;  // set aside: read now, to
                                                                 // stand before entries[first]
    // The streamed diagnostics up to `until` stand; those in [until, resume) are replaced.
    const auto keep_diagnostics = [&](std::size_t until, std::size_t resume) {
        diagnostics.insert(
            diagnostics.end(),
            std::make_move_iterator(old_diagnostics.begin() +
                                    static_cast<std::ptrdiff_t>(next_diagnostic)),
            std::make_move_iterator(old_diagnostics.begin() + static_cast<std::ptrdiff_t>(until)));
        next_diagnostic = resume;
    };
    for (DateOrderLog::Entry& logged : m_log.entries) {
        model::Entry* entry = nullptr;  // none when dropped for more than its date
        if (logged.kept) {
            entry = &entries[logged.kept_before];
        } else if (logged.set_aside >= 0) {
            entry = &m_log.set_aside[static_cast<std::size_t>(logged.set_aside)];
        }
        bool dated = logged.kept;
        for (std::size_t i = logged.dates_begin; i < logged.dates_end; ++i) {
            const DateOrderLog::Date& date = m_log.dates[i];
            keep_diagnostics(date.first, date.first + date.count);
            SourceNode node;
            node.kind = SourceNode::Kind::scalar;
            node.style = date.quoted ? SourceNode::Style::quoted : SourceNode::Style::plain;
            node.line = date.line;
            node.column = date.column;
            node.scalar = date.text;
            std::optional<WrittenTime> date_time;
            auto value = check.date(node, true, &date_time);
            if (date.of != DateOrderLog::Of::entry) {
                if (entry) {
                    auto& shares = date.of == DateOrderLog::Of::shared_with ? entry->shared_with
                                                                            : entry->received_from;
                    std::vector<model::Share> redated = shares.to_vector();
                    redated[date.place].date = value;
                    shares = redated;
                }
                continue;
            }
            dated = value.has_value();
            if (entry && value) entry->date = std::move(*value);
            if (!logged.time_written) {
                if (entry) {
                    entry->time = date_time ? std::optional(date_time->time) : std::nullopt;
                    entry->time_text = date_time ? model::Name(date_time->text) : model::Name();
                }
            } else if (logged.time) {
                keep_diagnostics(logged.conflict_first,
                                 logged.conflict_first + logged.conflict_count);
                if (date_time && date_time->time != *logged.time) {
                    time_conflict(check, {m_file, logged.time_line, logged.time_column},
                                  logged.time_text, date.text, date_time->time);
                }
            }
        }
        if (logged.kept && !dated) dropped.push_back(logged.kept_before);
        if (!logged.kept && entry && dated) revived.emplace_back(logged.kept_before, entry);
    }
    keep_diagnostics(old_diagnostics.size(), old_diagnostics.size());
    m_streamed.diagnostics = std::move(diagnostics);
    if (dropped.empty() && revived.empty()) return;
    // Out go the dropped, front to back; each revived entry's place moves up with them.
    std::size_t kept = 0;
    for (std::size_t i = 0, d = 0; i < entries.size(); ++i) {
        if (d < dropped.size() && dropped[d] == i) {
            ++d;
            continue;
        }
        if (kept != i) entries[kept] = std::move(entries[i]);
        ++kept;
    }
    entries.resize(kept);
    for (std::size_t r = 0, d = 0; r < revived.size(); ++r) {
        while (d < dropped.size() && dropped[d] < revived[r].first) ++d;
        revived[r].first -= d;
    }
    // In come the revived, back to front, each before the entry it preceded in the file.
    entries.resize(kept + revived.size());
    std::size_t to = entries.size();
    std::size_t from = kept;
    for (std::size_t r = revived.size(); r-- > 0;) {
        while (from > revived[r].first) entries[--to] = std::move(entries[--from]);
        entries[--to] = std::move(*revived[r].second);
    }
    for (std::size_t i = 0; i < entries.size(); ++i) entries[i].index = static_cast<int>(i);
}

model::Chronology ChronologyStream::finish(const SourceNode& root,
                                           model::Diagnostics& diagnostics) {
    if (m_took && m_mdy_assumed && root.is_mapping() && says_mdy(root)) read_month_first();
    m_log = {};
    Reader reader(m_path, diagnostics);
    return reader.read(root, m_path, m_name, m_took ? &m_streamed : nullptr);
}

}  // namespace imr::load
