// The parse helpers of the YAML and JSON reader tests, which check the same things of
// two parsers.
#include "support/source_tree_checks.hpp"

#include <gtest/gtest.h>

namespace imr::test {

load::SourceNode parse_valid(TextParser parser, std::string_view text, const std::string& file) {
    model::Diagnostics diagnostics;
    auto root = parser(text, file, diagnostics, nullptr);
    EXPECT_TRUE(diagnostics.empty()) << show(diagnostics.front());
    return root ? *root : load::SourceNode{};
}

model::Diagnostic refuse(TextParser parser, std::string_view text, const std::string& file) {
    model::Diagnostics diagnostics;
    auto root = parser(text, file, diagnostics, nullptr);
    EXPECT_FALSE(root.has_value());
    EXPECT_EQ(diagnostics.size(), 1u);
    return diagnostics.empty() ? model::Diagnostic{} : diagnostics.front();
}

void expect_refused(TextParser parser, const DiagnosticCase<model::Diagnostics>& row,
                    const std::string& file) {
    model::Diagnostics diagnostics;
    EXPECT_FALSE(parser(row.text, file, diagnostics, nullptr).has_value());
    EXPECT_EQ(shown(diagnostics), row.expected);
}

void expect_at(const load::SourceNode& node, int line, int column) {
    EXPECT_EQ(node.line, line);
    EXPECT_EQ(node.column, column);
}

void expect_scalar_at(const load::SourceNode& node, std::string_view text, int line, int column) {
    EXPECT_EQ(node.scalar, text);
    expect_at(node, line, column);
}

void expect_values(const load::SourceNode& mapping, std::initializer_list<KeyAndText> values) {
    for (const auto& [key, text] : values) {
        const load::SourceNode* value = mapping.find(std::string(key));
        ASSERT_NE(value, nullptr) << key;
        EXPECT_TRUE(value->is_scalar()) << key;
        EXPECT_EQ(value->scalar, text) << key;
    }
}

}  // namespace imr::test
