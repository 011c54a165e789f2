// libFuzzer target for the JSON reader (checks in document_fuzz.hpp), and a differential
// check of imr's JSON parser against nlohmann's, the oracle: both must accept exactly the
// same documents, with the same tree and positions, and every refusal is one diagnostic.
#include "document_fuzz.hpp"
#include "support/nlohmann_oracle.hpp"
#include "util/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    imr::fuzz::fuzz_document(data, size, imr::load::DocumentFormat::json, "f.json");
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    imr::model::Diagnostics prepared;
    const auto text = imr::load::prepare_text(bytes, "f.json", prepared);
    if (!text) return 0;
    imr::model::Diagnostics diagnostics;
    const auto ours = imr::load::read_json(*text, "f.json", diagnostics);
    if (imr::util::trim(*text).empty()) return 0;  // blank is an empty document to imr
    const auto oracle = imr::test::read_json_with_nlohmann(*text);
    imr::fuzz::check(ours.has_value() == oracle.has_value());
    imr::fuzz::check(!ours || *ours == *oracle);
    imr::fuzz::check(ours.has_value() || diagnostics.size() == 1);
    return 0;
}
