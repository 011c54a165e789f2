#include "man_page.hpp"

#include <string>

#include "util/version.hpp"

namespace imr::cmd {
namespace {

// Text for roff: backslashes doubled, hyphens made minus signs (so that options can be
// copied and searched), and a leading dot or quote kept from being read as a request.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else {
            out += c;
        }
    }
    std::string lines;
    std::size_t start = 0;
    while (start <= out.size()) {
        const auto end = out.find('\n', start);
        std::string line = out.substr(start, end == std::string::npos ? end : end - start);
        if (!line.empty() && (line[0] == '.' || line[0] == '\'')) line = "\\&" + line;
        lines += line;
        if (end == std::string::npos) break;
        lines += '\n';
        start = end + 1;
    }
    return lines;
}

std::string value_name(const CLI::Option& option, const CliSpec& spec) {
    if (auto it = spec.values.find(&option); it != spec.values.end())
        return choice_list(it->second);
    return option.get_type_name();
}

void write_option(const CLI::Option& option, const CliSpec& spec, std::ostream& out) {
    out << ".TP\n";
    if (option.get_positional()) {
        out << "\\fI" << roff(option.get_name(true, false)) << "\\fR"
            << (option.get_items_expected_max() > 1 ? "..." : "") << "\n";
    } else {
        std::string names;
        for (const auto& s : option.get_snames())
            names += (names.empty() ? "" : ", ") + ("\\fB\\-" + roff(s) + "\\fR");
        for (const auto& l : option.get_lnames())
            names += (names.empty() ? "" : ", ") + ("\\fB\\-\\-" + roff(l) + "\\fR");
        out << names;
        if (option.get_expected_max() != 0 && option.get_type_size_max() != 0) {
            const std::string value = value_name(option, spec);
            if (!value.empty()) out << " \\fI" << roff(value) << "\\fR";
        }
        out << "\n";
    }
    out << roff(option.get_description()) << "\n";
}

void write_synopsis(const CLI::App& command, std::ostream& out) {
    out << "\\fBimr " << roff(command.get_name()) << "\\fR [\\fIOPTIONS\\fR]";
    for (const CLI::Option* option : visible_options(command)) {
        if (!option->get_positional()) continue;
        out << " \\fI" << roff(option->get_name(true, false)) << "\\fR"
            << (option->get_items_expected_max() > 1 ? "..." : "");
    }
    out << "\n";
}

}  // namespace

void write_man_page(const CLI::App& cli, const CliSpec& spec, std::ostream& out) {
    out << ".\\\" imr(1), written by 'imr help-man' from the command-line definitions.\n"
        << ".TH IMR 1 \"\" \"imr " << k_version << "\" \"User Commands\"\n"
        << ".SH NAME\nimr \\- "
        << roff(cli.get_description().substr(cli.get_description().find(": ") + 2))
        << "\n.SH SYNOPSIS\n\\fBimr\\fR [\\fB\\-\\-color\\fR \\fIWHEN\\fR] \\fICOMMAND\\fR "
           "[\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n.br\n\\fBimr\\fR \\fB\\-\\-help\\fR | "
           "\\fB\\-\\-version\\fR\n"
        << ".SH DESCRIPTION\n"
        << roff(
               "imr reads the chronologies that agencies submit to a UK statutory case review "
               "(Domestic Homicide, Safeguarding Adults and Child Safeguarding Practice Reviews), "
               "one YAML or JSON file per agency, with an optional register, review.yaml. It "
               "checks them, normalises the dates and names people write, merges them into one "
               "combined chronology that cites every entry's file and line, losing nothing, and "
               "finds information-sharing gaps between agencies. Diagnostics go to standard "
               "error (validate writes its report to standard output); reports go to standard "
               "output or to the file given with -o, written atomically.")
        << "\n.SH OPTIONS\nThese options may stand before or after the command.\n";
    for (const CLI::Option* option : visible_options(cli)) write_option(*option, spec, out);
    out << ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nPrint the help of imr, or of the command "
           "it follows, and exit.\n";
    out << ".SH COMMANDS\n";
    for (const CLI::App* command : visible_commands(cli)) {
        out << ".SS " << roff(command->get_name()) << "\n";
        write_synopsis(*command, out);
        out << ".PP\n" << roff(command->get_description()) << ".\n";
        for (const CLI::Option* option : visible_options(*command))
            write_option(*option, spec, out);
        if (auto it = spec.examples.find(command); it != spec.examples.end()) {
            out << ".PP\nFor example:\n";
            for (const auto& example : it->second)
                out << ".IP\n.EX\n" << roff(example) << "\n.EE\n";
        }
    }
    out << ".SH EXIT STATUS\n"
        << ".TP\n0\nSuccess.\n"
        << ".TP\n1\nThe input has errors (with \\fBvalidate \\-\\-strict\\fR, warnings too), or "
           "\\fBgaps \\-\\-fail\\-on\\fR found a finding that serious.\n"
        << ".TP\n2\nA usage error: the command line is wrong, or an output path is one of the "
           "inputs. The message starts \\(lqimr: error:\\(rq and says what to change.\n"
        << ".TP\n3\nA file could not be read or written (standard output included).\n"
        << ".TP\n70\nA bug in imr itself, not in your files: please report it with the command "
           "you ran.\n";
    out << ".SH ENVIRONMENT\n"
        << ".TP\n.B NO_COLOR\nWhen set and not empty, imr writes no colour (as "
           "\\fB\\-\\-color never\\fR), unless \\fB\\-\\-color always\\fR is given "
           "(https://no\\-color.org).\n"
        << ".TP\n.B COLUMNS\nThe width the text table of \\fBimr merge\\fR wraps to on a terminal, "
           "when the terminal does not report its own.\n";
    out << ".SH FILES\n"
        << ".TP\n.I review.yaml\nThe review's optional register in a review folder (also "
           "\\fIreview.yml\\fR or \\fIreview.json\\fR): parties with their ids, roles, aliases "
           "and private names, agencies, indicators, the review period and the gap rules' "
           "thresholds.\n"
        << ".TP\n.I *.yaml, *.yml, *.json\nOne chronology per agency, beside review.yaml in the "
           "review folder.\n"
        << ".TP\n.I /usr/share/imr/schemas/\nThe JSON Schemas of the chronology and register "
           "files, for editors (\\fBimr init\\fR names them in its template).\n"
        << ".TP\n.I /usr/share/doc/imr/examples/\nFictional example reviews.\n";
    out << ".SH EXAMPLES\n";
    for (const char* example :
         {"imr validate \\-\\-strict examples/riverside\\-dhr",
          "imr merge examples/riverside\\-dhr \\-o combined.xlsx",
          "imr merge examples/riverside\\-dhr \\-\\-from 2014\\-01\\-01 \\-\\-agency police",
          "imr gaps examples/seed\\-dhr \\-\\-fail\\-on high",
          "imr init \\-\\-agency \"Northvale Police\" \\-\\-review examples/riverside\\-dhr \\-o "
          "police.yaml",
          "imr completion bash > ~/.local/share/bash\\-completion/completions/imr"}) {
        out << ".PP\n.EX\n" << example << "\n.EE\n";
    }
    out << ".SH SEE ALSO\nThe IMR chronology format specification, and README.md in "
           "/usr/share/doc/imr/.\n";
}

}  // namespace imr::cmd
