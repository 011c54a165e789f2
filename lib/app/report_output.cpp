#include "app/report_output.hpp"

#include <sys/stat.h>

#include "app/exit_code.hpp"
#include "app/output_exit_code.hpp"
#include "util/atomic_file.hpp"
#include "util/text.hpp"

namespace imr::app {

bool to_standard_output(const std::string& output) { return output.empty() || output == "-"; }

bool format_from_extension(const std::string& output) {
    if (to_standard_output(output)) return false;
    struct stat info {};
    if (::stat(output.c_str(), &info) == 0 && (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)))
        return false;
    return true;
}

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

load::ReadOptions reading_around(const load::ReadOptions& read, const std::string& output) {
    load::ReadOptions out = read;
    if (!to_standard_output(output)) out.own_outputs.push_back(output);
    return out;
}

bool overwrites_an_input(const std::string& output, const std::vector<std::string>& inputs,
                         std::ostream& err) {
    if (to_standard_output(output) || !util::same_file_as_any(output, inputs)) return false;
    err << "imr: error: '" << output << "' is one of the input files; "
        << "refusing to write over it (choose another -o path)\n";
    return true;
}

bool refuses_word_to_terminal(const std::string& output, bool is_terminal, std::string_view example,
                              std::ostream& err) {
    if (!to_standard_output(output) || !is_terminal) return false;
    err << "imr: error: docx is a binary document and is not written to a terminal "
           "(write it to a file: -o "
        << example << ")\n";
    return true;
}

int write_output(const std::string& output, std::string_view content, std::ostream& out,
                 std::ostream& err) {
    return output_exit_code(util::write_output(output, content, out), output, err);
}

}  // namespace imr::app
