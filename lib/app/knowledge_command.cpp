#include "app/knowledge_command.hpp"

#include <set>
#include <sstream>

#include "analyse/gap_context.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "app/exit_code.hpp"
#include "app/report_output.hpp"
#include "app/review_session.hpp"
#include "normalise/name_resolver.hpp"
#include "util/atomic_file.hpp"
#include "util/text.hpp"

namespace imr::app {
namespace {

// The party id `written` names: through the register's ids and aliases, else an id used
// in the entries (compared ignoring case and punctuation).
std::optional<std::string> resolve_party(const ReviewSession& session, const std::string& written,
                                         std::set<std::string>& known) {
    for (const auto& entry : session.merged.entries)
        known.insert(entry.party_ids.begin(), entry.party_ids.end());
    const auto& reg = session.input.review_register;
    if (reg) {
        const normalise::NameResolver names(&*reg);
        if (auto id = names.party(written)) return id;
    }
    for (const auto& id : known) {
        if (util::match_key(id) == util::match_key(written)) return id;
    }
    return std::nullopt;
}

}  // namespace

int run_knowledge(const KnowledgeOptions& options, std::ostream& out, std::ostream& err) {
    auto format = options.format;
    if (!format && format_from_extension(options.output)) {
        format = render::knowledge_format(output_extension(options.output));
        if (!format)
            return unknown_output_extension(options.output, "knowledge", ".md, .json or .csv", err);
    }
    auto opened =
        open_review_for(options, "nothing analysed (fix them, then run knowledge again)", err);
    if (!opened) return opened.error();
    ReviewSession& session = *opened;
    std::optional<std::string> party;
    if (options.party) {
        std::set<std::string> known;
        party = resolve_party(session, *options.party, known);
        if (!party) {
            err << "imr: error: no party '" << *options.party << "' in this review (parties:";
            for (const auto& id : known) err << " " << id;
            err << ")\n";
            return k_exit_usage;
        }
    }
    const analyse::GapContext context = analyse::make_gap_context(session.input, session.merged);
    const auto matrix = analyse::knowledge_matrix(session.merged, context, party);
    if (overwrites_an_input(options.output, session.input_files(), err)) return k_exit_usage;
    std::ostringstream report;
    render::render_knowledge(matrix, session.merged.diagnostics,
                             format.value_or(render::KnowledgeFormat::md), report);
    return write_output(options.output, report.str(), out, err);
}

}  // namespace imr::app
