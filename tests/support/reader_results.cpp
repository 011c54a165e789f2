// The YAML-to-model reads that the reader and review-kind tests make from inline text.
#include "support/reader_results.hpp"

#include "load/chronology_reader.hpp"
#include "load/document_reader.hpp"
#include "load/register_reader.hpp"

namespace imr::test {

ReadResult<model::ReviewRegister> read_register_yaml(std::string_view yaml,
                                                     const std::string& file) {
    return parse_and_read<model::ReviewRegister>(
        load::read_yaml, yaml, file,
        [&](const load::SourceNode& root, model::Diagnostics& diagnostics) {
            return load::read_register(root, file, diagnostics);
        });
}

ReadResult<model::Chronology> read_chronology_yaml(std::string_view yaml, const std::string& file) {
    return parse_and_read<model::Chronology>(
        load::read_yaml, yaml, file,
        [&](const load::SourceNode& root, model::Diagnostics& diagnostics) {
            return load::read_chronology(root, file, file, diagnostics);
        });
}

}  // namespace imr::test
