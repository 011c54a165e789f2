#include "load/review_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <tuple>

#include "load/chronology_reader.hpp"
#include "load/combined_reader.hpp"
#include "load/document_reader.hpp"
#include "load/register_reader.hpp"
#include "util/text.hpp"
#include "util/thread_pool.hpp"

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
    input.diagnostics.push_back({model::Severity::error,
                                 k_unreadable,
                                 {path, 0, 0},
                                 "cannot read '" + path + "': " + why,
                                 hint});
}

void load_file(const fs::path& file, const std::string& path, const std::string& name,
               std::uintmax_t max_bytes, model::ReviewInput& input) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        unreadable(input, path, "the file cannot be opened", "check the name and its permissions");
        return;
    }
    // Read in one piece when the size is known (a regular file), else as a stream.
    std::string bytes;
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (!ec && size > max_bytes) {
        input.diagnostics.push_back(
            {model::Severity::error,
             "too-large",
             {path, 0, 0},
             "'" + path + "' is " + size_phrase(size) + ", more than the " +
                 size_phrase(max_bytes) + " imr reads from one file",
             "split the chronology into several files, one per agency or per "
             "year, or raise the limit with --max-file-size"});
        ++input.files;
        return;
    }
    if (!ec) {
        bytes.resize(size);
        in.read(bytes.data(), static_cast<std::streamsize>(size));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
        if (in.eof()) in.clear();
    }
    if (in && in.peek() != std::ifstream::traits_type::eof()) {
        std::ostringstream rest;
        rest << in.rdbuf();
        bytes += rest.str();
    }
    if (in.bad()) {
        unreadable(input, path, "reading failed", "check the file");
        return;
    }
    load_text(bytes, path, name, input);
}

// One thing load_review does, in the order it is given: a file to read, or a problem
// found while listing (a path that does not exist, a folder's stray file).
struct Task {
    fs::path file;
    std::string path;
    std::string name;
    std::optional<model::Diagnostic> problem;
    int files = 0;  // files a problem counts (a stray file in a folder is one)
};

void unreadable(std::vector<Task>& tasks, const std::string& path, const std::string& why,
                const std::string& hint) {
    model::ReviewInput input;
    unreadable(input, path, why, hint);
    tasks.push_back({{}, {}, {}, std::move(input.diagnostics.front()), 0});
}

void list_folder(const fs::path& folder, const std::string& shown, std::vector<Task>& tasks) {
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
        unreadable(tasks, shown, ec.message(), "check the folder name and its permissions");
        return;
    }
    std::sort(names.begin(), names.end());  // byte order, whatever the file system's
    const std::string prefix = shown.empty() || shown.back() == '/' ? shown : shown + "/";
    // The register first, so it is known before any chronology.
    std::stable_partition(names.begin(), names.end(), is_register_name);
    for (const auto& filename : names) {
        const std::string path = without_dot_slash(prefix + filename);
        if (!format_for_path(filename)) {
            tasks.push_back(
                {{},
                 {},
                 {},
                 model::Diagnostic{model::Severity::error,
                                   "not-a-chronology",
                                   {path, 0, 0},
                                   "'" + path + "' is in the review folder but is not a chronology",
                                   "only .yaml, .yml and .json chronologies belong in the folder: "
                                   "convert the file, move it out, or rename it to start with '.'"},
                 1});
            continue;
        }
        tasks.push_back({folder / filename, path, filename, std::nullopt, 0});
    }
}

// Adds one file's result to the review's, as if it had been read after those before it.
void combine(model::ReviewInput& input, model::ReviewInput&& file, const std::string& path) {
    input.files += file.files;
    if (file.review_register && input.review_register) {
        // Read alone, the second register's own problems would never have been looked for.
        input.diagnostics.push_back(
            {model::Severity::error,
             "duplicate-register",
             {path, 1, 1},
             "a second review register; '" + input.review_register->path + "' was read first",
             "merge one review at a time, with one review.yaml"});
        return;
    }
    if (file.review_register) input.review_register = std::move(file.review_register);
    input.diagnostics.insert(input.diagnostics.end(),
                             std::make_move_iterator(file.diagnostics.begin()),
                             std::make_move_iterator(file.diagnostics.end()));
    for (auto& chronology : file.chronologies) input.chronologies.push_back(std::move(chronology));
}

// Reads a chronology as it is parsed (ChronologyStream), or whole when it turns out to
// be something else. Returns the parsed root when the file must be read as a tree.
std::optional<SourceNode> stream_chronology(std::string_view bytes, DocumentFormat format,
                                            const std::string& path, const std::string& name,
                                            model::ReviewInput& input) {
    ChronologyStream stream(path, name);
    auto root = read_document(bytes, format, path, input.diagnostics, &stream);
    if (!root) return std::nullopt;
    if (!stream.took()) return root;  // no entries list was read as it came: the tree is whole
    if (says_register(*root) || says_combined(*root)) {
        // Its format came after its entries: read it again, whole. A file that parsed
        // once parses again with no new diagnostic.
        return read_document(bytes, format, path, input.diagnostics);
    }
    if (stream.read_with_wrong_order(*root)) {
        // `date_order: mdy` came after the entries, which were read day first: again, month first.
        ChronologyStream again(path, name, true);
        root = read_document(bytes, format, path, input.diagnostics, &again);
        if (root) input.chronologies.push_back(again.finish(*root, input.diagnostics));
        return std::nullopt;
    }
    input.chronologies.push_back(stream.finish(*root, input.diagnostics));
    return std::nullopt;
}

}  // namespace

void load_text(std::string_view bytes, const std::string& path, const std::string& name,
               model::ReviewInput& input) {
    ++input.files;
    const auto format = format_for_path(path);
    if (!format) {
        input.diagnostics.push_back({model::Severity::error,
                                     "not-a-chronology",
                                     {path, 0, 0},
                                     "'" + path + "' is not a .yaml, .yml or .json file",
                                     "chronologies are YAML or JSON files"});
        return;
    }
    const std::string filename = fs::path(path).filename().string();
    std::optional<SourceNode> root;
    if (is_register_name(filename)) {
        root = read_document(bytes, *format, path, input.diagnostics);
    } else {
        root = stream_chronology(bytes, *format, path, name, input);
    }
    if (!root) return;
    if (is_register_name(filename) || says_register(*root)) {
        if (input.review_register) {
            input.diagnostics.push_back(
                {model::Severity::error,
                 "duplicate-register",
                 {path, 1, 1},
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

std::string size_phrase(std::uintmax_t bytes) {
    const auto phrase = [&](int shift, const char* unit) {
        const std::uintmax_t whole = bytes >> shift;
        const std::uintmax_t tenths = ((bytes - (whole << shift)) * 10) >> shift;
        return std::to_string(whole) + (tenths > 0 ? "." + std::to_string(tenths) : "") + " " +
               unit;
    };
    if (bytes >= std::uintmax_t{1} << 30) return phrase(30, "GiB");
    if (bytes >= std::uintmax_t{1} << 20) return phrase(20, "MiB");
    if (bytes >= std::uintmax_t{1} << 10) return phrase(10, "KiB");
    return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

model::ReviewInput load_review(const std::vector<std::string>& paths, const ReadOptions& options) {
    std::vector<Task> tasks;
    for (const auto& given : paths) {
        const fs::path p(given);
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            unreadable(tasks, given, "no such file or folder", "check the path");
        } else if (fs::is_directory(status)) {
            list_folder(p, without_dot_slash(given), tasks);
        } else {
            const std::string path = without_dot_slash(given);
            tasks.push_back({p, path, path, std::nullopt, 0});
        }
    }
    // Each file on its own, on every core; then their results in the order given, so the
    // outcome is the serial one whatever the number of jobs.
    std::vector<model::ReviewInput> results(tasks.size());
    std::mutex progress_mutex;
    util::ProgressStep step{"reading", 0, tasks.size(), 0};
    util::parallel_for(tasks.size(), options.jobs, [&](std::size_t i) {
        if (!tasks[i].problem)
            load_file(tasks[i].file, tasks[i].path, tasks[i].name, options.max_file_bytes,
                      results[i]);
        if (!options.progress) return;
        const std::lock_guard lock(progress_mutex);
        ++step.done;
        for (const auto& chronology : results[i].chronologies)
            step.entries += chronology.entry_count;
        options.progress(step);
    });
    model::ReviewInput input;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].problem) {
            input.diagnostics.push_back(std::move(*tasks[i].problem));
            input.files += tasks[i].files;
        } else {
            combine(input, std::move(results[i]), tasks[i].path);
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
