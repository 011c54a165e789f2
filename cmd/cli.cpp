// The command line: CLI11 turns arguments into one plain options struct per command,
// and the library does the rest. This is the only translation unit that includes CLI11.
#include "cli.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

#include "app/dates_command.hpp"
#include "app/exit_code.hpp"
#include "app/gaps_command.hpp"
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

}  // namespace

int run_cli(int argc, char** argv) {
    CLI::App app{
        "imr: combine agencies' IMR chronologies into one and find information-sharing gaps",
        "imr"};
    app.set_version_flag("--version", std::string("imr ") + k_version);
    app.require_subcommand(1);
    app.footer(
        "Exit codes: 0 success, 1 errors in the input, 2 usage error, 3 a file could not be "
        "read or written.\nSee 'imr COMMAND --help' for each command.");

    app::ValidateOptions validate;
    std::string validate_format = "text";
    auto* validate_cmd = app.add_subcommand(
        "validate",
        "Check chronology and register files and report every problem, for authors and CI");
    validate_cmd->add_option("paths", validate.paths, "Review folders or chronology files")
        ->required();
    validate_cmd->add_flag("--strict", validate.strict, "Treat warnings as errors");
    add_read_options(*validate_cmd, validate.read);
    validate_cmd
        ->add_option("--format", validate_format,
                     "Report format: text, json, github (annotations), junit (JUnit XML) or sarif "
                     "(SARIF 2.1.0)")
        ->check(one_of("text, json, github, junit, sarif", render::diagnostics_format));

    app::MergeOptions merge;
    std::string merge_format;
    auto* merge_cmd = app.add_subcommand(
        "merge",
        "Combine every agency's chronology into one, in date order, citing each entry's source");
    merge_cmd->add_option("paths", merge.paths, "A review folder, or chronology files")->required();
    merge_cmd
        ->add_option(
            "--format", merge_format,
            "Output format: text (a table for the terminal), md, csv, json, yaml, html or xlsx "
            "(default: from -o's extension; else text on a terminal, md otherwise). xlsx needs -o")
        ->check(one_of("text, md, csv, json, yaml, html, xlsx", render::chronology_format));
    merge_cmd->add_option("-o,--output", merge.output,
                          "Write to this file (atomically) instead of standard output");
    merge_cmd->add_flag("--redact", merge.redact,
                        "Replace every real (private) name from review.yaml with the party's id");
    merge_cmd->add_option(
        "--from", merge.filter.from,
        "Only entries whose date may fall on or after DATE (any date form the files use)");
    merge_cmd->add_option("--to", merge.filter.to,
                          "Only entries whose date may fall on or before DATE");
    merge_cmd
        ->add_option("--agency", merge.filter.agencies,
                     "Only this agency's entries (name or alias; repeat for several)")
        ->allow_extra_args(false);
    merge_cmd
        ->add_option("--party", merge.filter.parties,
                     "Only entries involving this party (id or alias; repeat for several)")
        ->allow_extra_args(false);
    merge_cmd->add_flag("--significant", merge.filter.significant_only,
                        "Only entries marked significant");
    add_read_options(*merge_cmd, merge.read);
    merge_cmd->footer(
        "Filtered output keeps each entry's number (#) from the whole chronology, so a "
        "citation such as '#12' means the same entry in every copy.\n" +
        app.get_footer());

    app::PartiesOptions parties;
    std::string parties_format = "text";
    auto* parties_cmd = app.add_subcommand(
        "parties", "Show how every party, agency and indicator name written in a review resolved");
    parties_cmd->add_option("paths", parties.paths, "A review folder, or chronology files")
        ->required();
    parties_cmd->add_option("--format", parties_format, "Report format: text or json")
        ->check(CLI::IsMember({"text", "json"}));

    app::InitOptions init;
    auto* init_cmd =
        app.add_subcommand("init", "Write a ready-to-fill chronology template for an agency");
    init_cmd->add_option("--agency", init.agency, "The agency's name (or an alias in review.yaml)")
        ->required();
    init_cmd->add_option("--review", init.review_dir,
                         "A review folder whose review.yaml lists the parties");
    init_cmd->add_option("-o,--output", init.output,
                         "Write to this new file instead of standard output");
    init_cmd
        ->add_option("--schema", init.schema, "The schema path to name in the file's first line")
        ->capture_default_str();

    app::DatesOptions dates;
    std::string dates_format = "text";
    auto* dates_cmd =
        app.add_subcommand("dates", "Show how written dates normalise (for IMR authors)");
    dates_cmd->add_option("texts", dates.texts, "Dates as written, e.g. 'late March 2014'")
        ->required();
    dates_cmd->add_flag("--mdy", dates.mdy, "Read numeric dates month first (date_order: mdy)");
    dates_cmd->add_option("--format", dates_format, "Output format: text or json")
        ->check(CLI::IsMember({"text", "json"}));

    app::GapsOptions gaps;
    std::string gaps_format = "text";
    std::string gaps_fail_on;
    auto* gaps_cmd = app.add_subcommand(
        "gaps",
        "Find information-sharing gaps between agencies (spec section 6), citing entries for each");
    gaps_cmd->add_option("paths", gaps.paths, "A review folder, or chronology files")->required();
    gaps_cmd->add_option("--format", gaps_format, "Output format: text, md, json or csv")
        ->check(one_of("text, md, json, csv", render::findings_format));
    gaps_cmd
        ->add_option("--rule", gaps.rules, "Run only this rule (repeat, or separate with commas)")
        ->delimiter(',')
        ->allow_extra_args(false);
    gaps_cmd
        ->add_option("--fail-on", gaps_fail_on,
                     "Exit 1 when a finding is this serious or more: high, medium or low")
        ->check(one_of("high, medium, low", analyse::finding_severity));
    gaps_cmd->add_flag("--redact", gaps.redact,
                       "Replace every real (private) name from review.yaml with the party's id");
    add_read_options(*gaps_cmd, gaps.read);

    app::KnowledgeOptions knowledge;
    std::string knowledge_format = "md";
    std::string knowledge_party;
    auto* knowledge_cmd = app.add_subcommand(
        "knowledge",
        "Show who knew what, when: for each indicator about a party, when each agency knew it");
    knowledge_cmd->add_option("paths", knowledge.paths, "A review folder, or chronology files")
        ->required();
    knowledge_cmd->add_option("--party", knowledge_party, "Only this party (id or alias)");
    knowledge_cmd->add_option("--format", knowledge_format, "Output format: md, json or csv")
        ->check(one_of("md, json, csv", render::knowledge_format));
    knowledge_cmd->add_flag(
        "--redact", knowledge.redact,
        "Replace every real (private) name from review.yaml with the party's id");
    add_read_options(*knowledge_cmd, knowledge.read);

    app::ReportOptions report;
    auto* report_cmd = app.add_subcommand(
        "report",
        "Write the panel pack: gaps, who knew what, and the combined chronology in one HTML page");
    report_cmd->add_option("paths", report.paths, "A review folder, or chronology files")
        ->required();
    report_cmd->add_option("-o,--output", report.output,
                           "Write to this file (atomically) instead of standard output");
    report_cmd->add_flag("--redact", report.redact,
                         "Replace every real (private) name from review.yaml with the party's id");
    add_read_options(*report_cmd, report.read);

    // CLI11 would call an unknown command "extra arguments"; name it plainly.
    if (argc > 1 && argv[1][0] != '-' && !has_subcommand(app, argv[1])) {
        std::cerr << "imr: error: unknown command '" << argv[1]
                  << "' (see 'imr --help' for the commands)\n";
        return app::k_exit_usage;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e, std::cout, std::cerr);
        return code == 0 ? app::k_exit_ok : app::k_exit_usage;
    }

    if (validate_cmd->parsed()) {
        validate.format = *render::diagnostics_format(validate_format);
        return app::run_validate(validate, std::cout);
    }
    if (merge_cmd->parsed()) {
        if (!merge_format.empty()) merge.format = render::chronology_format(merge_format);
        return app::run_merge(merge, std::cout, std::cerr);
    }
    if (parties_cmd->parsed()) {
        parties.json = parties_format == "json";
        return app::run_parties(parties, std::cout, std::cerr);
    }
    if (init_cmd->parsed()) return app::run_init(init, std::cout, std::cerr);
    if (dates_cmd->parsed()) {
        dates.json = dates_format == "json";
        return app::run_dates(dates, std::cout);
    }
    if (gaps_cmd->parsed()) {
        gaps.format = *render::findings_format(gaps_format);
        if (!gaps_fail_on.empty()) gaps.fail_on = analyse::finding_severity(gaps_fail_on);
        return app::run_gaps(gaps, std::cout, std::cerr);
    }
    if (knowledge_cmd->parsed()) {
        knowledge.format = *render::knowledge_format(knowledge_format);
        if (!knowledge_party.empty()) knowledge.party = knowledge_party;
        return app::run_knowledge(knowledge, std::cout, std::cerr);
    }
    if (report_cmd->parsed()) return app::run_report(report, std::cout, std::cerr);
    return app::k_exit_usage;
}

}  // namespace imr::cmd
