#include "usage_error.hpp"

#include <sstream>
#include <vector>

#include "app/exit_code.hpp"
#include "cli_spec.hpp"
#include "util/edit_distance.hpp"

namespace imr::cmd {
namespace {

// The command the error arose in: the parsed subcommand, else imr itself.
const CLI::App& failing_command(const CLI::App& cli) {
    for (const CLI::App* sub : cli.get_subcommands({})) {
        if (sub->parsed()) return *sub;
    }
    return cli;
}

std::string command_line(const CLI::App& cli, const CLI::App& command) {
    return &command == &cli ? std::string("imr") : "imr " + command.get_name();
}

std::string see_help(const CLI::App& cli, const CLI::App& command) {
    return "see '" + command_line(cli, command) + " --help'";
}

// Every option name `command` (and imr itself) takes: "--format", "-o", ...
std::vector<std::string> option_words(const CLI::App& cli, const CLI::App& command) {
    std::vector<std::string> words;
    for (const CLI::App* app : {&command, &cli}) {
        for (const CLI::Option* option : app->get_options()) {
            if (option->get_positional()) continue;
            for (const auto& l : option->get_lnames()) words.push_back("--" + l);
            for (const auto& s : option->get_snames()) words.push_back("-" + s);
        }
        if (app == &cli) break;
    }
    return words;
}

// The words after "not expected: " in CLI11's ExtrasError.
std::vector<std::string> extra_words(const std::string& what) {
    std::vector<std::string> words;
    const auto colon = what.find(": ");
    std::istringstream in(colon == std::string::npos ? what : what.substr(colon + 2));
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

const CLI::Option* option_named(const CLI::App& command, const std::string& name) {
    for (const CLI::Option* option : command.get_options()) {
        if (option->check_name(name) || option->get_name(true, false) == name) return option;
    }
    return nullptr;
}

std::string lower_first(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] + 32);
    return text;
}

std::string usage_message(const CLI::App& cli, const CLI::ParseError& error) {
    const CLI::App& command = failing_command(cli);
    const std::string name = command_line(cli, command);
    const std::string what = error.what();
    // CLI11 lists the extra words in reverse: the first one given is last.
    if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
        const auto words = extra_words(what);
        const std::string word = words.empty() ? std::string() : words.back();
        if (!word.empty() && word[0] == '-') {
            const std::string written = word.substr(0, word.find('='));
            std::string message = "unknown option '" + written + "' for '" + name + "'";
            // A single letter is too short to guess from.
            if (auto guess = written.size() > 2 ? util::nearest(written, option_words(cli, command))
                                                : std::nullopt)
                return message + ": did you mean '" + *guess + "'? (" + see_help(cli, command) +
                       ")";
            return message + " (" + see_help(cli, command) + " for its options)";
        }
        return "'" + name + "' does not take '" + word + "' here (quote a value that has spaces; " +
               see_help(cli, command) + ")";
    }
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
        if (what.find("subcommand") != std::string::npos)
            return "no command given (try 'imr validate DIR' or 'imr merge DIR'; 'imr --help' "
                   "lists "
                   "the commands)";
        const std::string option_name = what.substr(0, what.find(' '));
        const CLI::Option* option = option_named(command, option_name);
        if (option && option->get_positional()) {
            if (option_name == "paths")
                return "'" + name + "' needs a review folder or chronology files (e.g. '" + name +
                       " examples/riverside-dhr'; " + see_help(cli, command) + ")";
            return "'" + name + "' needs " + option->get_type_name() + ": " +
                   lower_first(option->get_description()) + " (" + see_help(cli, command) + ")";
        }
        return "'" + name + "' needs " + option_name +
               (option ? " " + option->get_type_name() : std::string()) + " (" +
               see_help(cli, command) + ")";
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
        const std::string option_name = what.substr(0, what.find(':'));
        return option_name + " needs a value (" + see_help(cli, command) + ")";
    }
    if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
        // "Could not convert: --jobs = x"
        const auto colon = what.find(": ");
        const std::string rest = colon == std::string::npos ? what : what.substr(colon + 2);
        const auto equals = rest.find(" = ");
        if (equals != std::string::npos)
            return rest.substr(0, equals) + ": '" + rest.substr(equals + 3) +
                   "' is not a number (" + see_help(cli, command) + ")";
    }
    // Validation errors are worded by imr's own validators: "--format: 'xml' is not ...".
    return lower_first(what) + " (" + see_help(cli, command) + ")";
}

}  // namespace

int report_usage_error(const CLI::App& cli, const CLI::ParseError& error, std::ostream& err) {
    err << "imr: error: " << usage_message(cli, error) << "\n";
    return app::k_exit_usage;
}

std::optional<std::string> unknown_command_error(const CLI::App& cli, std::string_view word) {
    std::vector<std::string> names;
    for (const CLI::App* sub : cli.get_subcommands({})) {
        if (sub->check_name(std::string(word))) return std::nullopt;
        if (!sub->get_group().empty()) names.push_back(sub->get_name());
    }
    std::string message = "imr: error: unknown command '" + std::string(word) + "'";
    if (auto guess = util::nearest(word, names))
        return message + " (did you mean 'imr " + *guess + "'?)";
    return message + " (see 'imr --help' for the commands)";
}

}  // namespace imr::cmd
