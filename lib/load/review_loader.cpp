#include "load/review_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "load/chronology_reader.hpp"
#include "load/combined_reader.hpp"
#include "load/document_reader.hpp"
#include "load/register_reader.hpp"
#include "util/text.hpp"

namespace imr::load {
namespace fs = std::filesystem;

namespace {

bool is_register_name(std::string_view filename) {
    return filename == "review.yaml" || filename == "review.yml" || filename == "review.json";
}

// A register written under another name still says so in its first key.
bool says_register(const SourceNode& root) {
    const SourceNode* format = root.is_mapping() ? root.find("format") : nullptr;
    return format && format->is_scalar() && format->scalar == "imr-review/1";
}

std::string without_dot_slash(std::string path) {
    while (util::starts_with(path, "./")) path.erase(0, 2);
    return path;
}

void unreadable(model::ReviewInput& input, const std::string& path, const std::string& why,
                const std::string& hint) {
    input.diagnostics.push_back(
        {model::Severity::error, k_unreadable, {path, 0, 0}, "cannot read '" + path + "': " + why, hint});
}

void load_file(const fs::path& file, const std::string& path, const std::string& name,
               model::ReviewInput& input) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        unreadable(input, path, "the file cannot be opened", "check the name and its permissions");
        return;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        unreadable(input, path, "reading failed", "check the file");
        return;
    }
    load_text(buffer.str(), path, name, input);
}

void load_folder(const fs::path& folder, const std::string& shown, model::ReviewInput& input) {
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string filename = it->path().filename().string();
        if (filename.empty() || filename[0] == '.') continue;
        std::error_code type_ec;
        if (it->is_directory(type_ec)) continue;  // sub-folders are not part of the review
        names.push_back(filename);
    }
    if (ec) {
        unreadable(input, shown, ec.message(), "check the folder name and its permissions");
        return;
    }
    std::sort(names.begin(), names.end());  // byte order, whatever the file system's
    const std::string prefix = shown.empty() || shown.back() == '/' ? shown : shown + "/";
    // The register first, so it is known before any chronology.
    std::stable_partition(names.begin(), names.end(), is_register_name);
    for (const auto& filename : names) {
        const std::string path = without_dot_slash(prefix + filename);
        if (!format_for_path(filename)) {
            input.diagnostics.push_back(
                {model::Severity::error, "not-a-chronology", {path, 0, 0},
                 "'" + path + "' is in the review folder but is not a chronology",
                 "only .yaml, .yml and .json chronologies belong in the folder: convert the file, "
                 "or move it out (or rename it to start with '.')"});
            ++input.files;
            continue;
        }
        load_file(folder / filename, path, filename, input);
    }
}

}  // namespace

void load_text(std::string_view bytes, const std::string& path, const std::string& name,
               model::ReviewInput& input) {
    ++input.files;
    const auto format = format_for_path(path);
    if (!format) {
        input.diagnostics.push_back({model::Severity::error, "not-a-chronology", {path, 0, 0},
                                     "'" + path + "' is not a .yaml, .yml or .json file",
                                     "chronologies are YAML or JSON files"});
        return;
    }
    auto root = read_document(bytes, *format, path, input.diagnostics);
    if (!root) return;
    const std::string filename = fs::path(path).filename().string();
    if (is_register_name(filename) || says_register(*root)) {
        if (input.review_register) {
            input.diagnostics.push_back(
                {model::Severity::error, "duplicate-register", {path, 1, 1},
                 "a second review register; '" + input.review_register->path + "' was read first",
                 "merge one review at a time, with one review.yaml"});
            return;
        }
        input.review_register = read_register(*root, path, input.diagnostics);
        return;
    }
    if (says_combined(*root)) {  // `imr merge --format json` output, read back
        for (auto& chronology : read_combined(*root, path, input.diagnostics)) {
            input.chronologies.push_back(std::move(chronology));
        }
        return;
    }
    input.chronologies.push_back(read_chronology(*root, path, name, input.diagnostics));
}

model::ReviewInput load_review(const std::vector<std::string>& paths) {
    model::ReviewInput input;
    for (const auto& given : paths) {
        const fs::path p(given);
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            unreadable(input, given, "no such file or folder", "check the path");
        } else if (fs::is_directory(status)) {
            load_folder(p, without_dot_slash(given), input);
        } else {
            const std::string path = without_dot_slash(given);
            load_file(p, path, path, input);
        }
    }
    // Chronologies in byte order of their names, whatever the order given.
    std::stable_sort(input.chronologies.begin(), input.chronologies.end(),
                     [](const model::Chronology& a, const model::Chronology& b) {
                         return std::tie(a.name, a.path) < std::tie(b.name, b.path);
                     });
    return input;
}

}  // namespace imr::load
