#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/source_node.hpp"
#include "model/chronology.hpp"
#include "model/diagnostic.hpp"
#include "model/text.hpp"

namespace imr::load {

// A text value and where it was written.
struct Located {
    std::string text;
    model::SourceLoc loc;
};

// Reads typed values out of a SourceNode tree, turning every problem into a diagnostic
// with the file, line and column of the value at fault. Shared by the readers of
// chronologies and of the register, so both word their messages alike.
// A time written inside a date ("02/12/2013 14:05"), and its text.
struct WrittenTime {
    model::TimeOfDay time;
    std::string text;
};

class NodeChecker {
  public:
    NodeChecker(model::Name file, model::Diagnostics& diagnostics)
        : m_file(file), m_diagnostics(diagnostics) {}

    model::SourceLoc loc(const SourceNode& node) const { return {m_file, node.line, node.column}; }

    void error(const SourceNode& node, std::string code, std::string message,
               std::string hint = {});
    void error(const model::SourceLoc& at, std::string code, std::string message,
               std::string hint = {});
    void warning(const SourceNode& node, std::string code, std::string message,
                 std::string hint = {});

    // Reports keys not in `known` as `unknown-key` warnings with the nearest known key
    // suggested, and keys written twice as `duplicate-key` errors naming both lines.
    // `where` names the mapping in messages ("an entry", "the file").
    void check_keys(const SourceNode& mapping, std::initializer_list<std::string_view> known,
                    std::string_view where);

    // True when `node` is a mapping; otherwise reports a `wrong-type` error.
    bool expect_mapping(const SourceNode& node, std::string_view what);

    // The value of `key` as text. A missing required key is a `missing-field` error at
    // `mapping`; a list or mapping where text belongs is a `wrong-type` error.
    std::optional<Located> text(const SourceNode& mapping, std::string_view key, bool required,
                                std::string_view hint = {});

    // The value of `key` as a list of texts; a single text is taken as a list of one.
    std::vector<Located> text_list(const SourceNode& mapping, std::string_view key);

    // The value of `key` as a list of names (text_list, without the places).
    model::List<model::Name> name_list(const SourceNode& mapping, std::string_view key);

    // The value of `key` as true or false.
    std::optional<bool> boolean(const SourceNode& mapping, std::string_view key);

    // The value of `key` as a whole number in [min, max].
    std::optional<int> integer(const SourceNode& mapping, std::string_view key, int min, int max);

    // Normalises the date written at `node`; a problem is a `bad-date` error whose column
    // points into the text. Two-digit years give a `two-digit-year` warning. `by_order`, if
    // given, is set to whether `mdy` decided the outcome (normalise_date's by_order).
    std::optional<model::DateValue> date(const SourceNode& node, bool mdy,
                                         std::optional<WrittenTime>* time = nullptr,
                                         bool* by_order = nullptr);

    // A {from, to} period such as `covers`; both dates required, `to` not before `from`.
    std::optional<model::Period> period(const SourceNode& node, bool mdy, std::string_view key);

    const std::string& file() const { return m_file; }

    // The list the diagnostics go to.
    model::Diagnostics& diagnostics() { return m_diagnostics; }

  private:
    model::Name m_file;
    model::Diagnostics& m_diagnostics;
};

// The member of `mapping` named `key`, or nullptr. Same as SourceNode::find.
const SourceNode* member(const SourceNode& mapping, std::string_view key);

}  // namespace imr::load
