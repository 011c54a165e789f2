#include "normalise/name_usage.hpp"

#include <algorithm>
#include <map>

#include "normalise/name_resolver.hpp"
#include "util/text.hpp"

namespace imr::normalise {
namespace {

constexpr const char* k_private_placeholder = "[private name]";

class Collector {
  public:
    Collector(const NameTable& table, const std::set<std::string>& private_keys)
        : m_table(table), m_private_keys(private_keys) {}

    void note(const std::string& written, const std::string& file) {
        const bool is_private = m_private_keys.count(util::match_key(written)) > 0 ||
                                m_private_keys.count(fingerprint(written)) > 0;
        const std::string shown = is_private ? k_private_placeholder : written;
        auto resolved = m_table.resolve(written);
        // One row per written form; a private name's rows are one per party.
        const std::string key = shown + '\x1f' + resolved.value_or("");
        NameUse& use = m_uses[key];
        if (use.count == 0) {
            use.written = shown;
            use.resolved = resolved;
            if (!resolved) use.suggestion = m_table.suggest(written);
        }
        ++use.count;
        use.files.insert(file);
    }

    std::vector<NameUse> take() {
        std::vector<NameUse> out;
        for (auto& [key, use] : m_uses) out.push_back(std::move(use));
        std::stable_sort(out.begin(), out.end(), [](const NameUse& a, const NameUse& b) {
            return a.resolved.has_value() < b.resolved.has_value();
        });
        return out;
    }

  private:
    const NameTable& m_table;
    const std::set<std::string>& m_private_keys;
    std::map<std::string, NameUse> m_uses;
};

}  // namespace

NameUsage collect_name_usage(const model::ReviewInput& input) {
    return collect_name_usage(input, [&](const auto& visit) {
        for (const auto& chronology : input.chronologies) {
            for (const auto& entry : chronology.entries) visit(entry, chronology.name);
        }
    });
}

NameUsage collect_name_usage(const model::ReviewInput& input, const EntryWalk& entries) {
    const model::ReviewRegister* reg = input.review_register ? &*input.review_register : nullptr;
    const NameResolver names(reg);
    std::set<std::string> private_keys;
    std::set<std::string> mentioned;
    if (reg) {
        for (const auto& party : reg->parties) {
            for (const auto& name : party.private_names) {
                private_keys.insert(util::match_key(name));
                private_keys.insert(fingerprint(name));
            }
        }
    }
    Collector parties(names.parties(), private_keys);
    Collector agencies(names.agencies(), private_keys);
    Collector indicators(names.indicators(), private_keys);
    const auto shares = [&](const model::List<model::Share>& list, const std::string& file) {
        for (const auto& share : list) {
            agencies.note(share.agency, file);
            for (const auto& about : share.about) indicators.note(about, file);
        }
    };
    for (const auto& chronology : input.chronologies) {
        if (!chronology.agency.empty()) agencies.note(chronology.agency, chronology.name);
    }
    entries([&](const model::Entry& entry, const std::string& file) {
        for (const auto& party : entry.parties) {
            parties.note(party, file);
            if (auto id = names.party(party)) mentioned.insert(*id);
        }
        if (entry.risk && !entry.risk->subject.empty()) {
            parties.note(entry.risk->subject, file);
            if (auto id = names.party(entry.risk->subject)) mentioned.insert(*id);
        }
        for (const auto& indicator : entry.indicators) indicators.note(indicator, file);
        shares(entry.shared_with, file);
        shares(entry.received_from, file);
    });
    NameUsage usage;
    usage.has_register = reg != nullptr;
    usage.parties = parties.take();
    usage.agencies = agencies.take();
    usage.indicators = indicators.take();
    if (reg) {
        for (const auto& party : reg->parties) {
            if (!mentioned.count(party.id)) usage.unused_parties.push_back(party.id);
        }
    }
    return usage;
}

}  // namespace imr::normalise
