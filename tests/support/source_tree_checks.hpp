#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "load/source_node.hpp"
#include "load/tree_assembler.hpp"
#include "model/diagnostic.hpp"
#include "support/diagnostic_lines.hpp"

namespace imr::test {

// One of the text parsers the reader tests check: load::read_yaml or load::read_json.
using TextParser = std::optional<load::SourceNode> (*)(std::string_view text,
                                                       const std::string& file,
                                                       model::Diagnostics& diagnostics,
                                                       load::EntrySink* sink);

// Parses `text`, which must be valid: the test fails, naming the first diagnostic, if it
// is not. An empty tree then.
load::SourceNode parse_valid(TextParser parser, std::string_view text, const std::string& file);

// Parses `text`, which must be refused with exactly one diagnostic, and returns that one.
model::Diagnostic refuse(TextParser parser, std::string_view text, const std::string& file);

// Expects `parser` to refuse the row's text, read as `file`, with exactly the row's
// diagnostics.
void expect_refused(TextParser parser, const DiagnosticCase<model::Diagnostics>& row,
                    const std::string& file);

// Expects `node` to be written at `line` and `column`.
void expect_at(const load::SourceNode& node, int line, int column);

// Expects `node` to be the scalar `text`, written at `line` and `column`.
void expect_scalar_at(const load::SourceNode& node, std::string_view text, int line, int column);

// A key of a mapping and the text its value must be.
using KeyAndText = std::pair<std::string_view, std::string_view>;

// Expects `mapping` to hold every key, each with a scalar value of its text.
void expect_values(const load::SourceNode& mapping, std::initializer_list<KeyAndText> values);

// What a reader made of a text, and every diagnostic from parsing and reading it.
template <class Value>
struct ReadResult {
    Value value;
    model::Diagnostics diagnostics;
};

// Parses `text` (which must parse: the test fails if not) and hands the tree to
// `read(root, diagnostics)`, as the loader would.
template <class Value, class Read>
ReadResult<Value> parse_and_read(TextParser parser, std::string_view text, const std::string& file,
                                 Read read) {
    ReadResult<Value> result;
    auto root = parser(text, file, result.diagnostics, nullptr);
    if (!root) {
        ADD_FAILURE() << file << " does not parse";
        return result;
    }
    result.value = read(*root, result.diagnostics);
    return result;
}

}  // namespace imr::test
