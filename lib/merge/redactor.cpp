#include "merge/redactor.hpp"

#include <unordered_map>
#include <unordered_set>

#include "util/name_matcher.hpp"

namespace imr::merge {
namespace {

// What the traversal calls: `text` for the texts of one entry, `name` for names, which
// entries share, so that a visitor may work on each distinct name once.
struct TextVisitor {
    std::function<void(std::string&)> text;
    std::function<void(model::Name&)> name;
};

void visit_date(model::DateValue& date, const TextVisitor& visit) { visit.name(date.text); }

void visit_shares(std::vector<model::Share>& shares, const TextVisitor& visit) {
    for (auto& share : shares) {
        visit.name(share.agency);
        visit.name(share.loc.file);
        for (auto& about : share.about) visit.name(about);
        if (share.date) visit_date(*share.date, visit);
        visit.name(share.how);
    }
}

void visit_resolved(std::vector<ResolvedShare>& shares, const TextVisitor& visit) {
    for (auto& share : shares) {
        visit.name(share.agency);
        visit_date(share.date, visit);
        for (auto& about : share.about) visit.name(about);
        visit.text(share.how);
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

}  // namespace

namespace {

void visit_all(CombinedChronology& merged, const TextVisitor& visit) {
    visit.text(merged.review);
    for (auto& agency : merged.agencies) visit.text(agency);
    for (auto& m : merged.entries) {
        visit.name(m.agency);
        visit.name(m.file);
        for (auto& party : m.parties) visit.name(party);
        for (auto& indicator : m.indicators) visit.name(indicator);
        visit.name(m.risk_subject);
        visit_resolved(m.shared_with, visit);
        visit_resolved(m.received_from, visit);
        model::Entry& e = m.entry;
        visit.name(e.loc.file);
        visit_date(e.date, visit);
        visit.name(e.time_text);
        visit.text(e.ref);
        visit.name(e.type);
        for (auto& party : e.parties) visit.name(party);
        visit.text(e.summary);
        visit.text(e.action);
        visit.text(e.comment);
        for (auto& indicator : e.indicators) visit.name(indicator);
        if (e.risk) {
            visit.name(e.risk->tool);
            if (e.risk->score) visit.text(*e.risk->score);
            visit.name(e.risk->subject);
            visit.name(e.risk->loc.file);
        }
        visit_shares(e.shared_with, visit);
        visit_shares(e.received_from, visit);
    }
    for (auto& d : merged.diagnostics) {
        visit.name(d.loc.file);
        visit.text(d.code);
        visit.text(d.message);
        visit.text(d.hint);
    }
}

}  // namespace

void for_each_text(CombinedChronology& merged, const std::function<void(std::string&)>& visit) {
    // A name is shared by every entry that uses it: visit a copy, and take the result as
    // a name of its own when the visit changed it.
    visit_all(merged, {visit, [&](model::Name& name) {
                           std::string text = name.str();
                           visit(text);
                           if (text != name.str()) name = model::Name(text);
                       }});
}

bool find_private_names(CombinedChronology& merged, const model::ReviewRegister& review_register) {
    const PrivateNames names = private_names(review_register);
    if (names.names.empty()) return false;
    const util::NameMatcher matcher(names.names);
    bool found = false;
    std::unordered_set<const std::string*> checked;  // each distinct name once
    visit_all(merged, {[&](std::string& text) { found = found || matcher.contains_any(text); },
                       [&](model::Name& name) {
                           if (!found && checked.insert(&name.str()).second)
                               found = matcher.contains_any(name.str());
                       }});
    return found;
}

void redact(CombinedChronology& merged, const model::ReviewRegister& review_register) {
    const PrivateNames names = private_names(review_register);
    merged.redacted = true;
    merged.contains_private_names = false;
    if (names.names.empty()) return;
    const util::NameMatcher matcher(names.names);
    std::unordered_map<const std::string*, model::Name> redacted;  // each distinct name once
    visit_all(merged, {[&](std::string& text) { text = matcher.replace_all(text, names.ids); },
                       [&](model::Name& name) {
                           auto it = redacted.find(&name.str());
                           if (it == redacted.end()) {
                               it = redacted
                                        .emplace(&name.str(), model::Name(matcher.replace_all(
                                                                  name.str(), names.ids)))
                                        .first;
                           }
                           name = it->second;
                       }});
}

}  // namespace imr::merge
