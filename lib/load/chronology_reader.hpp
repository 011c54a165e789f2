#pragma once

#include <string>

#include "load/source_node.hpp"
#include "model/chronology.hpp"
#include "model/diagnostic.hpp"

namespace imr::load {

// The `format` value of a version 1 chronology.
inline constexpr const char* k_chronology_format = "imr-chronology/1";

// The entry `type` vocabulary of spec section 2.
inline constexpr const char* k_entry_types[] = {"contact", "incident",  "referral",
                                               "assessment", "disclosure", "meeting",
                                               "court",   "information-share", "other"};

// Interprets a parsed chronology file (spec section 2). Every problem becomes a
// diagnostic; entries whose required fields are readable are kept even when other
// fields have errors, so one run reports everything. Never throws on bad input.
model::Chronology read_chronology(const SourceNode& root, const std::string& path,
                                  const std::string& name, model::Diagnostics& diagnostics);

}  // namespace imr::load
