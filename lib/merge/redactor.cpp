#include "merge/redactor.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "util/name_matcher.hpp"
#include "util/thread_pool.hpp"

namespace imr::merge {
namespace {

// Every text and name of an entry, as written and as resolved, for `v`: v.text(t) for
// the agency's texts, v.name(n) for names, which entries share, so that a visitor may
// work on each distinct name once, and v.each(list, f) to call f on each item of a list.
// `Entry` is CombinedEntry or const CombinedEntry: one traversal serves readers and editors.
template <typename Entry, typename Visitor>
void visit_entry(Entry& m, Visitor& v) {
    const auto date = [&](auto& value) { v.name(value.text); };
    const auto names = [&](auto& list) { v.each(list, [&](auto& name) { v.name(name); }); };
    v.name(m.agency);
    v.name(m.file);
    names(m.party_ids);
    names(m.indicators);
    v.name(m.risk_subject);
    const auto resolved = [&](auto& share) {
        v.name(share.agency);
        date(share.date);
        names(share.about);
        v.name(share.how);
    };
    v.each(m.shared_with, resolved);
    v.each(m.received_from, resolved);
    auto& e = m.entry;
    v.name(e.loc.file);
    date(e.date);
    v.name(e.time_text);
    v.text(e.ref);
    v.name(e.type);
    names(e.parties);
    v.text(e.summary);
    v.text(e.action);
    v.text(e.comment);
    names(e.indicators);
    if (e.risk) {
        v.name(e.risk->tool);
        if (e.risk->score) v.text(*e.risk->score);
        v.name(e.risk->subject);
        v.name(e.risk->loc.file);
    }
    const auto written = [&](auto& share) {
        v.name(share.agency);
        v.name(share.loc.file);
        names(share.about);
        if (share.date) date(*share.date);
        v.name(share.how);
    };
    v.each(e.shared_with, written);
    v.each(e.received_from, written);
}

// The texts outside the entries: the review, the agencies and the diagnostics.
template <typename Chronology, typename Visitor>
void visit_rest(Chronology& merged, Visitor& v) {
    v.text(merged.review);
    for (auto& agency : merged.agencies) v.text(agency);
    for (auto& d : merged.diagnostics) {
        v.name(d.loc.file);
        v.text(d.code);
        v.text(d.message);
        v.text(d.hint);
    }
}

struct PrivateNames {
    std::vector<std::string> names;
    std::vector<std::string> ids;
};

PrivateNames private_names(const model::ReviewRegister& review_register) {
    PrivateNames out;
    for (const auto& party : review_register.parties) {
        for (const auto& name : party.private_names) {
            out.names.push_back(name);
            out.ids.push_back(party.id);
        }
    }
    return out;
}

// Reads only, and stops at the first private name; a name (shared by many entries) is
// checked once.
struct Finder {
    const util::NameMatcher& matcher;
    std::unordered_set<const void*> checked;
    std::array<const void*, 512> recent{};  // the names just seen: an entry's are its neighbours'
    bool found = false;
    void text(std::string_view text) { found = found || matcher.contains_any(text); }
    void name(const model::Name& name) {
        const void* key = name.data();
        const void*& slot = recent[(reinterpret_cast<std::uintptr_t>(key) >> 3) % recent.size()];
        if (found || slot == key) return;
        slot = key;
        if (checked.insert(key).second) found = matcher.contains_any(name);
    }
    template <typename List, typename Visit>
    void each(const List& list, const Visit& visit) {
        for (const auto& item : list) visit(item);
    }
};

// Edits: a text or list that changes is stored anew; one that does not is left alone.
struct Redactor {
    const util::NameMatcher& matcher;
    const PrivateNames& names;
    std::unordered_map<const void*, model::Name> redacted;  // each distinct name once
    void text(std::string& text) { text = matcher.replace_all(text, names.ids); }
    void text(model::Text& text) {
        std::string replaced = matcher.replace_all(text, names.ids);
        if (replaced != text.view()) text = model::Text(replaced);
    }
    void name(model::Name& name) {
        auto it = redacted.find(name.data());
        if (it == redacted.end()) {
            it = redacted.emplace(name.data(), model::Name(matcher.replace_all(name, names.ids)))
                     .first;
        }
        name = it->second;
    }
    template <typename T, typename Visit>
    void each(model::List<T>& list, const Visit& visit) {
        if (list.empty()) return;
        std::vector<T> items = list.to_vector();
        for (auto& item : items) visit(item);
        if (!std::equal(items.begin(), items.end(), list.begin(), list.end())) list = items;
    }
};

}  // namespace

bool find_private_names(const CombinedChronology& merged,
                        const model::ReviewRegister& review_register, unsigned jobs) {
    const PrivateNames names = private_names(review_register);
    if (names.names.empty()) return false;
    const util::NameMatcher matcher(names.names);
    // The entries are split between `jobs` threads, each with a Finder of its own.
    Finder rest{matcher, {}, {}, false};
    visit_rest(merged, rest);
    if (rest.found) return true;
    const std::size_t parts = std::max(1u, jobs);
    std::vector<char> found(parts, 0);
    util::parallel_for(parts, jobs, [&](std::size_t part) {
        Finder finder{matcher, {}, {}, false};
        const std::size_t n = merged.entries.size();
        for (std::size_t i = n * part / parts; i < n * (part + 1) / parts && !finder.found; ++i)
            visit_entry(merged.entries[i], finder);
        found[part] = finder.found;
    });
    return std::find(found.begin(), found.end(), 1) != found.end();
}

void redact(CombinedChronology& merged, const model::ReviewRegister& review_register) {
    const PrivateNames names = private_names(review_register);
    merged.redacted = true;
    merged.contains_private_names = false;
    if (names.names.empty()) return;
    const util::NameMatcher matcher(names.names);
    Redactor redactor{matcher, names, {}};
    visit_rest(merged, redactor);
    for (auto& m : merged.entries) visit_entry(m, redactor);
}

}  // namespace imr::merge
