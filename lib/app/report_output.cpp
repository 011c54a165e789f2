#include "app/report_output.hpp"

#include "app/exit_code.hpp"
#include "util/atomic_file.hpp"
#include "util/text.hpp"

namespace imr::app {

bool to_standard_output(const std::string& output) { return output.empty() || output == "-"; }

std::string output_extension(const std::string& output) {
    if (to_standard_output(output)) return {};
    const std::size_t slash = output.find_last_of('/');
    const std::size_t dot = output.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    return util::to_lower(std::string_view(output).substr(dot + 1));
}

int unknown_output_extension(const std::string& output, std::string_view command,
                             std::string_view known, std::ostream& err) {
    const std::string extension = output_extension(output);
    err << "imr: error: " << command << " cannot write '" << output << "': "
        << (extension.empty() ? std::string("it has no extension")
                              : "it does not write ." + extension + " files")
        << " (name the file with one of " << known << ", or use -o - for standard output)\n";
    return k_exit_usage;
}

int write_output(const std::string& output, std::string_view content, std::ostream& out,
                 std::ostream& err) {
    if (to_standard_output(output)) {
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.flush();
        return k_exit_ok;
    }
    if (auto written = util::write_file_atomically(output, content); !written) {
        err << "imr: error: cannot write '" << output << "': " << written.error() << "\n";
        return k_exit_io;
    }
    return k_exit_ok;
}

}  // namespace imr::app
