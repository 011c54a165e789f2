#include "terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

namespace imr::cmd {

std::optional<ColourChoice> colour_choice(std::string_view name) {
    if (name == "auto") return ColourChoice::automatic;
    if (name == "always") return ColourChoice::always;
    if (name == "never") return ColourChoice::never;
    return std::nullopt;
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

int terminal_width(int fd, int fallback) {
    winsize size{};
    if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    if (const char* columns = std::getenv("COLUMNS")) {
        if (const int n = std::atoi(columns); n > 0) return n;
    }
    return fallback;
}

bool use_colour(ColourChoice choice, int fd) {
    switch (choice) {
        case ColourChoice::always:
            return true;
        case ColourChoice::never:
            return false;
        case ColourChoice::automatic:
            break;
    }
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour != nullptr && *no_colour != '\0') return false;
    return is_terminal(fd);
}

}  // namespace imr::cmd
