// The command line: CLI11 turns arguments into one plain options struct per command,
// and the library does the rest. The front end owns the terminal: whether standard output
// and standard error are terminals, their width, colour (--color, NO_COLOR) and progress
// are decided here and reach the library as plain options and a callback. Only cmd/
// includes CLI11.
#include "cli.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "analyse/gap_analyser.hpp"
#include "app/dates_command.hpp"
#include "app/exit_code.hpp"
#include "app/gaps_command.hpp"
#include "app/import_command.hpp"
#include "app/init_command.hpp"
#include "app/knowledge_command.hpp"
#include "app/merge_command.hpp"
#include "app/parties_command.hpp"
#include "app/report_command.hpp"
#include "app/validate_command.hpp"
#include "cli_spec.hpp"
#include "completion.hpp"
#include "man_page.hpp"
#include "progress_meter.hpp"
#include "terminal.hpp"
#include "usage_error.hpp"
#include "util/text.hpp"
#include "util/version.hpp"

#ifndef IMR_SCHEMA_DIR
#define IMR_SCHEMA_DIR ""
#endif

namespace imr::cmd {
namespace {

// What the front end decides for every command, once the command line is parsed.
struct FrontEnd {
    std::string colour = "auto";  // --color

    bool out_is_terminal() const { return is_terminal(STDOUT_FILENO); }
    bool colour_out() const { return use_colour(*colour_choice(colour), STDOUT_FILENO); }
    bool colour_err() const { return use_colour(*colour_choice(colour), STDERR_FILENO); }
    int width() const { return terminal_width(STDOUT_FILENO, render::RenderOptions{}.width); }
    // Progress is for a person watching a terminal: never when standard error is piped.
    bool progress() const { return is_terminal(STDERR_FILENO); }
};

// An option taking one of `values`, written one way in --help, the man page, completion and
// errors: `--format text|md|csv`.
// `accepts` may take more than `values` (aliases such as "markdown"); only `values` are shown.
CLI::Option* add_choice(CLI::App& command, CliSpec& spec, const std::string& flags,
                        std::string& value, const std::vector<std::string>& values,
                        const std::string& help,
                        std::function<bool(const std::string&)> accepts = {}) {
    auto* option = command.add_option(flags, value, help);
    const std::string list = choice_list(values);
    option->type_name(list)->check(CLI::Validator(
        [values, list, accepts, name = option->get_name()](std::string& given) -> std::string {
            if (accepts && accepts(given)) return {};
            for (const auto& v : values) {
                if (given == v) return {};
            }
            return "'" + given + "' is not one of " + list + ": choose one, e.g. " + name + " " +
                   values.front();
        },
        "", "choice"));
    spec.values[option] = values;
    return option;
}

// A positional naming files or folders, for completion.
CLI::Option* add_paths(CLI::App& command, CliSpec& spec, std::vector<std::string>& paths,
                       const std::string& help) {
    auto* option = command.add_option("paths", paths, help)->required()->type_name("PATH");
    spec.paths[option] = PathKind::file_or_folder;
    return option;
}

// --jobs N: how many files are read at once (the output never depends on it);
// --max-file-size SIZE: the largest file read, against hostile or mistaken inputs.
void add_read_options(CLI::App& command, imr::load::ReadOptions& read) {
    command
        .add_option("-j,--jobs", read.jobs,
                    "Read this many files at once, 1 to 1024 (default: one per core)")
        ->type_name("N")
        ->check(CLI::Validator(
            [](std::string& given) -> std::string {
                char* end = nullptr;
                const long n = std::strtol(given.c_str(), &end, 10);
                if (end != given.c_str() && *end == '\0' && n >= 1 && n <= 1024) return {};
                return "'" + given + "' is not a number from 1 to 1024, e.g. --jobs 4";
            },
            "", "jobs"));
    auto size = std::make_shared<CLI::AsSizeValue>(false);
    command
        .add_option(
            "--max-file-size", read.max_file_bytes,
            "Refuse any file larger than this: bytes, or with KiB, MiB or GiB (default: 256MiB)")
        ->type_name("SIZE")
        ->transform(CLI::Validator(
            [size](std::string& given) -> std::string {
                const std::string written = given;
                std::string problem;
                try {
                    problem = (*size)(given);
                } catch (const CLI::ParseError&) {
                    problem = "not a size";
                }
                std::uintmax_t bytes = 0;
                if (problem.empty() && CLI::detail::lexical_cast(given, bytes) && bytes >= 1 &&
                    bytes <= (std::uintmax_t{1} << 40))
                    return {};
                return "'" + written +
                       "' is not a size from 1 byte to 1TiB: write bytes, or a number with KiB, "
                       "MiB or GiB, e.g. --max-file-size 512MiB";
            },
            "", "size"));
}

// What a command's function gives back: its subcommand, and how to run it once parsed.
struct Command {
    CLI::App* sub = nullptr;
    std::function<int()> run;
};

// Runs a command that reads a review: progress on a terminal's standard error, and the
// command's output and diagnostics through the meter so that its line never cuts into them.
template <typename Options, typename Run>
int run_reading(Options& options, const FrontEnd& front, Run run) {
    ProgressMeter meter(front.progress(), front.out_is_terminal());
    options.read.progress = meter.callback();
    return run(options, meter.out(), meter.err());
}

const std::vector<std::string> k_no_values;

// The help of the paths of a command that reads one review.
const char* const k_review_paths = "A review folder, or chronology files";

// -o FILE, for completion a file name.
void add_output(CLI::App& command, CliSpec& spec, std::string& output,
                const std::string& help =
                    "Write to this file (atomically) instead of standard "
                    "output") {
    spec.paths[command.add_option("-o,--output", output, help)->type_name("FILE")] = PathKind::file;
}

// --redact, on every command that writes what the agencies wrote.
void add_redact(CLI::App& command, bool& redact) {
    command.add_flag("--redact", redact,
                     "Replace every real (private) name from review.yaml with the party's id");
}

Command add_validate(CLI::App& cli, CliSpec& spec, const FrontEnd& front) {
    struct Args {
        app::ValidateOptions options;
        std::string format;
    };
    auto args = std::make_shared<Args>();
    auto* sub = cli.add_subcommand(
        "validate",
        "Check chronology and register files and report every problem, for authors and CI");
    add_paths(*sub, spec, args->options.paths, "Review folders or chronology files");
    sub->add_flag("--strict", args->options.strict, "Treat warnings as errors");
    add_read_options(*sub, args->options.read);
    add_choice(
        *sub, spec, "--format", args->format, {"text", "json", "github", "junit", "sarif"},
        "Report format: text, github (annotations for pull requests), junit (JUnit XML), "
        "sarif (SARIF 2.1.0) or json (default: from -o's extension; else text)",
        [](const std::string& given) { return render::diagnostics_format(given).has_value(); });
    add_output(*sub, spec, args->options.output,
               "Write the report to this file (atomically; the format from its extension: .txt, "
               ".json, .xml for JUnit, .sarif) instead of standard output");
    spec.examples[sub] = {"imr validate --strict examples/riverside-dhr",
                          "imr validate --format github examples/riverside-dhr"};
    return {sub, [args, &front] {
                if (!args->format.empty())
                    args->options.format = render::diagnostics_format(args->format);
                args->options.colour = front.colour_out();
                return run_reading(args->options, front, app::run_validate);
            }};
}

Command add_merge(CLI::App& cli, CliSpec& spec, const FrontEnd& front) {
    struct Args {
        app::MergeOptions options;
        std::string format;
    };
    auto args = std::make_shared<Args>();
    auto& merge = args->options;
    auto* sub = cli.add_subcommand(
        "merge",
        "Combine every agency's chronology into one, in date order, citing each entry's source");
    add_paths(*sub, spec, merge.paths, k_review_paths);
    add_choice(
        *sub, spec, "--format", args->format,
        {"text", "md", "csv", "json", "yaml", "html", "xlsx", "docx"},
        "Output format (default: from -o's extension; else text on a terminal, md "
        "otherwise): text is a table for the terminal; xlsx needs -o; docx is Word",
        [](const std::string& given) { return render::chronology_format(given).has_value(); });
    add_output(*sub, spec, merge.output);
    add_redact(*sub, merge.redact);
    sub->add_option(
           "--from", merge.filter.from,
           "Only entries whose date may fall on or after DATE (any date form the files use)")
        ->type_name("DATE");
    sub->add_option("--to", merge.filter.to, "Only entries whose date may fall on or before DATE")
        ->type_name("DATE");
    sub->add_option("--agency", merge.filter.agencies,
                    "Only this agency's entries (name or alias; repeat for several)")
        ->type_name("NAME")
        ->allow_extra_args(false);
    sub->add_option("--party", merge.filter.parties,
                    "Only entries involving this party (id or alias; repeat for several)")
        ->type_name("ID")
        ->allow_extra_args(false);
    sub->add_flag("--significant", merge.filter.significant_only,
                  "Only entries marked significant");
    add_read_options(*sub, merge.read);
    sub->footer(
        "Filtered output keeps each entry's number (#) from the whole chronology, so a "
        "citation such as '#12' means the same entry in every copy.\n" +
        cli.get_footer());
    spec.examples[sub] = {"imr merge examples/riverside-dhr -o combined.xlsx",
                          "imr merge examples/riverside-dhr --from 2014-01-01 --agency police"};
    return {sub, [args, &front] {
                auto& options = args->options;
                if (!args->format.empty()) options.format = render::chronology_format(args->format);
                options.is_terminal = front.out_is_terminal();
                options.width = front.width();
                options.colour = front.colour_err();
                return run_reading(options, front, app::run_merge);
            }};
}

Command add_parties(CLI::App& cli, CliSpec& spec, const FrontEnd& front) {
    struct Args {
        app::PartiesOptions options;
        std::string format = "text";
    };
    auto args = std::make_shared<Args>();
    auto* sub = cli.add_subcommand(
        "parties", "Show how every party, agency and indicator name written in a review resolved");
    add_paths(*sub, spec, args->options.paths, k_review_paths);
    add_choice(*sub, spec, "--format", args->format, {"text", "json"},
               "Report format (default: text)");
    add_read_options(*sub, args->options.read);
    spec.examples[sub] = {"imr parties examples/riverside-dhr"};
    return {sub, [args, &front] {
                args->options.json = args->format == "json";
                args->options.colour = front.colour_err();
                return run_reading(args->options, front, app::run_parties);
            }};
}

Command add_init(CLI::App& cli, CliSpec& spec, const FrontEnd& front) {
    auto init = std::make_shared<app::InitOptions>();
    auto* sub =
        cli.add_subcommand("init", "Write a ready-to-fill chronology template for an agency");
    sub->add_option("--agency", init->agency, "The agency's name (or an alias in review.yaml)")
        ->type_name("NAME")
        ->required();
    spec.paths[sub->add_option("--review", init->review_dir,
                               "A review folder whose review.yaml lists the parties")
                   ->type_name("DIR")] = PathKind::folder;
    spec.paths[sub->add_option("-o,--output", init->output,
                               "Write to this new file instead of standard output")
                   ->type_name("FILE")] = PathKind::file;
    spec.paths[sub->add_option("--schema", init->schema,
                               "The schema path to name in the file's first line (default: the "
                               "schemas/ folder beside the review, else the installed one)")
                   ->type_name("PATH")] = PathKind::file;
    spec.examples[sub] = {
        "imr init --agency \"Northvale Police\" --review examples/riverside-dhr -o police.yaml"};
    return {sub, [init, &front] {
                init->installed_schemas = installed_schema_dir();
                init->colour = front.colour_err();
                return app::run_init(*init, std::cout, std::cerr);
            }};
}

Command add_dates(CLI::App& cli, CliSpec& spec, const FrontEnd&) {
    struct Args {
        app::DatesOptions options;
        std::string format = "text";
    };
    auto args = std::make_shared<Args>();
    auto* sub = cli.add_subcommand("dates", "Show how written dates normalise (for IMR authors)");
    sub->add_option("texts", args->options.texts, "Dates as written, e.g. 'late March 2014'")
        ->type_name("TEXT")
        ->required();
    sub->add_flag("--mdy", args->options.mdy, "Read numeric dates month first (date_order: mdy)");
    add_choice(*sub, spec, "--format", args->format, {"text", "json"},
               "Output format (default: text)");
    spec.examples[sub] = {"imr dates \"late March 2014\" 2/8/13"};
    return {sub, [args] {
                args->options.json = args->format == "json";
                return app::run_dates(args->options, std::cout);
            }};
}

Command add_gaps(CLI::App& cli, CliSpec& spec, const FrontEnd& front) {
    struct Args {
        app::GapsOptions options;
        std::string format;
        std::string fail_on;
    };
    auto args = std::make_shared<Args>();
    auto& gaps = args->options;
    auto* sub = cli.add_subcommand(
        "gaps",
        "Find information-sharing gaps between agencies (spec section 6), citing entries for each");
    add_paths(*sub, spec, gaps.paths, k_review_paths);
    add_choice(*sub, spec, "--format", args->format, {"text", "md", "json", "csv", "docx"},
               "Output format (default: from -o's extension; else text)",
               [](const std::string& given) { return render::findings_format(given).has_value(); });
    add_output(*sub, spec, gaps.output);
    auto* rule = sub->add_option("--rule", gaps.rules,
                                 "Run only this rule (repeat, or separate with commas)")
                     ->type_name("RULE")
                     ->delimiter(',')
                     ->allow_extra_args(false);
    spec.values[rule] = analyse::gap_rule_ids();
    add_choice(*sub, spec, "--fail-on", args->fail_on, {"high", "medium", "low"},
               "Exit 1 when a finding is this serious or more", [](const std::string& given) {
                   return analyse::finding_severity(given).has_value();
               });
    add_redact(*sub, gaps.redact);
    sub->add_option("--explain", gaps.explain,
                    "Show the knowledge path of finding N (as listed): who recorded what, "
                    "which shares carried it, why the rule fired")
        ->type_name("N");  // run_gaps says which numbers the findings have
    add_read_options(*sub, gaps.read);
    spec.examples[sub] = {"imr gaps examples/seed-dhr --fail-on high",
                          "imr gaps examples/seed-dhr --rule critical-not-shared --format md"};
    return {sub, [args, &front] {
                auto& options = args->options;
                if (!args->format.empty()) options.format = render::findings_format(args->format);
                if (!args->fail_on.empty())
                    options.fail_on = analyse::finding_severity(args->fail_on);
                options.colour = front.colour_err();
                options.colour_output = front.colour_out();
                return run_reading(options, front, app::run_gaps);
            }};
}

Command add_knowledge(CLI::App& cli, CliSpec& spec, const FrontEnd& front) {
    struct Args {
        app::KnowledgeOptions options;
        std::string format;  // empty: text on a terminal, md otherwise
        std::string party;
    };
    auto args = std::make_shared<Args>();
    auto* sub = cli.add_subcommand(
        "knowledge",
        "Show who knew what, when: for each indicator about a party, when each agency knew it");
    add_paths(*sub, spec, args->options.paths, k_review_paths);
    sub->add_option("--party", args->party, "Only this party (id or alias)")->type_name("ID");
    add_choice(
        *sub, spec, "--format", args->format, {"text", "md", "json", "csv"},
        "Output format (default: from -o's extension; else text on a terminal, md otherwise)",
        [](const std::string& given) { return render::knowledge_format(given).has_value(); });
    add_output(*sub, spec, args->options.output);
    add_redact(*sub, args->options.redact);
    add_read_options(*sub, args->options.read);
    spec.examples[sub] = {"imr knowledge examples/seed-dhr --party M"};
    return {sub, [args, &front] {
                auto& options = args->options;
                // Without --format, -o's extension decides; else a terminal gets text.
                if (!args->format.empty())
                    options.format = render::knowledge_format(args->format);
                else if (options.output.empty() || options.output == "-")
                    options.format =
                        render::knowledge_format(front.out_is_terminal() ? "text" : "md");
                if (!args->party.empty()) options.party = args->party;
                options.colour = front.colour_err();
                return run_reading(options, front, app::run_knowledge);
            }};
}

Command add_report(CLI::App& cli, CliSpec& spec, const FrontEnd& front) {
    auto report = std::make_shared<app::ReportOptions>();
    auto* sub = cli.add_subcommand(
        "report",
        "Write the panel pack: gaps, who knew what, and the combined chronology in one HTML page "
        "or Word document");
    add_paths(*sub, spec, report->paths, k_review_paths);
    add_output(*sub, spec, report->output);
    add_choice(*sub, spec, "--format", report->format, {"html", "docx"},
               "Output format (default: from -o's extension; else html)");
    add_redact(*sub, report->redact);
    add_read_options(*sub, report->read);
    spec.examples[sub] = {"imr report examples/seed-dhr -o panel-pack.html",
                          "imr report examples/seed-dhr -o panel-pack.docx"};
    return {sub, [report, &front] {
                report->colour = front.colour_err();
                report->is_terminal = front.out_is_terminal();
                return run_reading(*report, front, app::run_report);
            }};
}

Command add_import(CLI::App& cli, CliSpec& spec, const FrontEnd&) {
    struct Args {
        app::ImportOptions options;
        std::string date_order = "dmy";
        std::string format;
        load::ReadOptions read;
    };
    auto args = std::make_shared<Args>();
    auto& o = args->options;
    auto* sub = cli.add_subcommand(
        "import", "Turn a chronology table in Word, Excel or CSV into a chronology file (spec 8)");
    spec.paths[sub->add_option("file", o.file, "The .docx, .xlsx or .csv file")
                   ->required()
                   ->type_name("FILE")] = PathKind::file;
    sub->add_option("--agency", o.agency, "The agency whose chronology it is (name or alias)")
        ->type_name("NAME")
        ->required();
    add_output(*sub, spec, o.output,
               "Write to this file (.yaml or .json) instead of standard output");
    spec.paths[sub->add_option("--review", o.review,
                               "A review folder: resolve agency, party and indicator names by "
                               "its register")
                   ->type_name("DIR")] = PathKind::file_or_folder;
    sub->add_option("--map", o.maps, "Map a column heading to a field, as in \"When=date\"")
        ->type_name("HEADING=FIELD");
    sub->add_option("--sheet", o.sheet, "Read this sheet of a workbook")->type_name("NAME");
    sub->add_option("--table", o.table, "Read only this table of a Word document (from 1)")
        ->type_name("N");
    add_choice(*sub, spec, "--date-order", args->date_order, {"dmy", "mdy"},
               "Numeric dates day first or month first (default: dmy)");
    add_choice(*sub, spec, "--format", args->format, {"yaml", "json"},
               "Output format (default: yaml)");
    add_read_options(*sub, args->read);
    spec.examples[sub] = {
        "imr import police.docx --agency 'Northvale Police' --review examples/riverside-dhr "
        "-o police.yaml"};
    return {sub, [args] {
                args->options.mdy = args->date_order == "mdy";
                if (!args->format.empty()) args->options.format = args->format;
                args->options.max_file_bytes = args->read.max_file_bytes;
                args->options.installed_schemas = installed_schema_dir();
                return app::run_import(args->options, std::cout, std::cerr);
            }};
}

Command add_completion(CLI::App& cli, CliSpec& spec, const FrontEnd&) {
    auto shell = std::make_shared<std::string>();
    auto* sub =
        cli.add_subcommand("completion", "Print the shell completion script for bash, zsh or fish");
    auto* option = sub->add_option("shell", *shell, "The shell")->required();
    option->type_name(choice_list({"bash", "zsh", "fish"}))
        ->check(CLI::Validator(
            [](std::string& given) -> std::string {
                if (shell_named(given)) return {};
                return "'" + given +
                       "' is not one of bash|zsh|fish: choose one, e.g. imr completion bash";
            },
            "", "shell"));
    spec.values[option] = {"bash", "zsh", "fish"};
    spec.examples[sub] = {"imr completion bash > ~/.local/share/bash-completion/completions/imr",
                          "imr completion fish > ~/.config/fish/completions/imr.fish"};
    return {sub, [shell, &cli, &spec] {
                write_completion(cli, spec, *shell_named(*shell), std::cout);
                return app::k_exit_ok;
            }};
}

// Hidden: the build writes the man page with it.
Command add_help_man(CLI::App& cli, CliSpec& spec, const FrontEnd&) {
    auto* sub = cli.add_subcommand("help-man", "Print the man page (roff)")->group("");
    return {sub, [&cli, &spec] {
                write_man_page(cli, spec, std::cout);
                return app::k_exit_ok;
            }};
}

}  // namespace

std::string installed_schema_dir() {
    // The schemas installed beside the binary (PREFIX/bin/imr, PREFIX/share/imr/schemas),
    // wherever the prefix is; else where the build said they would be installed.
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto dir = exe.parent_path().parent_path() / "share" / "imr" / "schemas";
        if (std::filesystem::is_directory(dir, ec)) return dir.string();
    }
    return IMR_SCHEMA_DIR;
}

int run_cli(int argc, char** argv) {
    CLI::App cli{
        "imr: combine agencies' IMR chronologies into one and find information-sharing gaps",
        "imr"};
    cli.set_version_flag("--version", std::string("imr ") + k_version);
    cli.require_subcommand(1);
    cli.fallthrough();  // --color may follow the command
    cli.footer(
        "Exit codes: 0 success, 1 errors in the input, 2 usage error, 3 a file could not be "
        "read or written, 70 a bug in imr (please report it).\n"
        "See 'imr COMMAND --help' for each command, and 'man imr'.");
    CliSpec spec;
    FrontEnd front;
    add_choice(cli, spec, "--color", front.colour, {"auto", "always", "never"},
               "Colour diagnostics and severities: auto (on a terminal, unless NO_COLOR is "
               "set), always or never (default: auto)");

    // One function per command: each declares its options and says how to run it.
    const std::vector<Command> commands = {
        add_validate(cli, spec, front),  add_merge(cli, spec, front),
        add_parties(cli, spec, front),   add_init(cli, spec, front),
        add_dates(cli, spec, front),     add_gaps(cli, spec, front),
        add_knowledge(cli, spec, front), add_report(cli, spec, front),
        add_import(cli, spec, front),    add_completion(cli, spec, front),
        add_help_man(cli, spec, front),
    };

    // CLI11 would call an unknown command "extra arguments"; name it plainly.
    if (argc > 1 && argv[1][0] != '-') {
        if (auto error = unknown_command_error(cli, argv[1])) {
            std::cerr << *error << "\n";
            return app::k_exit_usage;
        }
    }
    try {
        cli.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return cli.exit(e, std::cout, std::cerr) == 0 ? app::k_exit_ok : app::k_exit_usage;
    } catch (const CLI::CallForAllHelp& e) {
        return cli.exit(e, std::cout, std::cerr) == 0 ? app::k_exit_ok : app::k_exit_usage;
    } catch (const CLI::CallForVersion& e) {
        return cli.exit(e, std::cout, std::cerr) == 0 ? app::k_exit_ok : app::k_exit_usage;
    } catch (const CLI::ParseError& e) {
        return report_usage_error(cli, e, std::cerr);
    }
    for (const Command& command : commands) {
        if (command.sub->parsed()) return command.run();
    }
    return app::k_exit_usage;
}

}  // namespace imr::cmd
