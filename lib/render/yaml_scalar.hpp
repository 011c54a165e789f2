#pragma once

#include <string>
#include <string_view>

namespace imr::render {

// How a scalar may be laid out where it is written.
struct YamlScalarPlace {
    int parent_indent = 0;      // the column of the key (or the dash) the value belongs to
    bool block_allowed = true;  // false inside a flow collection or after a sequence dash
    int fold_width = 0;         // > 0: single-line text longer than this is folded (`>-`) at spaces
};

// Writes `text` as a YAML scalar that any YAML reader (yaml-cpp, PyYAML, libyaml) reads
// back as exactly `text`, as a person would write it: plain when it can be, single-quoted
// when it holds quotes or backslashes, double-quoted with escapes when it holds control
// characters, a carriage return or white-space-only lines, and a literal block (`|`,
// with an indentation indicator and chomping as needed: `|-`, `|+`, `|2-`) when it has
// line breaks. The result goes after `key: ` and is followed by one line break; block
// content lines are indented two columns past `parent_indent`. Never throws.
std::string yaml_scalar(std::string_view text, const YamlScalarPlace& place = {});

// True when a plain (unquoted) scalar with this text would read as something other than
// this string: null, a boolean, a number, a date or time (YAML 1.1 or 1.2).
bool yaml_plain_reads_as_non_string(std::string_view text);

}  // namespace imr::render
