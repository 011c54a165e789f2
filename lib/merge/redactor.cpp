#include "merge/redactor.hpp"

#include "util/phrase_matcher.hpp"

namespace imr::merge {
namespace {

// A name is shared by every entry that uses it: visit a copy, and take the result
// as a name of its own when the visit changed it.
void visit_name(model::Name& name, const std::function<void(std::string&)>& visit) {
    std::string text = name.str();
    visit(text);
    if (text != name.str()) name = model::Name(text);
}

void visit_date(model::DateValue& date, const std::function<void(std::string&)>& visit) {
    visit_name(date.text, visit);
}

void visit_shares(std::vector<model::Share>& shares, const std::function<void(std::string&)>& visit) {
    for (auto& share : shares) {
        visit_name(share.agency, visit);
        visit_name(share.loc.file, visit);
        for (auto& about : share.about) visit_name(about, visit);
        if (share.date) visit_date(*share.date, visit);
        visit_name(share.how, visit);
    }
}

void visit_resolved(std::vector<ResolvedShare>& shares, const std::function<void(std::string&)>& visit) {
    for (auto& share : shares) {
        visit_name(share.agency, visit);
        visit_date(share.date, visit);
        for (auto& about : share.about) visit_name(about, visit);
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
        visit_name(m.agency, visit);
        visit_name(m.file, visit);
        for (auto& party : m.parties) visit_name(party, visit);
        for (auto& indicator : m.indicators) visit_name(indicator, visit);
        visit_name(m.risk_subject, visit);
        visit_resolved(m.shared_with, visit);
        visit_resolved(m.received_from, visit);
        model::Entry& e = m.entry;
        visit_name(e.loc.file, visit);
        visit_date(e.date, visit);
        visit_name(e.time_text, visit);
        visit(e.ref);
        visit_name(e.type, visit);
        for (auto& party : e.parties) visit_name(party, visit);
        visit(e.summary);
        visit(e.action);
        visit(e.comment);
        for (auto& indicator : e.indicators) visit_name(indicator, visit);
        if (e.risk) {
            visit_name(e.risk->tool, visit);
            if (e.risk->score) visit(*e.risk->score);
            visit_name(e.risk->subject, visit);
            visit_name(e.risk->loc.file, visit);
        }
        visit_shares(e.shared_with, visit);
        visit_shares(e.received_from, visit);
    }
    for (auto& d : merged.diagnostics) {
        visit_name(d.loc.file, visit);
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
