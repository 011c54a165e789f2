#include "completion.hpp"

#include <string>
#include <vector>

namespace imr::cmd {
namespace {

bool takes_value(const CLI::Option& option) {
    return option.get_expected_max() != 0 && option.get_type_size_max() != 0;
}

// The first sentence of a description, fit for a one-line completion hint.
std::string hint(const std::string& description) {
    const std::string sentence = description.substr(0, description.find(". "));
    std::string out;
    int depth = 0;
    for (char c : sentence) {
        if (c == '(') ++depth;
        if (depth == 0 && !(c == ' ' && (out.empty() || out.back() == ' '))) out += c;
        if (c == ')' && depth > 0) --depth;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == ','))
        out.pop_back();
    return out;
}

std::string single_quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string joined(const std::vector<std::string>& list, const std::string& separator) {
    std::string out;
    for (const auto& w : list) out += (out.empty() ? "" : separator) + w;
    return out;
}

std::vector<std::string> values_of(const CLI::Option& option, const CliSpec& spec) {
    auto it = spec.values.find(&option);
    return it == spec.values.end() ? std::vector<std::string>{} : it->second;
}

std::optional<PathKind> path_of(const CLI::Option& option, const CliSpec& spec) {
    auto it = spec.paths.find(&option);
    if (it == spec.paths.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> option_flags(const CLI::Option& option) {
    std::vector<std::string> out;
    for (const auto& s : option.get_snames()) out.push_back("-" + s);
    for (const auto& l : option.get_lnames()) out.push_back("--" + l);
    return out;
}

const CLI::Option* positional(const CLI::App& command) {
    for (const CLI::Option* option : visible_options(command)) {
        if (option->get_positional()) return option;
    }
    return nullptr;
}

std::string bash_values(const CLI::Option& option, const CliSpec& spec) {
    if (auto values = values_of(option, spec); !values.empty())
        return "COMPREPLY=($(compgen -W " + single_quoted(joined(values, " ")) + " -- \"$cur\"))";
    if (auto path = path_of(option, spec))
        return *path == PathKind::folder ? "COMPREPLY=($(compgen -d -- \"$cur\"))"
                                         : "COMPREPLY=($(compgen -f -- \"$cur\"))";
    return "COMPREPLY=()";
}

std::vector<std::string> command_names(const CLI::App& cli) {
    std::vector<std::string> names;
    for (const CLI::App* command : visible_commands(cli)) names.push_back(command->get_name());
    return names;
}

// The options a command takes: its own, then imr's global ones (--color, which may follow it).
std::vector<const CLI::Option*> all_options(const CLI::App& cli, const CLI::App* command) {
    std::vector<const CLI::Option*> out;
    if (command) {
        for (const CLI::Option* option : visible_options(*command)) {
            if (!option->get_positional()) out.push_back(option);
        }
    }
    for (const CLI::Option* option : visible_options(cli)) {
        if (!option->get_positional() &&
            (command == nullptr || option->get_lnames() != std::vector<std::string>{"version"}))
            out.push_back(option);
    }
    return out;
}

void write_bash_command(const CLI::App& cli, const CliSpec& spec, const CLI::App* command,
                        std::ostream& out) {
    std::vector<std::string> flags{"--help"};
    out << "        case \"$prev\" in\n";
    for (const CLI::Option* option : all_options(cli, command)) {
        const auto names = option_flags(*option);
        flags.insert(flags.end(), names.begin(), names.end());
        if (!takes_value(*option)) continue;
        out << "            " << joined(names, "|") << ") " << bash_values(*option, spec)
            << "; return ;;\n";
    }
    out << "        esac\n"
        << "        if [[ \"$cur\" == -* ]]; then\n"
        << "            COMPREPLY=($(compgen -W " << single_quoted(joined(flags, " "))
        << " -- \"$cur\"))\n";
    const CLI::Option* argument = command ? positional(*command) : nullptr;
    if (command == nullptr) {
        out << "        else\n            COMPREPLY=($(compgen -W "
            << single_quoted(joined(command_names(cli), " ")) << " -- \"$cur\"))\n";
    } else if (argument && path_of(*argument, spec)) {
        out << "        else\n            " << bash_values(*argument, spec) << "\n";
    }
    out << "        fi\n";
}

void write_bash(const CLI::App& cli, const CliSpec& spec, std::ostream& out) {
    out << "# bash completion for imr, written by 'imr completion bash' from its command line.\n"
           "_imr() {\n"
           "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
           "    local command=\"\" i\n"
           "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
           "        case \"${COMP_WORDS[i]}\" in\n"
           "            "
        << joined(command_names(cli), "|")
        << ") command=\"${COMP_WORDS[i]}\"; break ;;\n"
           "        esac\n"
           "    done\n"
           "    case \"$command\" in\n"
           "    \"\")\n";
    write_bash_command(cli, spec, nullptr, out);
    out << "        ;;\n";
    for (const CLI::App* command : visible_commands(cli)) {
        out << "    " << command->get_name() << ")\n";
        write_bash_command(cli, spec, command, out);
        out << "        ;;\n";
    }
    out << "    esac\n"
           "}\n"
           "complete -o filenames -F _imr imr\n";
}

// zsh's _arguments specs: brackets and colons in a description would end it.
std::string zsh_text(const std::string& text) {
    std::string out;
    for (char c : hint(text)) {
        if (c == '[')
            out += '(';
        else if (c == ']')
            out += ')';
        else if (c == ':')
            out += "\\:";
        else if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out;
}

std::string zsh_action(const CLI::Option& option, const CliSpec& spec) {
    if (auto values = values_of(option, spec); !values.empty())
        return "(" + joined(values, " ") + ")";
    if (auto path = path_of(option, spec))
        return *path == PathKind::folder ? "_directories" : "_files";
    return " ";
}

void write_zsh_arguments(const CLI::App& cli, const CliSpec& spec, const CLI::App& command,
                         const std::string& indent, std::ostream& out) {
    out << indent << "_arguments -s \\\n";
    out << indent << "  '(- *)'{-h,--help}'[Print this help message and exit]' \\\n";
    for (const CLI::Option* option : all_options(cli, &command)) {
        const auto names = option_flags(*option);
        const std::string help = "[" + zsh_text(option->get_description()) + "]";
        const std::string repeat =
            option->get_expected_max() > 1 || option->get_items_expected_max() > 1 ? "*" : "";
        std::string value;
        if (takes_value(*option)) {
            value = ":" +
                    zsh_text(option->get_type_name().empty() ? "value" : option->get_type_name()) +
                    ":" + zsh_action(*option, spec);
        }
        if (names.size() == 1) {
            out << indent << "  '" << repeat << names[0] << help << value << "' \\\n";
        } else {
            out << indent << "  '(" << joined(names, " ") << ")'" << (repeat.empty() ? "" : "'*'")
                << "{" << joined(names, ",") << "}'" << help << value << "' \\\n";
        }
    }
    if (const CLI::Option* argument = positional(command)) {
        out << indent << "  '*:" << zsh_text(argument->get_description()) << ":"
            << (path_of(*argument, spec) ? zsh_action(*argument, spec) : std::string(" ")) << "'\n";
    } else {
        out << indent << "  && return 0\n";
    }
}

void write_zsh(const CLI::App& cli, const CliSpec& spec, std::ostream& out) {
    out << "#compdef imr\n"
           "# zsh completion for imr, written by 'imr completion zsh' from its command line.\n"
           "_imr() {\n"
           "  local curcontext=\"$curcontext\" state line\n"
           "  local -a commands\n"
           "  commands=(\n";
    for (const CLI::App* command : visible_commands(cli))
        out << "    '" << command->get_name() << ":" << zsh_text(command->get_description())
            << "'\n";
    out << "  )\n"
           "  _arguments -C \\\n"
           "    '(- *)'{-h,--help}'[Print this help message and exit]' \\\n"
           "    '(- *)--version[Display program version information and exit]' \\\n";
    for (const CLI::Option* option : all_options(cli, nullptr)) {
        if (!takes_value(*option)) continue;
        out << "    '" << option_flags(*option).back() << "[" << zsh_text(option->get_description())
            << "]:" << zsh_text(option->get_type_name()) << ":" << zsh_action(*option, spec)
            << "' \\\n";
    }
    out << "    '1:command:->command' \\\n"
           "    '*::argument:->argument'\n"
           "  case $state in\n"
           "  command)\n"
           "    _describe -t commands 'imr command' commands\n"
           "    ;;\n"
           "  argument)\n"
           "    case $words[1] in\n";
    for (const CLI::App* command : visible_commands(cli)) {
        out << "    " << command->get_name() << ")\n";
        write_zsh_arguments(cli, spec, *command, "      ", out);
        out << "      ;;\n";
    }
    out << "    esac\n"
           "    ;;\n"
           "  esac\n"
           "}\n"
           "_imr \"$@\"\n";
}

void write_fish(const CLI::App& cli, const CliSpec& spec, std::ostream& out) {
    out << "# fish completion for imr, written by 'imr completion fish' from its command line.\n"
           "complete -c imr -f\n"
           "complete -c imr -s h -l help -d 'Print this help message and exit'\n"
           "complete -c imr -n __fish_use_subcommand -l version -d 'Display program version "
           "information and exit'\n";
    for (const CLI::App* command : visible_commands(cli)) {
        out << "complete -c imr -n __fish_use_subcommand -a " << command->get_name() << " -d "
            << single_quoted(hint(command->get_description())) << "\n";
    }
    const auto write_option = [&](const CLI::Option& option, const std::string& condition) {
        out << "complete -c imr -n " << single_quoted(condition);
        for (const auto& s : option.get_snames()) out << " -s " << s;
        for (const auto& l : option.get_lnames()) out << " -l " << l;
        if (takes_value(option)) {
            if (auto values = values_of(option, spec); !values.empty()) {
                out << " -x -a " << single_quoted(joined(values, " "));
            } else if (auto path = path_of(option, spec)) {
                out << " -r "
                    << (*path == PathKind::folder ? "-a '(__fish_complete_directories)'" : "-F");
            } else {
                out << " -x";
            }
        }
        out << " -d " << single_quoted(hint(option.get_description())) << "\n";
    };
    for (const CLI::Option* option : all_options(cli, nullptr)) {
        if (option->get_lnames() == std::vector<std::string>{"version"}) continue;
        write_option(*option, "true");
    }
    for (const CLI::App* command : visible_commands(cli)) {
        const std::string condition = "__fish_seen_subcommand_from " + command->get_name();
        for (const CLI::Option* option : visible_options(*command)) {
            if (!option->get_positional()) write_option(*option, condition);
        }
        if (const CLI::Option* argument = positional(*command);
            argument && path_of(*argument, spec)) {
            out << "complete -c imr -n " << single_quoted(condition)
                << (*path_of(*argument, spec) == PathKind::folder
                        ? " -a '(__fish_complete_directories)'"
                        : " -F")
                << "\n";
        }
    }
}

}  // namespace

std::optional<Shell> shell_named(std::string_view name) {
    if (name == "bash") return Shell::bash;
    if (name == "zsh") return Shell::zsh;
    if (name == "fish") return Shell::fish;
    return std::nullopt;
}

void write_completion(const CLI::App& cli, const CliSpec& spec, Shell shell, std::ostream& out) {
    switch (shell) {
        case Shell::bash:
            write_bash(cli, spec, out);
            return;
        case Shell::zsh:
            write_zsh(cli, spec, out);
            return;
        case Shell::fish:
            write_fish(cli, spec, out);
            return;
    }
}

}  // namespace imr::cmd
