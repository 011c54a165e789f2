#include "cli_spec.hpp"

namespace imr::cmd {

std::string choice_list(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& value : values) out += (out.empty() ? "" : "|") + value;
    return out;
}

std::vector<const CLI::App*> visible_commands(const CLI::App& cli) {
    return cli.get_subcommands(
        [](const CLI::App* sub) { return !sub->get_group().empty() && !sub->get_name().empty(); });
}

std::vector<const CLI::Option*> visible_options(const CLI::App& command) {
    std::vector<const CLI::Option*> named;
    std::vector<const CLI::Option*> positional;
    for (const CLI::Option* option : command.get_options()) {
        if (option->get_group().empty() || option == command.get_help_ptr()) continue;
        (option->get_positional() ? positional : named).push_back(option);
    }
    named.insert(named.end(), positional.begin(), positional.end());
    return named;
}

std::string option_names(const CLI::Option& option) {
    if (option.get_positional()) return option.get_name(true, false);
    std::string out;
    for (const auto& s : option.get_snames()) out += (out.empty() ? "-" : ", -") + s;
    for (const auto& l : option.get_lnames()) out += (out.empty() ? "--" : ", --") + l;
    return out;
}

}  // namespace imr::cmd
