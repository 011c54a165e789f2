// The JSON Schemas in schemas/ are a contract with agencies' editors and CI:
// every example review folder must validate against them, they must reject
// what the format rejects, and every property must carry help text.
//
// YAML files are converted to nlohmann::json here (valijson 1.0's YAML
// adapter does not compile for validation). Conversion follows the YAML 1.2
// core schema the editors use: a plain scalar that looks like a number or a
// boolean becomes one, a quoted scalar always stays a string.

#include <gtest/gtest.h>

#include <yaml-cpp/yaml.h>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "support/yaml_to_json.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#ifndef IMR_SOURCE_DIR
#define IMR_SOURCE_DIR "."
#endif

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path sourceDir() { return fs::path(IMR_SOURCE_DIR); }
fs::path schemaPath(const std::string& name) { return sourceDir() / "schemas" / name; }

std::string lowerExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool isDataFile(const fs::path& p) {
    const std::string name = p.filename().string();
    if (name.empty() || name.front() == '.') return false;  // hidden files are ignored (spec 1)
    const std::string ext = lowerExtension(p);
    return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

bool isReviewFile(const fs::path& p) { return p.stem().string() == "review"; }

json loadDocument(const fs::path& p) {
    if (lowerExtension(p) == ".json") {
        std::ifstream in(p);
        if (!in) throw std::runtime_error("cannot open " + p.string());
        return json::parse(in);
    }
    return imr::test::yaml_to_json(YAML::LoadFile(p.string()));
}

json loadJsonFile(const fs::path& p) {
    std::ifstream in(p);
    if (!in) throw std::runtime_error("cannot open " + p.string());
    return json::parse(in);
}

// --- valijson --------------------------------------------------------------

// Owns the schema document and the parsed valijson schema.
struct LoadedSchema {
    json document;
    valijson::Schema schema;
};

std::unique_ptr<LoadedSchema> loadSchema(const std::string& name) {
    auto loaded = std::make_unique<LoadedSchema>();
    loaded->document = loadJsonFile(schemaPath(name));
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(loaded->document);
    parser.populateSchema(adapter, loaded->schema);
    return loaded;
}

// valijson's context is {"<root>", "[entries]", "[3]", "[summary]"}; print it
// as a JSON path: $.entries[3].summary
std::string jsonPath(const std::vector<std::string>& context) {
    std::string out = "$";
    for (const std::string& part : context) {
        if (part == "<root>") continue;
        std::string inner = part;
        if (inner.size() >= 2 && inner.front() == '[' && inner.back() == ']')
            inner = inner.substr(1, inner.size() - 2);
        const bool index =
            !inner.empty() && std::all_of(inner.begin(), inner.end(),
                                          [](unsigned char c) { return std::isdigit(c) != 0; });
        out += index ? "[" + inner + "]" : "." + inner;
    }
    return out;
}

// Returns one "file: path: message" line per validation error.
std::vector<std::string> validate(const valijson::Schema& schema, const json& doc,
                                  const std::string& label) {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(doc);
    std::vector<std::string> errors;
    if (!validator.validate(schema, target, &results)) {
        valijson::ValidationResults::Error error;
        while (results.popError(error))
            errors.push_back(label + ": " + jsonPath(error.context) + ": " + error.description);
        if (errors.empty()) errors.push_back(label + ": invalid (no detail)");
    }
    return errors;
}

std::vector<fs::path> sortedEntries(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<fs::path> exampleFolders() {
    std::vector<fs::path> out;
    const fs::path examples = sourceDir() / "examples";
    if (!fs::is_directory(examples)) return out;
    for (const auto& p : sortedEntries(examples))
        if (fs::is_directory(p)) out.push_back(p);
    return out;
}

// Walks a schema and records every property that lacks a title or description.
void findUndescribed(const json& node, const std::string& where,
                     std::vector<std::string>& missing) {
    if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            findUndescribed(node[i], where + "/" + std::to_string(i), missing);
        return;
    }
    if (!node.is_object()) return;
    if (auto props = node.find("properties"); props != node.end() && props->is_object()) {
        for (const auto& [name, sub] : props->items()) {
            const std::string at = where + "/properties/" + name;
            for (const char* key : {"title", "description"}) {
                auto it = sub.find(key);
                if (!sub.is_object() || it == sub.end() || !it->is_string() ||
                    it->get<std::string>().empty())
                    missing.push_back(at + " has no " + key);
            }
        }
    }
    for (const auto& [key, sub] : node.items()) {
        // const/enum/default values are data, not schemas.
        if (key == "const" || key == "enum" || key == "default") continue;
        findUndescribed(sub, where + "/" + key, missing);
    }
}

const char* const kSchemaComment =
    "# yaml-language-server: $schema=../../schemas/imr-chronology.schema.json";

json minimalChronology() {
    return json::parse(R"({
        "format": "imr-chronology/1",
        "agency": "Northvale Police",
        "entries": [
            {"date": "2 August 2013", "time": "23:40", "summary": "Neighbour reported shouting."}
        ]
    })");
}

}  // namespace

// --- the schemas themselves -------------------------------------------------

TEST(SchemaFiles, AreValidJsonWithIdAndDraft07) {
    for (const char* name : {"imr-chronology.schema.json", "imr-review.schema.json"}) {
        SCOPED_TRACE(name);
        json doc;
        ASSERT_NO_THROW(doc = loadJsonFile(schemaPath(name)));
        ASSERT_TRUE(doc.is_object());
        EXPECT_EQ(doc.value("$schema", ""), "http://json-schema.org/draft-07/schema#");
        EXPECT_FALSE(doc.value("$id", "").empty());
        EXPECT_FALSE(doc.value("title", "").empty());
        EXPECT_FALSE(doc.value("description", "").empty());
        EXPECT_NO_THROW(loadSchema(name)) << "valijson cannot parse " << name;
    }
}

TEST(SchemaFiles, EveryPropertyHasTitleAndDescription) {
    for (const char* name : {"imr-chronology.schema.json", "imr-review.schema.json"}) {
        SCOPED_TRACE(name);
        const json doc = loadJsonFile(schemaPath(name));
        std::vector<std::string> missing;
        findUndescribed(doc, "#", missing);
        for (const auto& m : missing) ADD_FAILURE() << name << ": " << m;
    }
}

TEST(SchemaFiles, DescribeTheSpecVocabularies) {
    const json chron = loadJsonFile(schemaPath("imr-chronology.schema.json"));
    const json& entry = chron["definitions"]["entry"];
    EXPECT_EQ(chron["properties"]["format"]["const"], "imr-chronology/1");
    EXPECT_EQ(chron["required"], json::parse(R"(["format","agency","entries"])"));
    EXPECT_EQ(entry["required"], json::parse(R"(["date","summary"])"));
    EXPECT_EQ(entry["properties"]["type"]["anyOf"][0]["enum"].size(), 9U);
    const json& levels = chron["definitions"]["risk"]["properties"]["level"]["enum"];
    for (const char* level : {"standard", "low", "medium", "high", "very high", "High", "HIGH",
                              "Very High", "VERY HIGH"})
        EXPECT_NE(std::find(levels.begin(), levels.end(), level), levels.end()) << level;
    const json review = loadJsonFile(schemaPath("imr-review.schema.json"));
    EXPECT_EQ(review["properties"]["format"]["const"], "imr-review/1");
    EXPECT_EQ(review["definitions"]["party"]["properties"]["role"]["enum"].size(), 7U);
}

// --- the YAML conversion used below ----------------------------------------

TEST(SchemaYaml, PlainScalarsBecomeTypedQuotedStayStrings) {
    const json doc = imr::test::yaml_to_json(YAML::Load(
        "a: 9\nb: \"9\"\nc: true\nd: 'true'\ne: 2.5\nf: 2013-08-02\ng: \"23:40\"\nh: 0740\n"
        "i: ~\nj: 2340hrs\nk: [1, x]\n"));
    EXPECT_EQ(doc["a"], 9);
    EXPECT_EQ(doc["b"], "9");
    EXPECT_EQ(doc["c"], true);
    EXPECT_EQ(doc["d"], "true");
    EXPECT_EQ(doc["e"], 2.5);
    EXPECT_EQ(doc["f"], "2013-08-02");
    EXPECT_EQ(doc["g"], "23:40");
    EXPECT_EQ(doc["h"], 740);
    EXPECT_TRUE(doc["i"].is_null());
    EXPECT_EQ(doc["j"], "2340hrs");
    EXPECT_EQ(doc["k"], json::parse(R"([1, "x"])"));
}

// --- every example folder validates ---------------------------------------

TEST(SchemaExamples, EveryExampleFileValidates) {
    const auto chronology = loadSchema("imr-chronology.schema.json");
    const auto review = loadSchema("imr-review.schema.json");
    const auto folders = exampleFolders();
    ASSERT_FALSE(folders.empty()) << "no folders under " << (sourceDir() / "examples");
    std::size_t checked = 0;
    for (const auto& folder : folders) {
        for (const auto& file : sortedEntries(folder)) {
            if (!fs::is_regular_file(file) || !isDataFile(file)) continue;
            const std::string label = fs::relative(file, sourceDir()).string();
            json doc;
            try {
                doc = loadDocument(file);
            } catch (const std::exception& e) {
                ADD_FAILURE() << label << ": cannot be read: " << e.what();
                continue;
            }
            const auto& schema = isReviewFile(file) ? review->schema : chronology->schema;
            for (const auto& error : validate(schema, doc, label)) ADD_FAILURE() << error;
            ++checked;
        }
    }
    EXPECT_GT(checked, 0U);
}

TEST(SchemaExamples, RiversideFolderIsComplete) {
    const fs::path folder = sourceDir() / "examples" / "riverside-dhr";
    ASSERT_TRUE(fs::is_directory(folder)) << folder;
    EXPECT_TRUE(fs::is_regular_file(folder / "review.yaml"));
    EXPECT_TRUE(fs::is_regular_file(folder.parent_path() / "riverside-dhr.md"));
    std::size_t chronologies = 0, jsonFiles = 0, ymlFiles = 0, entries = 0;
    for (const auto& file : sortedEntries(folder)) {
        if (!isDataFile(file) || isReviewFile(file)) continue;
        SCOPED_TRACE(file.filename().string());
        ++chronologies;
        const json doc = loadDocument(file);
        ASSERT_TRUE(doc.contains("entries"));
        entries += doc["entries"].size();
        if (lowerExtension(file) == ".json") {
            ++jsonFiles;
            EXPECT_EQ(doc.value("$schema", ""), "../../schemas/imr-chronology.schema.json");
        } else {
            if (lowerExtension(file) == ".yml") ++ymlFiles;
            std::ifstream in(file);
            std::string first;
            std::getline(in, first);
            EXPECT_EQ(first, kSchemaComment);
        }
    }
    EXPECT_GE(chronologies, 7U);
    EXPECT_GE(jsonFiles, 2U);
    EXPECT_GE(ymlFiles, 1U);
    EXPECT_GE(entries, 70U);
}

// --- what the schema must reject -------------------------------------------

TEST(SchemaNegative, MinimalChronologyIsValid) {
    const auto chronology = loadSchema("imr-chronology.schema.json");
    const auto errors = validate(chronology->schema, minimalChronology(), "minimal");
    EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors.front());
}

TEST(SchemaNegative, EntryWithoutSummaryFails) {
    const auto chronology = loadSchema("imr-chronology.schema.json");
    json doc = minimalChronology();
    doc["entries"][0].erase("summary");
    const auto errors = validate(chronology->schema, doc, "no-summary");
    ASSERT_FALSE(errors.empty());
    const bool named = std::any_of(errors.begin(), errors.end(), [](const std::string& e) {
        return e.find("$.entries[0]") != std::string::npos;
    });
    EXPECT_TRUE(named) << "errors do not name the entry: " << errors.front();
}

TEST(SchemaNegative, BlankSummaryFails) {
    const auto chronology = loadSchema("imr-chronology.schema.json");
    json doc = minimalChronology();
    doc["entries"][0]["summary"] = "   ";
    EXPECT_FALSE(validate(chronology->schema, doc, "blank-summary").empty());
}

TEST(SchemaNegative, FormatVersionTwoFails) {
    const auto chronology = loadSchema("imr-chronology.schema.json");
    json doc = minimalChronology();
    doc["format"] = "imr-chronology/2";
    const auto errors = validate(chronology->schema, doc, "v2");
    ASSERT_FALSE(errors.empty());
    EXPECT_NE(errors.front().find("$.format"), std::string::npos) << errors.front();
}

TEST(SchemaNegative, FormatVersionTwoInYamlFails) {
    const auto chronology = loadSchema("imr-chronology.schema.json");
    const json doc = imr::test::yaml_to_json(YAML::Load(
        "format: imr-chronology/2\nagency: NVC\nentries:\n  - date: 2 Aug 2013\n    summary: x\n"));
    EXPECT_FALSE(validate(chronology->schema, doc, "v2.yaml").empty());
}

TEST(SchemaNegative, MissingRequiredTopLevelKeysFail) {
    const auto chronology = loadSchema("imr-chronology.schema.json");
    for (const char* key : {"format", "agency", "entries"}) {
        json doc = minimalChronology();
        doc.erase(key);
        EXPECT_FALSE(validate(chronology->schema, doc, key).empty()) << key;
    }
}

TEST(SchemaNegative, BadVocabularyAndTypesFail) {
    const auto chronology = loadSchema("imr-chronology.schema.json");
    const auto bad = [&](const char* patch) {
        json doc = minimalChronology();
        doc["entries"][0].merge_patch(json::parse(patch));
        return !validate(chronology->schema, doc, patch).empty();
    };
    EXPECT_TRUE(bad(R"({"type": ["incident"]})"));
    EXPECT_TRUE(bad(R"({"risk": {"level": "severe"}})"));
    EXPECT_TRUE(bad(R"({"risk": {"score": "nine"}})"));
    EXPECT_TRUE(bad(R"({"date": ["2009"]})"));
    EXPECT_TRUE(bad(R"({"date": ""})"));
    EXPECT_TRUE(bad(R"({"significant": "yes"})"));
    EXPECT_TRUE(bad(R"({"shared_with": [{"about": ["injury"]}]})"));  // no agency
    EXPECT_TRUE(bad(R"({"shared_with": [{"agency": "GP", "how": "fax"}]})"));
    EXPECT_FALSE(
        bad(R"({"risk": {"tool": "DASH", "level": "Very High", "score": 17, "subject": "K"}})"));
    EXPECT_FALSE(bad(
        R"({"shared_with": ["CPS", {"agency": "GP", "about": ["injury"], "date": "5 May 2014", "how": "letter"}]})"));
    EXPECT_FALSE(bad(R"({"some_new_key": 1})"));  // unknown keys are the tool's warnings
    // What imr reads, an editor must not mark red (tests/scripts/schema_check.py checks
    // every accepted fixture with a second validator too).
    EXPECT_FALSE(bad(R"({"type": "incidnet"})"));  // a warning from imr, with a suggestion
    EXPECT_FALSE(bad(R"({"date": 2009})"));        // an unquoted year in YAML
    EXPECT_FALSE(bad(R"({"time": 1740})"));        // an unquoted time in YAML
    EXPECT_FALSE(bad(R"({"time": null, "ref": null, "type": null, "action": null})"));
    EXPECT_FALSE(bad(R"({"historic": true})"));
    EXPECT_TRUE(bad(R"({"historic": "yes"})"));
}

TEST(SchemaNegative, ReviewRegisterRules) {
    const auto review = loadSchema("imr-review.schema.json");
    json ok = json::parse(R"({"format": "imr-review/1", "review": "R",
        "parties": [{"id": "K", "role": "victim", "aliases": ["Ms K"], "private": ["Karen Fictional"]}],
        "agencies": [{"id": "Police", "name": "Northvale Constabulary", "aliases": ["NVC"]}],
        "indicators": {"threat-to-kill": ["TTK"]},
        "rules": {"receipt_window_days": 7, "critical": ["weapon"]}})");
    EXPECT_TRUE(validate(review->schema, ok, "ok").empty());
    json v2 = ok;
    v2["format"] = "imr-review/2";
    EXPECT_FALSE(validate(review->schema, v2, "v2").empty());
    json noId = ok;
    noId["parties"][0].erase("id");
    EXPECT_FALSE(validate(review->schema, noId, "no-id").empty());
    json badRole = ok;
    badRole["parties"][0]["role"] = "suspect";
    EXPECT_FALSE(validate(review->schema, badRole, "bad-role").empty());
    json badRule = ok;
    badRule["rules"]["late_share_days"] = "three";
    EXPECT_FALSE(validate(review->schema, badRule, "bad-rule").empty());
}
