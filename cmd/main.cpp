// imr: combines agencies' IMR chronologies into one and finds information-sharing gaps.
#include <exception>
#include <iostream>

#include "app/exit_code.hpp"
#include "cli.hpp"

int main(int argc, char** argv) {
    try {
        return imr::cmd::run_cli(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "imr: internal error: " << e.what()
                  << "\nimr: this is a bug in imr, not in your files; please report it with the "
                     "command you ran\n";
        return imr::app::k_exit_bug;
    }
}
