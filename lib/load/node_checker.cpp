#include "load/node_checker.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "normalise/date_normaliser.hpp"
#include "util/edit_distance.hpp"
#include "util/text.hpp"

namespace imr::load {

const SourceNode* member(const SourceNode& mapping, std::string_view key) {
    for (const auto& [k, v] : mapping.members) {
        if (k.is_scalar() && k.scalar == key) return &v;
    }
    return nullptr;
}

void NodeChecker::error(const SourceNode& node, std::string code, std::string message,
                        std::string hint) {
    error(loc(node), std::move(code), std::move(message), std::move(hint));
}

void NodeChecker::error(const model::SourceLoc& at, std::string code, std::string message,
                        std::string hint) {
    m_diagnostics.push_back(
        {model::Severity::error, std::move(code), at, std::move(message), std::move(hint)});
}

void NodeChecker::warning(const SourceNode& node, std::string code, std::string message,
                          std::string hint) {
    m_diagnostics.push_back({model::Severity::warning, std::move(code), loc(node),
                             std::move(message), std::move(hint)});
}

void NodeChecker::check_keys(const SourceNode& mapping,
                             std::initializer_list<std::string_view> known,
                             std::string_view where) {
    // This runs for every entry: no allocation unless something is wrong. Keys seen are
    // looked up among the earlier members while a mapping is small (an entry's dozen),
    // through a hash index once it is large (a hostile file's thousands).
    constexpr std::size_t k_scan = 32;
    std::unordered_map<std::string_view, const SourceNode*> seen;
    const auto first_of = [&](std::size_t at) -> const SourceNode* {
        const std::string& name = mapping.members[at].first.scalar;
        if (mapping.members.size() > k_scan) {
            return seen.emplace(name, &mapping.members[at].first).first->second;
        }
        for (std::size_t k = 0; k < at; ++k) {
            const SourceNode& earlier = mapping.members[k].first;
            if (earlier.is_scalar() && earlier.scalar == name) return &earlier;
        }
        return &mapping.members[at].first;
    };
    for (std::size_t at = 0; at < mapping.members.size(); ++at) {
        const SourceNode& key = mapping.members[at].first;
        if (!key.is_scalar()) {
            error(key, "wrong-type", "a key in " + std::string(where) + " is not a plain name",
                  "keys are single words such as 'summary'");
            continue;
        }
        if (const SourceNode* first = first_of(at); first != &key) {
            error(key, "duplicate-key",
                  "'" + key.scalar + "' is written twice in " + std::string(where) +
                      ", first on line " + std::to_string(first->line),
                  "keep one '" + key.scalar + "'; the tool will not choose between them");
        }
        bool is_known = false;
        for (auto k : known) is_known = is_known || k == key.scalar;
        if (is_known) continue;
        std::string hint;
        const std::vector<std::string> known_names(known.begin(), known.end());
        if (auto guess = util::nearest(key.scalar, known_names)) {
            hint = "did you mean '" + *guess + "'?";
        } else {
            std::string list;
            for (auto k : known) {
                if (k.front() == '$') continue;
                list += (list.empty() ? "" : ", ") + std::string(k);
            }
            hint = "known keys here: " + list;
        }
        warning(key, "unknown-key", "unknown key '" + key.scalar + "' in " + std::string(where),
                hint);
    }
}

bool NodeChecker::expect_mapping(const SourceNode& node, std::string_view what) {
    if (node.is_mapping()) return true;
    error(node, "wrong-type",
          std::string(what) + " must be a mapping of keys to values, not " + describe(node),
          "write it as 'key: value' lines indented under it");
    return false;
}

std::optional<Located> NodeChecker::text(const SourceNode& mapping, std::string_view key,
                                         bool required, std::string_view hint) {
    const SourceNode* value = member(mapping, key);
    if (value == nullptr || value->is_null()) {
        if (required) {
            error(value ? *value : mapping, "missing-field",
                  "'" + std::string(key) + "' is required" +
                      (value ? " but is empty" : " but missing"),
                  std::string(hint));
        }
        return std::nullopt;
    }
    if (!value->is_scalar()) {
        error(*value, "wrong-type",
              "'" + std::string(key) + "' must be a single value, not " + describe(*value),
              std::string(hint));
        return std::nullopt;
    }
    return Located{value->scalar, loc(*value)};
}

model::List<model::Name> NodeChecker::name_list(const SourceNode& mapping, std::string_view key) {
    std::vector<model::Name> names;
    for (auto& item : text_list(mapping, key)) names.emplace_back(item.text);
    return names;
}

std::vector<Located> NodeChecker::text_list(const SourceNode& mapping, std::string_view key) {
    std::vector<Located> out;
    const SourceNode* value = member(mapping, key);
    if (value == nullptr || value->is_null()) return out;
    if (value->is_scalar()) {
        out.push_back({value->scalar, loc(*value)});
        return out;
    }
    if (!value->is_sequence()) {
        error(*value, "wrong-type",
              "'" + std::string(key) + "' must be a list, not " + describe(*value),
              "write it as [a, b] or as '- a' lines");
        return out;
    }
    for (const auto& item : value->items) {
        if (item.is_scalar()) {
            out.push_back({item.scalar, loc(item)});
        } else if (!item.is_null()) {
            error(item, "wrong-type",
                  "an item of '" + std::string(key) + "' must be a single value, not " +
                      describe(item));
        }
    }
    return out;
}

std::optional<bool> NodeChecker::boolean(const SourceNode& mapping, std::string_view key) {
    const SourceNode* value = member(mapping, key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (value->is_scalar()) {
        const std::string lowered = util::to_lower(value->scalar);
        if (lowered == "true") return true;
        if (lowered == "false") return false;
    }
    error(*value, "wrong-type",
          "'" + std::string(key) + "' must be true or false" +
              (value->is_scalar() ? ", not '" + value->scalar + "'" : ""));
    return std::nullopt;
}

std::optional<int> NodeChecker::integer(const SourceNode& mapping, std::string_view key, int min,
                                        int max) {
    const SourceNode* value = member(mapping, key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (value->is_scalar() && !value->scalar.empty() && value->scalar.size() < 10 &&
        value->scalar.find_first_not_of("0123456789") == std::string::npos) {
        const int n = std::stoi(value->scalar);
        if (n >= min && n <= max) return n;
    }
    error(*value, "wrong-type",
          "'" + std::string(key) + "' must be a whole number from " + std::to_string(min) + " to " +
              std::to_string(max) + (value->is_scalar() ? ", not '" + value->scalar + "'" : ""));
    return std::nullopt;
}

std::optional<model::DateValue> NodeChecker::date(const SourceNode& node, bool mdy,
                                                  std::optional<WrittenTime>* time,
                                                  bool* by_order) {
    if (!node.is_scalar()) {
        error(node, "bad-date",
              "a date must be written as text, not " + std::string(describe(node)),
              "write a date such as 2 August 2013");
        return std::nullopt;
    }
    const auto order = mdy ? normalise::DateOrder::mdy : normalise::DateOrder::dmy;
    auto result = normalise::normalise_date(node.scalar, order);
    if (by_order != nullptr) *by_order = result ? result->by_order : result.error().by_order;
    // The text starts one column later when it is quoted.
    const int text_column = node.column + (node.style == SourceNode::Style::quoted ? 1 : 0);
    if (!result) {
        // The offset is in bytes; columns count characters (an en dash is three bytes).
        int characters = 0;
        const auto offset = static_cast<std::size_t>(std::max(0, result.error().offset));
        for (std::size_t i = 0; i < offset && i < node.scalar.size(); ++i) {
            if ((static_cast<unsigned char>(node.scalar[i]) & 0xC0) != 0x80) ++characters;
        }
        m_diagnostics.push_back({model::Severity::error,
                                 "bad-date",
                                 {m_file, node.line, text_column + characters},
                                 result.error().message,
                                 result.error().hint});
        return std::nullopt;
    }
    for (auto& w : result->warnings) {
        m_diagnostics.push_back({model::Severity::warning,
                                 "two-digit-year",
                                 {m_file, node.line, text_column},
                                 std::move(w),
                                 "write the year in full"});
    }
    if (time != nullptr && result->time) {
        *time = WrittenTime{*result->time, std::move(result->time_text)};
    }
    return std::move(result->value);
}

std::optional<model::Period> NodeChecker::period(const SourceNode& node, bool mdy,
                                                 std::string_view key) {
    if (!expect_mapping(node, "'" + std::string(key) + "'")) return std::nullopt;
    check_keys(node, {"from", "to"}, "'" + std::string(key) + "'");
    const SourceNode* from = member(node, "from");
    const SourceNode* to = member(node, "to");
    if (!from || !to || from->is_null() || to->is_null()) {
        error(node, "missing-field", "'" + std::string(key) + "' needs both 'from' and 'to'",
              "write it as {from: 1 May 2013, to: 3 July 2014}");
        return std::nullopt;
    }
    auto start = date(*from, mdy);
    auto end = date(*to, mdy);
    if (!start || !end) return std::nullopt;
    if (end->end < start->start) {
        error(*to, "bad-date",
              "'" + std::string(key) + "' ends before it starts ('" + end->text + "' is before '" +
                  start->text + "')",
              "swap 'from' and 'to'");
        return std::nullopt;
    }
    return model::Period{std::move(*start), std::move(*end)};
}

}  // namespace imr::load
