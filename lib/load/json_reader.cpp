// Reads a JSON chronology or register into a positioned SourceNode tree with the one JSON
// parser (json_parser.cpp), and turns its syntax error, if any, into a diagnostic.
#include "load/json_reader.hpp"

#include "load/json_parser.hpp"
#include "util/text.hpp"

namespace imr::load {

std::optional<SourceNode> read_json(std::string_view text, const std::string& file,
                                    model::Diagnostics& diagnostics, EntrySink* sink) {
    // Blank text is an empty document, as in YAML: the readers then say "the file is
    // empty", which helps more than "expected a value, found the end of the file".
    if (util::trim(text).empty()) return TreeAssembler().take_document();
    TreeAssembler tree;
    tree.stream_entries(sink);
    try {
        auto parsed = parse_json(text, tree);
        if (parsed) return tree.take_document();
        // The entries streamed so far are dropped with the file: it has no usable tree.
        diagnostics.push_back({model::Severity::error,
                               "syntax",
                               {file, parsed.error().line, parsed.error().column},
                               "JSON syntax error: " + parsed.error().message,
                               parsed.error().hint});
    } catch (const LimitExceeded& limit) {
        diagnostics.push_back(limit.diagnostic(file));
    }
    return std::nullopt;
}

}  // namespace imr::load
