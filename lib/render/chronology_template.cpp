#include "render/chronology_template.hpp"

#include <algorithm>
#include <vector>

#include "normalise/name_resolver.hpp"

namespace imr::render {
namespace {

// Quotes a value for YAML when it would otherwise be read as something else.
std::string yaml_text(const std::string& text) {
    if (text.find_first_of(":#'\"{}[],&*!|>%@`") == std::string::npos && !text.empty() &&
        text.front() != ' ' && text.back() != ' ' && text.front() != '-' && text.front() != '?') {
        return text;
    }
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

void list_register(const model::ReviewRegister& reg, std::ostream& out) {
    out << "#\n# Parties in this review: write them by id (or an alias); real names are\n"
           "# matched but never printed.\n";
    for (const auto& party : reg.parties) {
        out << "#   " << party.id;
        if (!party.role.empty()) out << " (" << party.role << ")";
        if (!party.aliases.empty()) {
            out << ": also";
            for (std::size_t i = 0; i < party.aliases.size(); ++i)
                out << (i ? ", " : " ") << party.aliases[i];
        }
        out << "\n";
    }
    out << "#\n# Agencies in this review (for shared_with and received_from):\n";
    for (const auto& agency : reg.agencies) {
        out << "#   " << agency.name;
        if (agency.id != agency.name) out << " (" << agency.id << ")";
        out << "\n";
    }
}

// The party ids the template's examples use: the register's victim and perpetrator (or
// its first two parties), so that the examples are this review's own.
struct ExampleParties {
    std::string list = "M, J";  // for `parties: []`
    std::string subject = "M";  // for `risk.subject`
    std::string note;           // "K the victim, D the perpetrator"
};

ExampleParties example_parties(const model::ReviewRegister* reg) {
    ExampleParties example;
    if (!reg || reg->parties.empty()) return example;
    std::vector<const model::Party*> chosen;
    for (const char* role : {"victim", "perpetrator"}) {
        for (const auto& party : reg->parties) {
            if (party.role == role) {
                chosen.push_back(&party);
                break;
            }
        }
    }
    for (const auto& party : reg->parties) {
        if (chosen.size() >= 2) break;
        if (std::find(chosen.begin(), chosen.end(), &party) == chosen.end())
            chosen.push_back(&party);
    }
    example.list.clear();
    for (const auto* party : chosen) {
        example.list += (example.list.empty() ? "" : ", ") + party->id;
        if (!party->role.empty())
            example.note += (example.note.empty() ? "" : ", ") + party->id + " the " + party->role;
    }
    example.subject = chosen.front()->id;
    return example;
}

}  // namespace

void write_chronology_template(const std::string& agency, const model::ReviewRegister* reg,
                               const std::string& schema_path, std::ostream& out) {
    out << "# yaml-language-server: $schema=" << schema_path << "\n";
    out << "# IMR chronology for " << agency
        << ". One entry per contact, in any order: imr sorts them.\n"
           "# Check it with: imr validate THIS-FILE\n";
    if (reg) list_register(*reg, out);
    out << "#\n# Indicators (or common aliases such as DV, TTK, threats to kill):\n#  ";
    int column = 3;
    for (const auto& name : normalise::builtin_indicators()) {
        if (column + name.size() + 1 > 88) {
            out << "\n#  ";
            column = 3;
        }
        out << " " << name;
        column += static_cast<int>(name.size()) + 1;
    }
    out << "\n\n";
    out << "format: imr-chronology/1\n";
    out << "agency: " << yaml_text(agency) << "\n";
    out << "author:              # your role, not your name, e.g. IMR author, Safeguarding Team\n";
    if (reg && !reg->review.empty()) {
        out << "review: " << yaml_text(reg->review) << "\n";
    } else {
        out << "review:              # the review's name\n";
    }
    if (reg && reg->period) {
        out << "covers: {from: " << reg->period->from.text << ", to: " << reg->period->to.text
            << "}   # the period your IMR covers\n";
    } else {
        out << "# covers: {from: 1 May 2013, to: 3 July 2014}   # the period your IMR covers\n";
    }
    out << "date_order: dmy      # dmy reads 02/08/2013 as 2 August 2013; mdy as 8 February\n";
    const ExampleParties parties = example_parties(reg);
    out << R"(entries:
  - date:              # required: 2 August 2013, 02/08/2013, August 2013, late March 2014,
                       #   25 June – 3 July 2013, circa 2002, ...
    time:              # optional: 23:40, 2340hrs, 11.40pm
    ref:               # optional: your record or incident number
    type:              # contact, incident, referral, assessment, disclosure, meeting,
                       #   court, information-share or other
    parties: []        # who was involved, by id or alias, e.g. [)"
        << parties.list << "]" << (parties.note.empty() ? "" : " (" + parties.note + ")") << R"(
    summary:           # required: what happened, in your agency's words
    action:            # optional: what your agency did
    comment:           # optional: your analysis as IMR author
    indicators: []     # optional: see the list above
    # risk: {tool: DASH, level: medium, score: 9, subject: )"
        << parties.subject << R"(}
    shared_with: []    # agencies you told, or {agency: X, about: [indicators], date: ..., how: phone}
    received_from: []  # agencies that told you
    significant: false # true for a key event
    # historic: true   # context from before the review period: no outside-period warning
)";
}

}  // namespace imr::render
