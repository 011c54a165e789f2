#include "merge/redactor.hpp"

#include "util/phrase_matcher.hpp"

namespace imr::merge {
namespace {

void visit_date(model::DateValue& date, const std::function<void(std::string&)>& visit) {
    visit(date.text);
}

void visit_shares(std::vector<model::Share>& shares, const std::function<void(std::string&)>& visit) {
    for (auto& share : shares) {
        visit(share.agency);
        visit(share.loc.file);
        for (auto& about : share.about) visit(about);
        if (share.date) visit_date(*share.date, visit);
        visit(share.how);
    }
}

void visit_resolved(std::vector<ResolvedShare>& shares, const std::function<void(std::string&)>& visit) {
    for (auto& share : shares) {
        visit(share.agency);
        visit_date(share.date, visit);
        for (auto& about : share.about) visit(about);
        visit(share.how);
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

void for_each_text(MergedChronology& merged, const std::function<void(std::string&)>& visit) {
    visit(merged.review);
    for (auto& agency : merged.agencies) visit(agency);
    for (auto& m : merged.entries) {
        visit(m.agency);
        visit(m.file);
        for (auto& party : m.parties) visit(party);
        for (auto& indicator : m.indicators) visit(indicator);
        visit(m.risk_subject);
        visit_resolved(m.shared_with, visit);
        visit_resolved(m.received_from, visit);
        model::Entry& e = m.entry;
        visit(e.loc.file);
        visit_date(e.date, visit);
        visit(e.time_text);
        visit(e.ref);
        visit(e.type);
        for (auto& party : e.parties) visit(party);
        visit(e.summary);
        visit(e.action);
        visit(e.comment);
        for (auto& indicator : e.indicators) visit(indicator);
        if (e.risk) {
            visit(e.risk->tool);
            if (e.risk->score) visit(*e.risk->score);
            visit(e.risk->subject);
            visit(e.risk->loc.file);
        }
        visit_shares(e.shared_with, visit);
        visit_shares(e.received_from, visit);
    }
    for (auto& d : merged.diagnostics) {
        visit(d.loc.file);
        visit(d.code);
        visit(d.message);
        visit(d.hint);
    }
}

bool find_private_names(MergedChronology& merged, const model::ReviewRegister& review_register) {
    const PrivateNames names = private_names(review_register);
    if (names.names.empty()) return false;
    const util::PhraseMatcher matcher(names.names);
    bool found = false;
    for_each_text(merged, [&](std::string& text) { found = found || matcher.contains_any(text); });
    return found;
}

void redact(MergedChronology& merged, const model::ReviewRegister& review_register) {
    const PrivateNames names = private_names(review_register);
    merged.redacted = true;
    merged.contains_private_names = false;
    if (names.names.empty()) return;
    const util::PhraseMatcher matcher(names.names);
    for_each_text(merged, [&](std::string& text) { text = matcher.replace_all(text, names.ids); });
}

}  // namespace imr::merge
