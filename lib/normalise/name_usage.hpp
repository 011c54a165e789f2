#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/review_register.hpp"

namespace imr::normalise {

// How one written name resolved, across the whole review folder.
struct NameUse {
    std::string written;                    // as written; "[private name]" for a real name
    std::optional<std::string> resolved;    // canonical name or party id; nothing if unresolved
    std::optional<std::string> suggestion;  // for an unresolved name: the nearest known one
    int count = 0;
    std::set<std::string> files;
};

// Every name written in a review, by kind, for `imr parties`.
struct NameUsage {
    std::vector<NameUse> parties;
    std::vector<NameUse> agencies;
    std::vector<NameUse> indicators;
    std::vector<std::string> unused_parties;  // register ids no file mentions
    bool has_register = false;
};

// Collects how every party (entries' `parties`, `risk.subject`), agency (`agency`,
// `shared_with`, `received_from`) and indicator (`indicators`, shares' `about`) written
// in the input resolved. Written forms that are a party's private name are shown as
// "[private name]", never as written. Sorted: unresolved first, then by written form.
NameUsage collect_name_usage(const model::ReviewInput& input);

// Calls its argument with every entry and the name of its file, in any order.
using EntryWalk =
    std::function<void(const std::function<void(const model::Entry&, const std::string&)>&)>;

// The same, for entries that have left `input` (moved into a merged chronology):
// `entries` walks them; `input` still gives the register and each file's `agency`.
NameUsage collect_name_usage(const model::ReviewInput& input, const EntryWalk& entries);

}  // namespace imr::normalise
