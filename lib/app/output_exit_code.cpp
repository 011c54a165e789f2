#include "app/output_exit_code.hpp"

#include "app/exit_code.hpp"

namespace imr::app {

int output_exit_code(const std::expected<void, util::OutputError>& written, const std::string& path,
                     std::ostream& err) {
    if (written) return k_exit_ok;
    if (path.empty() || path == "-") {
        err << "imr: error: cannot write to standard output: " << written.error().message << "\n";
        return k_exit_io;
    }
    if (written.error().refused) {
        err << "imr: error: refusing to write to '" << path << "': " << written.error().message
            << " (choose a file name for -o, or '-' for standard output)\n";
        return k_exit_usage;
    }
    err << "imr: error: cannot write '" << path << "': " << written.error().message << "\n";
    return k_exit_io;
}

int stream_exit_code(std::ostream& out, std::ostream& err) {
    out.flush();
    if (out) return k_exit_ok;
    err << "imr: error: cannot write to standard output (the disk may be full, or the "
           "output closed)\n";
    return k_exit_io;
}

}  // namespace imr::app
