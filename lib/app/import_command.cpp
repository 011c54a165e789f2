#include "app/import_command.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/exit_code.hpp"
#include "app/init_command.hpp"
#include "app/report_output.hpp"
#include "import/chronology_yaml_writer.hpp"
#include "import/csv_table_reader.hpp"
#include "import/docx_table_reader.hpp"
#include "import/table_importer.hpp"
#include "import/xlsx_sheet_reader.hpp"
#include "normalise/name_resolver.hpp"
#include "render/diagnostics_renderer.hpp"
#include "util/atomic_file.hpp"
#include "util/text.hpp"

namespace imr::app {
namespace {

namespace fs = std::filesystem;

std::string extension_of(const std::string& path) {
    return util::to_lower(fs::path(path).extension().string());
}

void error_line(std::ostream& err, const std::string& message, const std::string& hint = "") {
    err << "imr: error: " << message;
    if (!hint.empty()) err << " (" << hint << ")";
    err << "\n";
}

}  // namespace

int run_import(const ImportOptions& options, std::ostream& out, std::ostream& err) {
    const std::string name = fs::path(options.file).filename().string();
    const std::string kind = extension_of(options.file);
    if (kind != ".docx" && kind != ".xlsx" && kind != ".csv") {
        std::string hint = "imr import reads .docx, .xlsx and .csv files";
        if (kind == ".doc" || kind == ".xls" || kind == ".odt" || kind == ".ods" || kind == ".rtf")
            hint = "open it in Word or Excel and save it as .docx or .xlsx first";
        error_line(err, "cannot import '" + options.file + "': not a Word, Excel or CSV file",
                   hint);
        return k_exit_usage;
    }
    // The format: --format, else -o's extension, else YAML.
    std::string format = options.format.value_or("");
    const bool to_stream = options.output.empty() || options.output == "-";
    if (format.empty() && !to_stream) {
        const std::string ext = extension_of(options.output);
        if (ext == ".json")
            format = "json";
        else if (ext == ".yaml" || ext == ".yml")
            format = "yaml";
        else {
            error_line(err,
                       "cannot write '" + options.output + "': imr import writes .yaml or .json",
                       "name the output file .yaml");
            return k_exit_usage;
        }
    }
    if (format.empty()) format = "yaml";
    if (format != "yaml" && format != "json") {
        error_line(err, "unknown format '" + format + "'", "write --format yaml or --format json");
        return k_exit_usage;
    }
    std::vector<std::pair<std::string, import::Field>> maps;
    for (const std::string& map : options.maps) {
        const std::size_t eq = map.rfind('=');
        const auto field =
            eq == std::string::npos ? std::nullopt : import::field_named(map.substr(eq + 1));
        if (!field || eq == 0) {
            error_line(err, "--map '" + map + "' is not HEADING=FIELD",
                       "the fields are date, time, ref, type, parties, summary, action, "
                       "comment, indicators, significant, or none");
            return k_exit_usage;
        }
        maps.emplace_back(map.substr(0, eq), *field);
    }
    if (options.table && *options.table < 1) {
        error_line(err, "--table counts from 1");
        return k_exit_usage;
    }

    // The register, for names.
    std::optional<model::ReviewRegister> review_register;
    if (!options.review.empty()) {
        std::string path;
        for (const char* candidate : {"review.yaml", "review.yml", "review.json"}) {
            if (fs::is_regular_file(fs::path(options.review) / candidate)) {
                path = (fs::path(options.review) / candidate).string();
                break;
            }
        }
        if (path.empty()) {
            error_line(err, "'" + options.review + "' has no review.yaml",
                       "give --review the review folder that holds review.yaml");
            return k_exit_usage;
        }
        load::ReadOptions read;
        read.jobs = 1;
        read.max_file_bytes = options.max_file_bytes;
        auto input = load::load_review({path}, read);
        if (model::has_errors(input.diagnostics) || !input.review_register) {
            for (const auto& d : input.diagnostics) render::render_diagnostic_line(d, err);
            return k_exit_input;
        }
        review_register = std::move(input.review_register);
    }
    const normalise::NameResolver names(review_register ? &*review_register : nullptr);
    std::string agency = std::string(util::trim(options.agency));
    if (agency.empty()) {
        error_line(err, "--agency is empty", "name the agency whose chronology this is");
        return k_exit_usage;
    }
    if (review_register) {
        if (auto canonical = names.agency(agency)) {
            agency = *canonical;
        } else {
            std::string hint = "add it to review.yaml, or use one of its names";
            if (auto near = names.agencies().suggest(agency))
                hint = "did you mean '" + *near + "'?";
            error_line(err, "agency '" + agency + "' is not in " + options.review + "'s register",
                       hint);
            return k_exit_usage;
        }
    }

    // The file.
    std::ifstream in(options.file, std::ios::binary);
    std::error_code ec;
    if (!in || fs::is_directory(options.file, ec)) {
        error_line(err, "cannot read '" + options.file + "': the file cannot be opened",
                   "check the name and its permissions");
        return k_exit_io;
    }
    const auto size = fs::file_size(options.file, ec);
    if (!ec && size > options.max_file_bytes) {
        error_line(err,
                   "'" + options.file + "' is " + load::size_phrase(size) + ", more than the " +
                       load::size_phrase(options.max_file_bytes) + " imr reads from one file",
                   "raise the limit with --max-file-size");
        return k_exit_input;
    }
    std::string bytes;
    {
        std::ostringstream buffer;
        buffer << in.rdbuf();
        bytes = buffer.str();
    }
    if (in.bad() || bytes.size() > options.max_file_bytes) {
        error_line(err, "cannot read '" + options.file + "'", "check the file");
        return k_exit_io;
    }
    std::expected<import::Document, import::ReadProblem> document;
    if (kind == ".docx")
        document = import::read_docx_tables(bytes, options.max_file_bytes);
    else if (kind == ".xlsx")
        document = import::read_xlsx_sheets(bytes, options.max_file_bytes);
    else
        document = import::read_csv_table(bytes);
    if (!document) {
        error_line(err, name + ": " + document.error().message, document.error().hint);
        return k_exit_input;
    }

    import::ImportRequest request{
        name,
        options.mdy ? normalise::DateOrder::mdy : normalise::DateOrder::dmy,
        options.table,
        options.sheet,
        import::HeadingMap(std::move(maps)),
        review_register ? &names : nullptr};
    import::ImportResult result = import::import_document(*document, request);
    for (const std::string& note : document->notes)
        err << "imr: note: " << name << ": " << note << "\n";
    for (const std::string& note : result.notes)
        err << "imr: note: " << name << ": " << note << "\n";
    for (const auto& d : result.diagnostics) render::render_diagnostic_line(d, err);
    const bool failed = model::has_errors(result.diagnostics);
    if (result.sources.empty()) return k_exit_input;

    // The schema comment names a path an editor can open: relative to where the file is
    // written when the project's schemas/ is above it, else the installed copy.
    const std::string schema_dir =
        to_stream ? "." : std::filesystem::path(options.output).parent_path().string();
    const import::ChronologyHeader header{
        agency, name, request.order, chronology_schema_path(schema_dir, options.installed_schemas)};
    const std::string text = format == "json" ? import::write_chronology_json(header, result)
                                              : import::write_chronology_yaml(header, result);
    if (!to_stream && util::same_file_as_any(options.output, {options.file})) {
        error_line(err, "'" + options.output + "' is the input file; refusing to write over it",
                   "choose another -o path");
        return k_exit_usage;
    }
    if (const int written = write_output(options.output, text, out, err); written != k_exit_ok)
        return written;
    const int errors = static_cast<int>(std::count_if(
        result.diagnostics.begin(), result.diagnostics.end(),
        [](const model::Diagnostic& d) { return d.severity == model::Severity::error; }));
    err << "imr: imported " << result.entries.size()
        << (result.entries.size() == 1 ? " entry" : " entries") << " from " << name;
    if (failed) {
        err << "; " << errors << (errors == 1 ? " error" : " errors")
            << " to fix (the cells are kept as written)\n";
    } else {
        err << "\n";
    }
    return failed ? k_exit_input : k_exit_ok;
}

}  // namespace imr::app
