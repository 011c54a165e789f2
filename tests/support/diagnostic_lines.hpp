#pragma once

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace imr::test {

// A diagnostic as one line, "error code file:line:column: message [hint]": what an error
// test compares, so that one EXPECT_EQ checks the severity, code, place, words and hint.
std::string show(const model::Diagnostic& diagnostic);

// Every diagnostic as show() writes it, in order.
std::vector<std::string> shown(const model::Diagnostics& diagnostics);

// A diagnostic's severity, code and file as one line, "error syntax reviews/a.yaml": for
// the tests about which file a problem is reported against, and what kind of problem.
std::string kind_and_file(const model::Diagnostic& diagnostic);

// Every diagnostic as kind_and_file() writes it, in order.
std::vector<std::string> kinds_and_files(const model::Diagnostics& diagnostics);

// One row of a table-driven error test: the test's name, the input text, the diagnostics
// it must give (each as show() writes it) and, where the test checks more, what else must
// hold of what was read.
template <class Read>
struct DiagnosticCase {
    std::string name;
    std::string text;
    std::vector<std::string> expected;
    void (*also)(const Read& read) = nullptr;
};

// The row's name as gtest's name for the test (INSTANTIATE_TEST_SUITE_P's last argument).
struct DiagnosticCaseName {
    template <class ParamInfo>
    std::string operator()(const ParamInfo& info) const {
        return info.param.name;
    }
};

// Reads the row's text with `read` (text -> a result with `diagnostics`) and expects
// exactly the row's diagnostics, and whatever else the row checks of the result.
template <class Read, class ReadText>
void expect_row(const DiagnosticCase<Read>& row, ReadText read) {
    const Read result = read(row.text);
    EXPECT_EQ(shown(result.diagnostics), row.expected);
    if (row.also) row.also(result);
}

// How gtest prints a row in a failure: its name, not its bytes.
template <class Read>
void PrintTo(const DiagnosticCase<Read>& row, std::ostream* out) {
    *out << row.name;
}

}  // namespace imr::test
