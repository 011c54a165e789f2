// libFuzzer target for the YAML reader: any bytes give a positioned tree or diagnostics
// with positions inside the text; never a throw, a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "load/document_reader.hpp"

namespace {
void check(bool condition) {
    if (!condition) std::abort();
}

void check_positions(const imr::load::SourceNode& node) {
    check(node.line >= 0 && node.column >= 0);
    for (const auto& item : node.items) check_positions(item);
    for (const auto& [key, value] : node.members) {
        check_positions(key);
        check_positions(value);
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    imr::model::Diagnostics diagnostics;
    const auto root = imr::load::read_document(bytes, imr::load::DocumentFormat::yaml, "f.yaml", diagnostics);
    check(root.has_value() != imr::model::has_errors(diagnostics));
    if (root) check_positions(*root);
    for (const auto& d : diagnostics) check(!d.message.empty() && !d.code.empty());
    return 0;
}
