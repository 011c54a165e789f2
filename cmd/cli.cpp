// The command line: CLI11 turns arguments into one plain options struct per command,
// and the library does the rest. This is the only translation unit that includes CLI11.
#include "cli.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

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
#include "util/version.hpp"

namespace imr::cmd {
namespace {

// A CLI11 validator that accepts the names `parse` accepts.
template <typename Parse>
CLI::Validator one_of(std::string names, Parse parse) {
    return CLI::Validator(
        [parse, names](std::string& value) -> std::string {
            if (parse(value)) return {};
            return "'" + value + "' is not one of: " + names;
        },
        names, "format");
}

bool has_subcommand(const CLI::App& app, const std::string& name) {
    for (const CLI::App* sub : app.get_subcommands({})) {
        if (sub->check_name(name)) return true;
    }
    return false;
}

// --jobs N: how many files are read at once (the output never depends on it);
// --max-file-size SIZE: the largest file read, against hostile or mistaken inputs.
void add_read_options(CLI::App& command, imr::load::ReadOptions& read) {
    command
        .add_option("-j,--jobs", read.jobs,
                    "Read this many files at once, 1 to 1024 (default: one per core)")
        ->type_name("N")
        ->check(CLI::Range(1U, 1024U).description(""));
    command
        .add_option(
            "--max-file-size", read.max_file_bytes,
            "Refuse any file larger than this: bytes, or with KiB, MiB or GiB (default: 256MiB)")
        ->type_name("SIZE")
        ->transform(CLI::AsSizeValue(false).description(""))
        ->check(CLI::Range(std::uintmax_t{1}, std::uintmax_t{1} << 40).description(""));
}

// What a command's function gives back: its subcommand, and how to run it once parsed.
struct Command {
    CLI::App* sub = nullptr;
    std::function<int()> run;
};

Command add_validate(CLI::App& cli) {
    struct Args {
        app::ValidateOptions options;
        std::string format;
    };
    auto args = std::make_shared<Args>();
    auto* sub = cli.add_subcommand(
        "validate",
        "Check chronology and register files and report every problem, for authors and CI");
    sub->add_option("paths", args->options.paths, "Review folders or chronology files")->required();
    sub->add_flag("--strict", args->options.strict, "Treat warnings as errors");
    add_read_options(*sub, args->options.read);
    sub->add_option("--format", args->format,
                    "Report format: text, json, github (annotations), junit (JUnit XML) or sarif "
                    "(SARIF 2.1.0)")
        ->check(one_of("text, json, github, junit, sarif", render::diagnostics_format));
    sub->add_option("-o,--output", args->options.output,
                    "Write the report to this file (atomically; the format from its extension: "
                    ".txt, .json, .xml for JUnit, .sarif) instead of standard output");
    return {sub, [args] {
                if (!args->format.empty())
                    args->options.format = render::diagnostics_format(args->format);
                return app::run_validate(args->options, std::cout, std::cerr);
            }};
}

Command add_merge(CLI::App& cli) {
    struct Args {
        app::MergeOptions options;
        std::string format;
    };
    auto args = std::make_shared<Args>();
    auto& merge = args->options;
    auto* sub = cli.add_subcommand(
        "merge",
        "Combine every agency's chronology into one, in date order, citing each entry's source");
    sub->add_option("paths", merge.paths, "A review folder, or chronology files")->required();
    sub->add_option(
           "--format", args->format,
           "Output format: text (a table for the terminal), md, csv, json, yaml, html, xlsx or "
           "docx (default: from -o's extension; else text on a terminal, md otherwise). xlsx "
           "needs -o")
        ->check(one_of("text, md, csv, json, yaml, html, xlsx, docx", render::chronology_format));
    sub->add_option("-o,--output", merge.output,
                    "Write to this file (atomically) instead of standard output");
    sub->add_flag("--redact", merge.redact,
                  "Replace every real (private) name from review.yaml with the party's id");
    sub->add_option(
        "--from", merge.filter.from,
        "Only entries whose date may fall on or after DATE (any date form the files use)");
    sub->add_option("--to", merge.filter.to, "Only entries whose date may fall on or before DATE");
    sub->add_option("--agency", merge.filter.agencies,
                    "Only this agency's entries (name or alias; repeat for several)")
        ->allow_extra_args(false);
    sub->add_option("--party", merge.filter.parties,
                    "Only entries involving this party (id or alias; repeat for several)")
        ->allow_extra_args(false);
    sub->add_flag("--significant", merge.filter.significant_only,
                  "Only entries marked significant");
    add_read_options(*sub, merge.read);
    sub->footer(
        "Filtered output keeps each entry's number (#) from the whole chronology, so a "
        "citation such as '#12' means the same entry in every copy.\n" +
        cli.get_footer());
    return {sub, [args] {
                if (!args->format.empty())
                    args->options.format = render::chronology_format(args->format);
                return app::run_merge(args->options, std::cout, std::cerr);
            }};
}

Command add_parties(CLI::App& cli) {
    struct Args {
        app::PartiesOptions options;
        std::string format = "text";
    };
    auto args = std::make_shared<Args>();
    auto* sub = cli.add_subcommand(
        "parties", "Show how every party, agency and indicator name written in a review resolved");
    sub->add_option("paths", args->options.paths, "A review folder, or chronology files")
        ->required();
    sub->add_option("--format", args->format, "Report format: text or json")
        ->check(CLI::IsMember({"text", "json"}));
    return {sub, [args] {
                args->options.json = args->format == "json";
                return app::run_parties(args->options, std::cout, std::cerr);
            }};
}

Command add_init(CLI::App& cli) {
    auto init = std::make_shared<app::InitOptions>();
    auto* sub =
        cli.add_subcommand("init", "Write a ready-to-fill chronology template for an agency");
    sub->add_option("--agency", init->agency, "The agency's name (or an alias in review.yaml)")
        ->required();
    sub->add_option("--review", init->review_dir,
                    "A review folder whose review.yaml lists the parties");
    sub->add_option("-o,--output", init->output,
                    "Write to this new file instead of standard output");
    sub->add_option("--schema", init->schema, "The schema path to name in the file's first line")
        ->capture_default_str();
    return {sub, [init] { return app::run_init(*init, std::cout, std::cerr); }};
}

Command add_dates(CLI::App& cli) {
    struct Args {
        app::DatesOptions options;
        std::string format = "text";
    };
    auto args = std::make_shared<Args>();
    auto* sub = cli.add_subcommand("dates", "Show how written dates normalise (for IMR authors)");
    sub->add_option("texts", args->options.texts, "Dates as written, e.g. 'late March 2014'")
        ->required();
    sub->add_flag("--mdy", args->options.mdy, "Read numeric dates month first (date_order: mdy)");
    sub->add_option("--format", args->format, "Output format: text or json")
        ->check(CLI::IsMember({"text", "json"}));
    return {sub, [args] {
                args->options.json = args->format == "json";
                return app::run_dates(args->options, std::cout);
            }};
}

Command add_gaps(CLI::App& cli) {
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
    sub->add_option("paths", gaps.paths, "A review folder, or chronology files")->required();
    sub->add_option("--format", args->format,
                    "Output format: text, md, json, csv or docx (default: from -o's extension; "
                    "else text)")
        ->check(one_of("text, md, json, csv, docx", render::findings_format));
    sub->add_option("-o,--output", gaps.output,
                    "Write to this file (atomically) instead of standard output");
    sub->add_option("--rule", gaps.rules, "Run only this rule (repeat, or separate with commas)")
        ->delimiter(',')
        ->allow_extra_args(false);
    sub->add_option("--fail-on", args->fail_on,
                    "Exit 1 when a finding is this serious or more: high, medium or low")
        ->check(one_of("high, medium, low", analyse::finding_severity));
    sub->add_flag("--redact", gaps.redact,
                  "Replace every real (private) name from review.yaml with the party's id");
    sub->add_option("--explain", gaps.explain,
                    "Show the knowledge path of finding N (as listed): who recorded what, "
                    "which shares carried it, why the rule fired")
        ->check(CLI::Range(1, 100000000));
    add_read_options(*sub, gaps.read);
    return {sub, [args] {
                if (!args->format.empty())
                    args->options.format = render::findings_format(args->format);
                if (!args->fail_on.empty())
                    args->options.fail_on = analyse::finding_severity(args->fail_on);
                return app::run_gaps(args->options, std::cout, std::cerr);
            }};
}

Command add_knowledge(CLI::App& cli) {
    struct Args {
        app::KnowledgeOptions options;
        std::string format;
        std::string party;
    };
    auto args = std::make_shared<Args>();
    auto* sub = cli.add_subcommand(
        "knowledge",
        "Show who knew what, when: for each indicator about a party, when each agency knew it");
    sub->add_option("paths", args->options.paths, "A review folder, or chronology files")
        ->required();
    sub->add_option("--party", args->party, "Only this party (id or alias)");
    sub->add_option("--format", args->format,
                    "Output format: md, json or csv (default: from -o's extension; else md)")
        ->check(one_of("md, json, csv", render::knowledge_format));
    sub->add_option("-o,--output", args->options.output,
                    "Write to this file (atomically) instead of standard output");
    sub->add_flag("--redact", args->options.redact,
                  "Replace every real (private) name from review.yaml with the party's id");
    add_read_options(*sub, args->options.read);
    return {sub, [args] {
                if (!args->format.empty())
                    args->options.format = render::knowledge_format(args->format);
                if (!args->party.empty()) args->options.party = args->party;
                return app::run_knowledge(args->options, std::cout, std::cerr);
            }};
}

Command add_report(CLI::App& cli) {
    auto report = std::make_shared<app::ReportOptions>();
    auto* sub = cli.add_subcommand(
        "report",
        "Write the panel pack: gaps, who knew what, and the combined chronology in one HTML page "
        "or Word document");
    sub->add_option("paths", report->paths, "A review folder, or chronology files")->required();
    sub->add_option("-o,--output", report->output,
                    "Write to this file (atomically) instead of standard output");
    sub->add_option("--format", report->format,
                    "Output format: html or docx (default: from -o's extension; else html)")
        ->check(CLI::IsMember({"html", "docx"}));
    sub->add_flag("--redact", report->redact,
                  "Replace every real (private) name from review.yaml with the party's id");
    add_read_options(*sub, report->read);
    return {sub, [report] { return app::run_report(*report, std::cout, std::cerr); }};
}

Command add_import(CLI::App& cli) {
    struct Args {
        app::ImportOptions options;
        std::string date_order = "dmy";
        load::ReadOptions read;
    };
    auto args = std::make_shared<Args>();
    auto& o = args->options;
    auto* sub = cli.add_subcommand(
        "import", "Turn a chronology table in Word, Excel or CSV into a chronology file (spec 8)");
    sub->add_option("file", o.file, "The .docx, .xlsx or .csv file")->required();
    sub->add_option("--agency", o.agency, "The agency whose chronology it is (name or alias)")
        ->required();
    sub->add_option("-o,--output", o.output,
                    "Write to this file (.yaml or .json) instead of standard output");
    sub->add_option("--review", o.review,
                    "A review folder: resolve agency, party and indicator names by its register");
    sub->add_option("--map", o.maps, "Map a column heading to a field, as in \"When=date\"")
        ->type_name("HEADING=FIELD");
    sub->add_option("--sheet", o.sheet, "Read this sheet of a workbook");
    sub->add_option("--table", o.table, "Read only this table of a Word document (from 1)")
        ->type_name("N");
    sub->add_option("--date-order", args->date_order, "Numeric dates: dmy (default) or mdy")
        ->check(CLI::IsMember({"dmy", "mdy"}));
    sub->add_option("--format", o.format, "Output format: yaml (default) or json")
        ->check(CLI::IsMember({"yaml", "json"}));
    add_read_options(*sub, args->read);
    return {sub, [args] {
                args->options.mdy = args->date_order == "mdy";
                args->options.max_file_bytes = args->read.max_file_bytes;
                return app::run_import(args->options, std::cout, std::cerr);
            }};
}

}  // namespace

int run_cli(int argc, char** argv) {
    CLI::App cli{
        "imr: combine agencies' IMR chronologies into one and find information-sharing gaps",
        "imr"};
    cli.set_version_flag("--version", std::string("imr ") + k_version);
    cli.require_subcommand(1);
    cli.footer(
        "Exit codes: 0 success, 1 errors in the input, 2 usage error, 3 a file could not be "
        "read or written.\nSee 'imr COMMAND --help' for each command.");

    // One function per command: each declares its options and says how to run it.
    const std::vector<Command> commands = {
        add_validate(cli), add_merge(cli),     add_parties(cli), add_init(cli),   add_dates(cli),
        add_gaps(cli),     add_knowledge(cli), add_report(cli),  add_import(cli),
    };

    // CLI11 would call an unknown command "extra arguments"; name it plainly.
    if (argc > 1 && argv[1][0] != '-' && !has_subcommand(cli, argv[1])) {
        std::cerr << "imr: error: unknown command '" << argv[1]
                  << "' (see 'imr --help' for the commands)\n";
        return app::k_exit_usage;
    }
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = cli.exit(e, std::cout, std::cerr);
        return code == 0 ? app::k_exit_ok : app::k_exit_usage;
    }
    for (const Command& command : commands) {
        if (command.sub->parsed()) return command.run();
    }
    return app::k_exit_usage;
}

}  // namespace imr::cmd
