// libFuzzer target for the JSON reader (checks in document_fuzz.hpp), and a differential
// check of its two parsers: the direct one must accept exactly what nlohmann's accepts,
// with the same tree, positions and diagnostics (read_json throws, a crash here, when
// the direct parser refuses a document nlohmann accepts).
#include "document_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    imr::fuzz::fuzz_document(data, size, imr::load::DocumentFormat::json, "f.json");
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    imr::model::Diagnostics prepared;
    const auto text = imr::load::prepare_text(bytes, "f.json", prepared);
    if (!text) return 0;
    imr::model::Diagnostics direct_diagnostics;
    imr::model::Diagnostics sax_diagnostics;
    const auto direct = imr::load::read_json(*text, "f.json", direct_diagnostics);
    const auto sax = imr::load::read_json_sax(*text, "f.json", sax_diagnostics);
    imr::fuzz::check(direct.has_value() == sax.has_value());
    imr::fuzz::check(!direct || *direct == *sax);
    imr::fuzz::check(direct_diagnostics == sax_diagnostics);
    return 0;
}
