// imr: combines agencies' IMR chronologies into one and finds information-sharing gaps.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>

#include "app/exit_code.hpp"
#include "cli.hpp"
#include "util/temp_file_registry.hpp"

namespace {

// Standard output is checked like any file (spec section 7): a full disk or a closed
// descriptor is exit 3 with a message, never exit 0.
int finish_stdout(int code) {
    errno = 0;
    std::cout.flush();
    bool failed = !std::cout;
    failed = std::fflush(stdout) != 0 || failed;
    failed = std::ferror(stdout) != 0 || failed;
    const int flush_errno = errno;
    if (std::fclose(stdout) != 0) failed = true;
    // A command that already said so (exit 3) is not told twice.
    if (!failed || code == imr::app::k_exit_bug || code == imr::app::k_exit_io) {
        return failed ? imr::app::k_exit_io : code;
    }
    const int error = flush_errno != 0 ? flush_errno : errno;
    std::cerr << "imr: error: cannot write to standard output"
              << (error != 0 ? std::string(": ") + std::strerror(error) : std::string()) << "\n";
    return imr::app::k_exit_io;
}

// A closed standard descriptor would be handed to the next file imr opens, and output
// meant for the terminal would land in it: hold each one open on /dev/null, read-only,
// so that writing to a closed stdout still fails (exit 3) instead.
void hold_standard_descriptors() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        const int opened = ::open("/dev/null", O_RDONLY);
        if (opened >= 0 && opened != fd) {
            ::dup2(opened, fd);
            ::close(opened);
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    hold_standard_descriptors();
    imr::util::remove_temp_files_on_signal();
    try {
        return finish_stdout(imr::cmd::run_cli(argc, argv));
    } catch (const std::exception& e) {
        std::cerr << "imr: internal error: " << e.what()
                  << "\nimr: this is a bug in imr, not in your files; please report it with the "
                     "command you ran\n";
        return imr::app::k_exit_bug;
    }
}
