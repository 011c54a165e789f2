#pragma once

#include <optional>
#include <string_view>

namespace imr::cmd {

// --color: when diagnostics and severities are painted.
enum class ColourChoice { automatic, always, never };

// "auto", "always" or "never".
std::optional<ColourChoice> colour_choice(std::string_view name);

// Whether the file descriptor is a terminal.
bool is_terminal(int fd);

// The terminal's width in columns: the terminal's own, else COLUMNS, else `fallback`.
int terminal_width(int fd, int fallback);

// Whether output to `fd` is painted: `always`; never with `never`; with `automatic`, only
// on a terminal and when NO_COLOR is unset or empty (https://no-color.org: an explicit
// --color=always wins over it).
bool use_colour(ColourChoice choice, int fd);

}  // namespace imr::cmd
