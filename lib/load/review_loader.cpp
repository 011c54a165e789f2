#include "load/review_loader.hpp"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <mutex>
#include <tuple>

#include "load/chronology_reader.hpp"
#include "load/combined_reader.hpp"
#include "load/document_reader.hpp"
#include "load/register_reader.hpp"
#include "util/bounded_read.hpp"
#include "util/line_index.hpp"
#include "util/text.hpp"
#include "util/text_safety.hpp"
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

// Reads a chronology as it is parsed (ChronologyStream), in one pass. Returns the parsed
// root when the file is to be read as a tree: it did not say it was a chronology before
// its entries, so the stream left them in the tree.
std::optional<SourceNode> stream_chronology(std::string_view bytes, DocumentFormat format,
                                            const std::string& path, const std::string& name,
                                            model::ReviewInput& input) {
    ChronologyStream stream(path, name);
    auto root = read_document(bytes, format, path, input.diagnostics, &stream);
    if (!root || !stream.took()) return root;
    input.chronologies.push_back(stream.finish(*root, input.diagnostics));
    return std::nullopt;
}

// (1.1) Bidirectional controls can make a line read differently from what it holds (the
// "Trojan Source" trick): each is a warning where it stands, written raw or as a
// "\u202E" escape. The text is kept, and isolated in HTML.
void warn_bidi_controls(std::string_view bytes, const std::string& path,
                        model::Diagnostics& diagnostics) {
    constexpr int k_most = 20;  // per file: enough to find them all by searching
    std::vector<std::pair<std::size_t, char32_t>> found;
    for (auto at = util::find_bidi_control(bytes); at && found.size() < k_most;
         at = util::find_bidi_control(bytes, at->offset + 1)) {
        found.emplace_back(at->offset, at->code_point);
    }
    for (std::size_t i = bytes.find("\\u"); i != std::string_view::npos && found.size() < k_most;
         i = bytes.find("\\u", i + 1)) {
        if (i + 6 > bytes.size()) break;
        const std::string hex = util::to_lower(bytes.substr(i + 2, 4));
        char32_t value = 0;
        bool ok = true;
        for (char c : hex) {
            const bool digit = c >= '0' && c <= '9';
            ok = ok && (digit || (c >= 'a' && c <= 'f'));
            value = value * 16 + static_cast<char32_t>(digit ? c - '0' : c - 'a' + 10);
        }
        if (ok && util::is_bidi_control(value)) found.emplace_back(i, value);
    }
    if (found.empty()) return;
    std::sort(found.begin(), found.end());
    const util::LineIndex lines(bytes);
    for (const auto& [offset, value] : found) {
        const auto pos = lines.position(offset);
        diagnostics.push_back(
            {model::Severity::warning,
             "bidi-control",
             {path, pos.line, pos.column},
             "a bidirectional control character (" + util::code_point_name(value) +
                 ") can make the text around it read in a different order from what it holds",
             "delete it unless the text needs it (right-to-left names are fine without it)"});
    }
}

// The error for a second register in one review, at `path`; `first` was read before it.
model::Diagnostic second_register(const std::string& path, const std::string& first) {
    return {model::Severity::error,
            "duplicate-register",
            {path, 1, 1},
            "a second review register; '" + first + "' was read first",
            "merge one review at a time, with one review.yaml"};
}

// Parses one file into `input`. Returns false, having read nothing of it, when
// `skip_combined` and the file is a combined chronology imr wrote.
bool parse_file(std::string_view bytes, const std::string& path, const std::string& name,
                bool skip_combined, model::ReviewInput& input) {
    ++input.files;
    const auto format = format_for_path(path);
    if (!format) {
        input.diagnostics.push_back({model::Severity::error,
                                     "not-a-chronology",
                                     {path, 0, 0},
                                     "'" + path + "' is not a .yaml, .yml or .json file",
                                     "chronologies are YAML or JSON files"});
        return true;
    }
    warn_bidi_controls(bytes, path, input.diagnostics);
    const std::string filename = fs::path(path).filename().string();
    std::optional<SourceNode> root;
    if (is_register_name(filename)) {
        root = read_document(bytes, *format, path, input.diagnostics);
    } else {
        root = stream_chronology(bytes, *format, path, name, input);
    }
    if (!root) return true;
    if (is_register_name(filename) || says_register(*root)) {
        if (input.review_register) {
            input.diagnostics.push_back(second_register(path, input.review_register->path));
            return true;
        }
        input.review_register = read_register(*root, path, input.diagnostics);
        return true;
    }
    if (says_combined(*root)) {  // `imr merge --format json` output, read back
        if (skip_combined) {
            --input.files;
            return false;
        }
        for (auto& chronology : read_combined(*root, path, input.diagnostics)) {
            input.chronologies.push_back(std::move(chronology));
        }
        return true;
    }
    input.chronologies.push_back(read_chronology(*root, path, name, input.diagnostics));
    return true;
}

void too_large(model::ReviewInput& input, const std::string& path, std::uintmax_t size,
               std::uintmax_t max_bytes, bool size_known) {
    input.diagnostics.push_back({model::Severity::error,
                                 "too-large",
                                 {path, 0, 0},
                                 "'" + path + "' is " + (size_known ? "" : "more than ") +
                                     size_phrase(size_known ? size : max_bytes) +
                                     (size_known ? ", more than the " : ", the ") +
                                     size_phrase(max_bytes) + " imr reads from one file",
                                 "split the chronology into several files, one per agency or per "
                                 "year, or raise the limit with --max-file-size"});
    ++input.files;
}

void not_a_file(model::ReviewInput& input, const std::string& path, const std::string& what) {
    input.diagnostics.push_back(
        {model::Severity::error,
         "not-a-file",
         {path, 0, 0},
         "'" + path + "' is " + what + ", not a chronology file; imr does not read it",
         "move it out of the review folder, or give imr the real file"});
    ++input.files;
}

// Reads one listed file whole (never more than `max_bytes`), then parses it. A file
// that turns out to be imr's own combined output is skipped with a note when `listed`
// (found in a folder); given by name, it is read back.
void load_file(const fs::path& file, const std::string& path, const std::string& name,
               std::uintmax_t max_bytes, bool listed, model::ReviewInput& input) {
    using Kind = util::ReadFailure::Kind;
    auto bytes = util::read_regular_file(file.string(), max_bytes);
    if (!bytes) {
        const util::ReadFailure& failure = bytes.error();
        switch (failure.kind) {
            case Kind::not_regular:
                not_a_file(input, path, failure.what);
                return;
            case Kind::too_large:
                too_large(input, path, failure.size, max_bytes, failure.size_known);
                return;
            case Kind::cannot_open:
                unreadable(input, path,
                           "the file cannot be opened: " + util::errno_phrase(failure.error),
                           util::errno_hint(failure.error));
                return;
            case Kind::read_failed:
                unreadable(input, path, "reading failed: " + util::errno_phrase(failure.error),
                           util::errno_hint(failure.error));
                return;
        }
    }
    if (!parse_file(*bytes, path, name, listed, input)) {
        input.diagnostics.push_back(
            {model::Severity::note,
             "own-output",
             {path, 0, 0},
             "'" + path +
                 "' is a combined chronology that imr wrote; it is not read as an "
                 "agency's chronology",
             "move it out of the review folder to silence this note"});
    }
}

// One thing load_review does, in the order it is given: a file to read, or a problem
// found while listing (a path that does not exist, a folder's stray file).
struct Task {
    fs::path file;
    std::string path;
    std::string name;
    std::optional<model::Diagnostic> problem;
    int files = 0;        // files a problem counts (a stray file in a folder is one)
    bool listed = false;  // found in a folder, not given by name
};

// The tasks of one folder given on the command line, to tell when it held no chronology.
struct FolderTasks {
    std::string shown;
    std::size_t begin;
    std::size_t end;
};

void unreadable(std::vector<Task>& tasks, const std::string& path, const std::string& why,
                const std::string& hint) {
    model::ReviewInput input;
    unreadable(input, path, why, hint);
    tasks.push_back({{}, {}, {}, std::move(input.diagnostics.front()), 0});
}

void problem(std::vector<Task>& tasks, model::Severity severity, const char* code,
             const std::string& path, std::string message, std::string hint, int files) {
    tasks.push_back(
        {{},
         {},
         {},
         model::Diagnostic{severity, code, {path, 0, 0}, std::move(message), std::move(hint)},
         files});
}

// A chronology kept in another format (spec section 1, 1.1): the import command for the
// formats `imr import` reads, a word on converting for the others.
bool is_office_document(std::string_view filename, bool& importable) {
    const std::string lower = util::to_lower(filename);
    for (const char* ext : {".docx", ".xlsx", ".csv"}) {
        if (util::ends_with(lower, ext)) return importable = true;
    }
    importable = false;
    for (const char* ext : {".doc", ".xls", ".ods", ".odt", ".rtf", ".pdf"}) {
        if (util::ends_with(lower, ext)) return true;
    }
    return false;
}

// A path quoted for a POSIX shell, so that a hint can be pasted as it stands.
std::string shell_quoted(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out += c;
        }
    }
    return out + "'";
}

// Whether a subfolder holds what looks like a chronology (so leaving it out deserves a note).
bool holds_chronologies(const fs::path& folder) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string filename = it->path().filename().string();
        if (filename.empty() || filename[0] == '.') continue;
        std::error_code type_ec;
        if (format_for_path(filename) && it->is_regular_file(type_ec)) return true;
    }
    return false;
}

// Whether a .csv is one imr wrote (`merge`, `gaps` or `knowledge --format csv`), by its
// header row.
bool is_imr_csv(const fs::path& file) {
    std::string head = util::read_prefix(file.string(), 64);
    if (util::starts_with(head, "\xEF\xBB\xBF")) head.erase(0, 3);
    for (const char* header : {"seq,date,date_start,date_end,date_precision,",
                               "severity,rule,date,agency,other_agency,party,",
                               "party,indicator,agency,first_known,how,from,"}) {
        if (util::starts_with(head, header)) return true;
    }
    return false;
}

bool is_own_output(const fs::path& file, const std::vector<std::string>& own_outputs) {
    for (const auto& output : own_outputs) {
        std::error_code ec;
        if (output != "-" && fs::equivalent(file, output, ec) && !ec) return true;
    }
    return false;
}

void list_folder(const fs::path& folder, const std::string& shown, const ReadOptions& options,
                 std::vector<Task>& tasks) {
    std::error_code ec;
    std::vector<std::string> names;
    fs::directory_iterator it(folder, ec);
    for (fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
        const std::string filename = it->path().filename().string();
        if (filename.empty() || filename[0] == '.') continue;  // hidden: never read
        names.push_back(filename);
    }
    if (ec) {
        unreadable(tasks, shown, util::errno_phrase(ec.value()), util::errno_hint(ec.value()));
        return;
    }
    std::sort(names.begin(), names.end());  // byte order, whatever the file system's
    const std::string prefix = shown.empty() || shown.back() == '/' ? shown : shown + "/";
    // The register first, so it is known before any chronology.
    std::stable_partition(names.begin(), names.end(), is_register_name);
    for (const auto& filename : names) {
        const std::string path = without_dot_slash(prefix + filename);
        const fs::path file = folder / filename;
        const bool chronology_name = format_for_path(filename).has_value();
        // stat, never open: a FIFO or a device is judged by its type alone.
        std::error_code status_ec;
        const fs::file_status status = fs::status(file, status_ec);
        if (fs::is_directory(status)) {
            if (chronology_name) {
                problem(tasks, model::Severity::warning, "not-a-file", path,
                        "'" + path +
                            "' is a folder, not a chronology file; imr does not read "
                            "subfolders",
                        "rename the folder, or move the chronologies it holds into the review "
                        "folder",
                        0);
            } else if (holds_chronologies(file)) {
                problem(tasks, model::Severity::note, "subfolder", path,
                        "the subfolder '" + path +
                            "' holds chronologies; imr does not read "
                            "subfolders",
                        "move them into the review folder to include them, or merge the "
                        "subfolder on its own",
                        0);
            }
            continue;
        }
        bool importable = false;
        if (!chronology_name) {
            // A chronology-named output is judged by its content (`format: imr-combined/1`),
            // so that `-o police.yaml` over an agency's file is still refused, not skipped.
            if (is_own_output(file, options.own_outputs)) {
                problem(tasks, model::Severity::note, "own-output", path,
                        "'" + path + "' is the file this command writes (-o); it is not read",
                        "write the output outside the review folder to silence this note", 0);
                continue;
            }
            if (util::ends_with(util::to_lower(filename), ".csv") && fs::is_regular_file(status) &&
                is_imr_csv(file)) {
                problem(tasks, model::Severity::note, "own-output", path,
                        "'" + path +
                            "' is a CSV file that imr wrote; it is not read as an "
                            "agency's chronology",
                        "move it out of the review folder to silence this note", 0);
                continue;
            }
            if (is_office_document(filename, importable)) {
                const std::string stem = fs::path(filename).stem().string();
                problem(tasks, model::Severity::error, "not-a-chronology", path,
                        "'" + path + "' is a document, not a chronology imr can read",
                        importable ? "turn it into a chronology with: imr import " +
                                         shell_quoted(path) + " --agency NAME -o " +
                                         shell_quoted(without_dot_slash(prefix + stem + ".yaml")) +
                                         ", then move the original out of the review folder"
                                   : "save it as .docx, .xlsx or .csv, then use imr import; or "
                                     "move it out of the review folder",
                        1);
            }
            continue;  // notes, pages, pictures: not part of the review, silently
        }
        if (status_ec || !fs::exists(status)) {
            const int error = status_ec ? status_ec.value() : ENOENT;
            unreadable(tasks, path,
                       error == ENOENT ? "it is a link to nothing" : util::errno_phrase(error),
                       error == ENOENT ? "remove the link or make it point to the file"
                                       : util::errno_hint(error));
            continue;
        }
        if (!fs::is_regular_file(status)) {
            problem(tasks, model::Severity::error, "not-a-file", path,
                    "'" + path + "' is " + util::special_file_kind(file.string()) +
                        ", not a chronology file; imr does not read it",
                    "move it out of the review folder", 1);
            continue;
        }
        tasks.push_back({file, path, filename, std::nullopt, 0, true});
    }
}

// Adds one file's result to the review's, as if it had been read after those before it.
void combine(model::ReviewInput& input, model::ReviewInput&& file, const std::string& path) {
    input.files += file.files;
    if (file.review_register && input.review_register) {
        // Read alone, the second register's own problems would never have been looked for.
        input.diagnostics.push_back(second_register(path, input.review_register->path));
        return;
    }
    if (file.review_register) input.review_register = std::move(file.review_register);
    input.diagnostics.insert(input.diagnostics.end(),
                             std::make_move_iterator(file.diagnostics.begin()),
                             std::make_move_iterator(file.diagnostics.end()));
    for (auto& chronology : file.chronologies) input.chronologies.push_back(std::move(chronology));
}

}  // namespace

void load_text(std::string_view bytes, const std::string& path, const std::string& name,
               model::ReviewInput& input) {
    parse_file(bytes, path, name, false, input);
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
    std::vector<FolderTasks> folders;
    for (const auto& given : paths) {
        const fs::path p(given);
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            const int error = ec ? ec.value() : ENOENT;
            unreadable(tasks, given, util::errno_phrase(error),
                       error == ENOENT ? "check the path" : util::errno_hint(error));
        } else if (fs::is_directory(status)) {
            const std::string shown = without_dot_slash(given);
            const std::size_t begin = tasks.size();
            list_folder(p, shown, options, tasks);
            folders.push_back({shown, begin, tasks.size()});
        } else if (!fs::is_regular_file(status)) {
            const std::string path = without_dot_slash(given);
            problem(tasks, model::Severity::error, "not-a-file", path,
                    "'" + path + "' is " + util::special_file_kind(given) +
                        ", not a chronology file; imr does not read it",
                    "give imr the chronology file itself", 1);
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
                      tasks[i].listed, results[i]);
        if (!options.progress) return;
        const std::lock_guard lock(progress_mutex);
        ++step.done;
        for (const auto& chronology : results[i].chronologies)
            step.entries += chronology.entry_count;
        options.progress(step);
    });
    // A folder with no chronology in it is an error, unless its files already are.
    for (const auto& folder : folders) {
        bool found = false;
        for (std::size_t i = folder.begin; i < folder.end && !found; ++i) {
            found = !results[i].chronologies.empty() ||
                    (tasks[i].problem && tasks[i].problem->severity == model::Severity::error) ||
                    model::has_errors(results[i].diagnostics);
        }
        if (found) continue;
        const std::string path = folder.shown.empty() ? "." : folder.shown;
        problem(tasks, model::Severity::error, "no-chronologies", path,
                "'" + path + "' holds no chronology (no .yaml, .yml or .json agency file)",
                "check the folder name, or put the agencies' chronologies in it", 0);
        results.emplace_back();
    }
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
