#pragma once
// Shared by yaml_fuzz and json_fuzz: any bytes give a positioned tree or diagnostics with
// positions, never both and never neither; never a throw, a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "load/document_reader.hpp"

namespace imr::fuzz {

inline void check(bool condition) {
    if (!condition) std::abort();
}

inline void check_positions(const load::SourceNode& node) {
    check(node.line >= 0 && node.column >= 0);
    for (const auto& item : node.items) check_positions(item);
    for (const auto& [key, value] : node.members) {
        check_positions(key);
        check_positions(value);
    }
}

inline int fuzz_document(const std::uint8_t* data, std::size_t size, load::DocumentFormat format,
                         const char* file) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    model::Diagnostics diagnostics;
    const auto root = load::read_document(bytes, format, file, diagnostics);
    check(root.has_value() != model::has_errors(diagnostics));
    if (root) check_positions(*root);
    for (const auto& d : diagnostics) check(!d.message.empty() && !d.code.empty());
    return 0;
}

}  // namespace imr::fuzz
