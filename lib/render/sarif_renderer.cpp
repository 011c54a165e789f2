// `imr validate --format sarif`: SARIF 2.1.0 (OASIS), the static-analysis format that
// code-scanning dashboards read. Rule ids are imr's stable diagnostic codes.
#include "render/sarif_renderer.hpp"

#include <map>
#include <ostream>

#include "render/diagnostics_renderer.hpp"
#include "render/json_values.hpp"
#include "util/version.hpp"

namespace imr::render {
namespace {

// A relative URI reference for a file path: unreserved characters and '/' kept, the
// rest percent-encoded (RFC 3986), so spaces and non-ASCII names stay valid URIs.
std::string uri_of(std::string_view path) {
    static const char* const k_hex = "0123456789ABCDEF";
    std::string out;
    for (char c : path) {
        const auto u = static_cast<unsigned char>(c);
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                          c == '/';
        if (keep) {
            out += c;
        } else {
            out += '%';
            out += k_hex[u >> 4];
            out += k_hex[u & 0xF];
        }
    }
    return out;
}

// "bad-date" reads as "Bad date".
std::string rule_description(const std::string& code) {
    std::string text = code;
    for (char& c : text) c = c == '-' ? ' ' : c;
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

void render_sarif(const model::Diagnostics& diagnostics, std::ostream& out) {
    std::map<std::string, int> rule_index;
    for (const auto& d : diagnostics) rule_index.emplace(d.code, 0);
    Json rules = Json::array();
    int index = 0;
    for (auto& [code, i] : rule_index) {
        i = index++;
        rules.push_back(Json{{"id", code},
                             {"name", code},
                             {"shortDescription", {{"text", rule_description(code)}}}});
    }
    Json results = Json::array();
    for (const auto& d : diagnostics) {
        Json result;
        result["ruleId"] = d.code;
        result["ruleIndex"] = rule_index[d.code];
        result["level"] = model::to_string(d.severity);  // SARIF has the same three levels
        result["message"] =
            Json{{"text", d.hint.empty() ? d.message : d.message + " (" + d.hint + ")"}};
        if (!d.loc.file.empty()) {
            Json physical;
            physical["artifactLocation"] = Json{{"uri", uri_of(d.loc.file)}};
            if (d.loc.line > 0) {
                Json region;
                region["startLine"] = d.loc.line;
                if (d.loc.column > 0) region["startColumn"] = d.loc.column;
                physical["region"] = std::move(region);
            }
            result["locations"] = Json::array({Json{{"physicalLocation", std::move(physical)}}});
        }
        results.push_back(std::move(result));
    }
    Json driver;
    driver["name"] = "imr";
    driver["version"] = k_version;
    driver["semanticVersion"] = k_version;
    driver["rules"] = std::move(rules);
    Json run;
    run["tool"] = Json{{"driver", std::move(driver)}};
    run["results"] = std::move(results);
    Json root;
    root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    root["version"] = "2.1.0";
    root["runs"] = Json::array({std::move(run)});
    write_json(root, out);
}

}  // namespace imr::render
