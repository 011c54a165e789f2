#include "analyse/knowledge_matrix.hpp"

#include <algorithm>
#include <set>

#include "analyse/analysis.hpp"

namespace imr::analyse {
namespace {

// The date of a learning as written: the entry's own date when it is when the agency
// learnt it (a record, or a receipt dated by its entry), else the day the share reached it.
model::DateValue learnt_date(const Analysis& analysis, const Learning& l) {
    const auto& e = analysis.facts().entry(l.entry);
    if (e.entry.date.start == l.day) return e.entry.date;
    // A share with its own date ("late June 2014"): the receipt or send that carried it.
    if (l.how == LearntHow::received && l.from >= 0) {
        const std::string& from = analysis.agency(l.from);
        const std::string& to = analysis.agency(l.agency);
        for (const auto& r : e.received_from) {
            if (r.agency == from && r.date.start == l.day) return r.date;
        }
        for (const auto& s : e.shared_with) {
            if (s.agency == to && s.date.start == l.day) return s.date;
        }
    }
    model::DateValue day;
    const std::string iso = model::iso_date(l.day);
    day.text = iso;
    day.start = day.end = l.day;
    day.edtf = iso;
    return day;
}

PartyKnowledge party_knowledge(const Analysis& analysis, int party) {
    PartyKnowledge out;
    out.party = analysis.party(party);
    const auto& knowledge = analysis.knowledge();
    std::vector<std::string> names;
    for (int indicator : knowledge.indicators_about(party))
        names.push_back(analysis.indicator(indicator));
    analysis.scale().order(names);
    std::set<std::string> agencies;
    for (const auto& name : names) {
        KnowledgeRow row;
        row.indicator = name;
        const int indicator = *analysis.facts().indicators().find(name);
        for (const Learning* l : knowledge.first_knowers(party, indicator)) {
            KnowledgeCell cell;
            cell.agency = analysis.agency(l->agency);
            cell.day = l->day;
            cell.date = learnt_date(analysis, *l);
            cell.how = l->how;
            if (l->from >= 0) cell.from = analysis.agency(l->from);
            cell.evidence = analysis.evidence(l->entry);
            agencies.insert(cell.agency);
            row.cells.push_back(std::move(cell));
        }
        out.rows.push_back(std::move(row));
    }
    out.agencies.assign(agencies.begin(), agencies.end());
    return out;
}

}  // namespace

KnowledgeMatrix knowledge_matrix(const merge::CombinedChronology& merged, const GapContext& context,
                                 const std::optional<std::string>& party) {
    const Analysis analysis(merged, context);
    KnowledgeMatrix matrix;
    matrix.review = merged.review;
    const SymbolTable& parties = analysis.facts().parties();
    std::vector<std::string> chosen;
    if (party) {
        chosen.push_back(*party);
    } else {
        for (int id = 0; id < parties.size(); ++id) {
            if (analysis.is_focus(id)) chosen.push_back(parties.name(id));
        }
        std::sort(chosen.begin(), chosen.end());
    }
    for (const auto& name : chosen) {
        if (auto id = parties.find(name)) {
            matrix.parties.push_back(party_knowledge(analysis, *id));
        } else {
            matrix.parties.push_back({name, {}, {}});
        }
    }
    return matrix;
}

}  // namespace imr::analyse
