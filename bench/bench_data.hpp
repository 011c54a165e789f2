#pragma once

// In-memory review files for the micro benchmarks: the same kinds of entries
// bench/generate.py writes (dates in several forms, aliases, shares), made in C++ so a
// benchmark needs no files. Deterministic: entry i is always the same text.
#include <cstdio>
#include <string>

namespace imr::bench {

inline const char* const k_bench_register = R"(format: imr-review/1
review: Benchmark DHR
period: {from: 1 January 2010, to: 28 June 2014}
parties:
  - {id: K, role: victim, aliases: [Ms K, the victim, client, patient], private: [Karen Fictional]}
  - {id: D, role: perpetrator, aliases: [Mr D, ex-partner, AP], private: [Darren Madeup]}
  - {id: C1, role: child, aliases: [child, son]}
agencies:
  - {id: Police, name: Northvale Constabulary, aliases: [NVC, Northvale Police]}
  - {id: Hospital, name: Riverside General Hospital, aliases: [RGH, A&E]}
  - {id: GP, name: Millbrook Surgery, aliases: [the GP]}
)";

// The date of entry i, in one of the common written forms, spread over 2010-2013.
inline std::string bench_date(int i) {
    static const char* const months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    const int day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 2010 + (i / 336) % 4;
    char text[64];
    switch (i % 5) {
        case 0:
            std::snprintf(text, sizeof text, "%d %s %d", day, months[month - 1], year);
            break;
        case 1:
            std::snprintf(text, sizeof text, "%02d/%02d/%d", day, month, year);
            break;
        case 2:
            std::snprintf(text, sizeof text, "%d-%02d-%02d", year, month, day);
            break;
        case 3:
            std::snprintf(text, sizeof text, "%s %d", months[month - 1], year);
            break;
        default:
            std::snprintf(text, sizeof text, "late %s %d", months[month - 1], year);
            break;
    }
    return text;
}

// A chronology of `entries` entries, about 450 bytes each, in YAML or JSON.
inline std::string bench_chronology(int entries, bool json) {
    std::string out;
    out.reserve(static_cast<std::size_t>(entries) * 480 + 256);
    const char* summary =
        "Officers attended K's flat after a call from a neighbour. K said she did not want to make "
        "a "
        "statement. The officer noted that C1 was asleep upstairs during the incident.";
    if (json) {
        out += "{\n  \"format\": \"imr-chronology/1\",\n  \"agency\": \"NVC\",\n  \"entries\": [";
        for (int i = 0; i < entries; ++i) {
            out += i ? ",\n" : "\n";
            out +=
                "    {\n      \"date\": \"" + bench_date(i) + "\",\n      \"time\": \"23:40\",\n";
            out += "      \"ref\": \"NVC-" + std::to_string(i) +
                   "\",\n      \"type\": \"incident\",\n";
            out += "      \"parties\": [\"Ms K\", \"ex-partner\", \"son\"],\n      \"summary\": \"";
            out += summary;
            out +=
                "\",\n      \"action\": \"DASH completed: medium. Referral to the IDVA "
                "service.\",\n";
            out += "      \"indicators\": [\"DV\", \"injury\", \"child-present\"],\n";
            out +=
                "      \"shared_with\": [{\"agency\": \"A&E\", \"about\": [\"injury\"], \"how\": "
                "\"phone\"}]\n    }";
        }
        out += "\n  ]\n}\n";
        return out;
    }
    out += "format: imr-chronology/1\nagency: NVC\nentries:\n";
    for (int i = 0; i < entries; ++i) {
        out +=
            "  - date: " + bench_date(i) + "\n    time: \"23:40\"\n    ref: NVC-" +
            std::to_string(i) +
            "\n    type: incident\n    parties: [Ms K, ex-partner, son]\n    summary: >-\n      ";
        out += summary;
        out +=
            "\n    action: \"DASH completed: medium. Referral to the IDVA service.\"\n"
            "    indicators: [DV, injury, child-present]\n"
            "    shared_with:\n      - {agency: A&E, about: [injury], how: phone}\n\n";
    }
    return out;
}

}  // namespace imr::bench
