#include "load/register_reader.hpp"

#include <algorithm>
#include <map>

#include "load/node_checker.hpp"
#include "normalise/name_resolver.hpp"
#include "util/edit_distance.hpp"
#include "util/text.hpp"

namespace imr::load {
namespace {

const std::vector<std::string> k_kinds{"dhr", "sar", "cspr"};

const std::vector<std::string> k_roles{"victim", "perpetrator", "child", "family",
                                       "friend", "partner",     "other"};

class Reader {
  public:
    Reader(const std::string& path, model::Diagnostics& diagnostics) : m_check(path, diagnostics) {}

    model::ReviewRegister read(const SourceNode& root) {
        model::ReviewRegister reg;
        reg.path = m_check.file();
        if (root.is_null()) {
            m_check.error(root, "missing-field", "the review register is empty",
                          "start it with 'format: imr-review/1'");
            return reg;
        }
        if (!m_check.expect_mapping(root, "a review register")) return reg;
        m_check.check_keys(root,
                           {"format", "review", "kind", "period", "parties", "agencies",
                            "indicators", "rules", "$schema"},
                           "the review register");
        if (auto format = m_check.text(root, "format", true, "add 'format: imr-review/1'");
            format && format->text != k_review_format) {
            m_check.error(
                *member(root, "format"), "bad-format",
                "a review register's format must be 'imr-review/1', not '" + format->text + "'",
                "write 'format: imr-review/1'");
        }
        if (auto review = m_check.text(root, "review", false)) reg.review = review->text;
        read_kind(root, reg);
        if (const SourceNode* period = member(root, "period"); period && !period->is_null()) {
            reg.period = m_check.period(*period, false, "period");
        }
        for_each_item(root, "parties", [&](const SourceNode& item) { read_party(item, reg); });
        for_each_item(root, "agencies", [&](const SourceNode& item) { read_agency(item, reg); });
        read_indicators(root, reg);
        read_rules(root, reg.rules);
        return reg;
    }

  private:
    template <typename Fn>
    void for_each_item(const SourceNode& root, std::string_view key, Fn fn) {
        const SourceNode* list = member(root, key);
        if (list == nullptr || list->is_null()) return;
        if (!list->is_sequence()) {
            m_check.error(*list, "wrong-type",
                          "'" + std::string(key) + "' must be a list, not " + describe(*list),
                          "start each item with '- id: ...'");
            return;
        }
        for (const auto& item : list->items) {
            if (m_check.expect_mapping(item, "an item of '" + std::string(key) + "'")) fn(item);
        }
    }

    // Registers a name that must mean one party (or one agency) only.
    void claim(std::map<std::string, std::string>& owners, const Located& name,
               const std::string& owner, std::string_view kind) {
        const std::string key = util::match_key(name.text);
        if (key.empty()) return;
        auto [it, inserted] = owners.emplace(key, owner);
        if (!inserted && it->second != owner) {
            m_check.error(name.loc, "ambiguous-name",
                          "'" + name.text + "' names both " + std::string(kind) + " '" +
                              it->second + "' and '" + owner + "'",
                          "give each name to one " + std::string(kind) + " only");
        }
    }

    // Whether no earlier party (or agency) has this id; if one has, reports it. Ids match
    // as names do, so 'M' and 'm' are one id.
    bool new_id(std::map<std::string, int>& ids, const Located& id, std::string_view kind,
                std::string_view kinds) {
        const std::string key = util::match_key(id.text);
        auto [it, inserted] = ids.emplace(key.empty() ? id.text : key, id.loc.line);
        if (inserted) return true;
        m_check.error(id.loc, "ambiguous-name",
                      "'" + id.text + "' is the id of two " + std::string(kinds) +
                          " (the first on line " + std::to_string(it->second) + ")",
                      "give each " + std::string(kind) + " its own id");
        return false;
    }

    void read_party(const SourceNode& node, model::ReviewRegister& reg) {
        m_check.check_keys(node, {"id", "role", "aliases", "private"}, "a party");
        auto id = m_check.text(node, "id", true, "give the party a pseudonym, e.g. 'id: M'");
        if (!id || !new_id(m_party_ids, *id, "party", "parties")) return;
        model::Party party;
        party.id = id->text;
        party.loc = m_check.loc(node);
        claim(m_party_names, *id, party.id, "party");
        if (auto role = m_check.text(node, "role", false)) {
            party.role = util::to_lower(role->text);
            bool known = false;
            for (const auto& r : k_roles) known = known || r == party.role;
            if (!known) {
                auto guess = util::nearest(role->text, k_roles);
                m_check.warning(*member(node, "role"), "unknown-role",
                                "unknown role '" + role->text + "'",
                                guess ? "did you mean '" + *guess + "'?"
                                      : "known roles: victim, perpetrator, child, family, friend, "
                                        "partner, other");
            }
        }
        for (auto& alias : m_check.text_list(node, "aliases")) {
            claim(m_party_names, alias, party.id, "party");
            party.aliases.push_back(alias.text);
        }
        for (auto& name : m_check.text_list(node, "private")) {
            claim(m_party_names, name, party.id, "party");
            party.private_names.push_back(name.text);
        }
        reg.parties.push_back(std::move(party));
    }

    void read_agency(const SourceNode& node, model::ReviewRegister& reg) {
        m_check.check_keys(node, {"id", "name", "aliases"}, "an agency");
        auto id = m_check.text(node, "id", true, "give the agency a short id, e.g. 'id: Police'");
        if (!id || !new_id(m_agency_ids, *id, "agency", "agencies")) return;
        model::Agency agency;
        agency.id = id->text;
        agency.loc = m_check.loc(node);
        auto name = m_check.text(node, "name", false);
        agency.name = name ? name->text : id->text;
        claim(m_agency_names, *id, agency.name, "agency");
        if (name) claim(m_agency_names, *name, agency.name, "agency");
        for (auto& alias : m_check.text_list(node, "aliases")) {
            claim(m_agency_names, alias, agency.name, "agency");
            agency.aliases.push_back(alias.text);
        }
        reg.agencies.push_back(std::move(agency));
    }

    // (1.1) The kind of review: dhr (the default), sar or cspr. An unknown kind is an
    // error: guessing would weigh the wrong concerns.
    void read_kind(const SourceNode& root, model::ReviewRegister& reg) {
        auto kind = m_check.text(root, "kind", false);
        if (!kind) return;
        const std::string lowered = util::to_lower(util::trim(kind->text));
        for (const auto& k : k_kinds) {
            if (k == lowered) {
                reg.kind = k;
                return;
            }
        }
        auto guess = util::nearest(lowered, k_kinds);
        m_check.error(
            kind->loc, "bad-kind", "unknown kind of review '" + kind->text + "'",
            guess ? "did you mean '" + *guess + "'? (dhr, sar or cspr)" : "write dhr, sar or cspr");
    }

    // An entry either adds aliases to a built-in indicator (its key is a built-in name) or
    // declares a new one. The review's words win over the built-in vocabulary's: an alias
    // the built-in list gives to another indicator is a warning naming both (1.1).
    void read_indicators(const SourceNode& root, model::ReviewRegister& reg) {
        const SourceNode* node = member(root, "indicators");
        if (node == nullptr || node->is_null()) return;
        if (!m_check.expect_mapping(*node, "'indicators'")) return;
        for (const auto& [key, value] : node->members) {
            if (!key.is_scalar()) continue;
            const bool builtin = normalise::is_builtin_indicator(key.scalar);
            const std::string canonical =
                builtin ? *normalise::builtin_indicator(key.scalar) : key.scalar;
            if (!builtin) {
                if (std::find(reg.new_indicators.begin(), reg.new_indicators.end(), key.scalar) ==
                    reg.new_indicators.end())
                    reg.new_indicators.push_back(key.scalar);
                collision({key.scalar, m_check.loc(key)}, canonical);
            }
            auto& aliases = reg.indicators[key.scalar];
            SourceNode holder;
            holder.kind = SourceNode::Kind::mapping;
            holder.members.emplace_back(key, value);
            for (auto& alias : m_check.text_list(holder, key.scalar)) {
                // The key's own words written again as an alias were warned about once.
                if (builtin || util::match_key(alias.text) != util::match_key(key.scalar))
                    collision(alias, canonical);
                aliases.push_back(alias.text);
            }
        }
    }

    // Warns when the built-in vocabulary gives `written` to an indicator other than
    // `canonical`: the review's meaning wins, and the author should know it does.
    void collision(const Located& written, const std::string& canonical) {
        auto other = normalise::builtin_indicator(written.text);
        if (!other || *other == canonical) return;
        model::Diagnostic d;
        d.severity = model::Severity::warning;
        d.code = "indicator-collision";
        d.loc = written.loc;
        d.message = "'" + written.text + "' is the built-in vocabulary's word for '" + *other +
                    "'; this review gives it to '" + canonical + "', and the review's meaning wins";
        d.hint = "if '" + written.text + "' should mean '" + *other +
                 "', remove it from the review's indicators";
        m_check.diagnostics().push_back(std::move(d));
    }

    void read_rules(const SourceNode& root, model::GapThresholds& rules) {
        const SourceNode* node = member(root, "rules");
        if (node == nullptr || node->is_null()) return;
        if (!m_check.expect_mapping(*node, "'rules'")) return;
        m_check.check_keys(*node,
                           {"receipt_window_days", "late_share_days", "critical_share_days",
                            "risk_current_days", "critical", "concerns"},
                           "'rules'");
        const auto days = [&](std::string_view key, int& target) {
            if (auto n = m_check.integer(*node, key, 0, 3660)) target = *n;
        };
        days("receipt_window_days", rules.receipt_window_days);
        days("late_share_days", rules.late_share_days);
        days("critical_share_days", rules.critical_share_days);
        days("risk_current_days", rules.risk_current_days);
        if (const SourceNode* critical = member(*node, "critical");
            critical && !critical->is_null()) {
            rules.critical.clear();
            for (auto& item : m_check.text_list(*node, "critical"))
                rules.critical.push_back(item.text);
        }
        if (const SourceNode* concerns = member(*node, "concerns");
            concerns && !concerns->is_null()) {
            rules.concerns.emplace();
            for (auto& item : m_check.text_list(*node, "concerns"))
                rules.concerns->push_back(item.text);
        }
    }

    NodeChecker m_check;
    std::map<std::string, std::string> m_party_names;
    std::map<std::string, std::string> m_agency_names;
    std::map<std::string, int> m_party_ids;  // match key -> line of the first
    std::map<std::string, int> m_agency_ids;
};

}  // namespace

model::ReviewRegister read_register(const SourceNode& root, const std::string& path,
                                    model::Diagnostics& diagnostics) {
    Reader reader(path, diagnostics);
    return reader.read(root);
}

}  // namespace imr::load
