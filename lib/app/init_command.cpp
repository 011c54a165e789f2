#include "app/init_command.hpp"

#include <filesystem>
#include <sstream>

#include "app/exit_code.hpp"
#include "app/output_exit_code.hpp"
#include "load/review_loader.hpp"
#include "normalise/name_resolver.hpp"
#include "render/chronology_template.hpp"
#include "render/diagnostics_renderer.hpp"
#include "util/atomic_file.hpp"

namespace imr::app {
namespace fs = std::filesystem;

namespace {
constexpr const char* k_schema_file = "imr-chronology.schema.json";
}  // namespace

std::string chronology_schema_path(const std::string& file_dir,
                                   const std::string& installed_schemas) {
    std::error_code ec;
    const fs::path start =
        fs::weakly_canonical(fs::absolute(file_dir.empty() ? "." : file_dir), ec);
    if (!ec) {
        for (fs::path dir = start;; dir = dir.parent_path()) {
            const fs::path schema = dir / "schemas" / k_schema_file;
            if (fs::is_regular_file(schema, ec))
                return schema.lexically_relative(start).generic_string();
            if (dir == dir.parent_path()) break;
        }
    }
    if (!installed_schemas.empty())
        return (fs::path(installed_schemas) / k_schema_file).generic_string();
    return k_schema_file;
}

int run_init(const InitOptions& options, std::ostream& out, std::ostream& err) {
    std::optional<model::ReviewRegister> reg;
    if (!options.review_dir.empty()) {
        model::ReviewInput input;
        bool found = false;
        for (const char* name : {"review.yaml", "review.yml", "review.json"}) {
            const fs::path path = fs::path(options.review_dir) / name;
            if (!fs::exists(path)) continue;
            input = load::load_review({path.string()});
            found = true;
            break;
        }
        if (!found) {
            err << "imr: error: no review.yaml in '" << options.review_dir << "'\n";
            return k_exit_io;
        }
        for (const auto& d : input.diagnostics)
            render::render_diagnostic_line(d, err, options.colour);
        if (model::has_errors(input.diagnostics)) return k_exit_input;
        reg = std::move(input.review_register);
    }
    std::string agency = options.agency;
    if (reg) {
        const normalise::NameResolver names(&*reg);
        if (auto canonical = names.agency(agency)) {
            agency = *canonical;
        } else {
            err << "imr: warning: agency '" << agency << "' is not in " << options.review_dir
                << "/review.yaml; add it there";
            if (auto guess = names.agencies().suggest(agency))
                err << " (did you mean '" << *guess << "'?)";
            err << "\n";
        }
    }
    std::string schema = options.schema;
    if (schema.empty()) {
        const fs::path file_dir =
            options.output.empty() || options.output == "-"
                ? fs::path(options.review_dir.empty() ? "." : options.review_dir)
                : fs::path(options.output).parent_path();
        schema = chronology_schema_path(file_dir.string(), options.installed_schemas);
    }
    std::ostringstream text;
    render::write_chronology_template(agency, reg ? &*reg : nullptr, schema, text);
    const bool to_stream = options.output.empty() || options.output == "-";  // "-": stdout
    std::error_code ec;
    if (!to_stream && fs::is_regular_file(options.output, ec)) {
        // A device or a FIFO (-o /dev/stdout) is written through, never refused.
        err << "imr: error: '" << options.output << "' already exists; refusing to overwrite it\n";
        return k_exit_usage;
    }
    return output_exit_code(util::write_output(options.output, text.str(), out), options.output,
                            err);
}

}  // namespace imr::app
