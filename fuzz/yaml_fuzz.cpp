// libFuzzer target for the YAML reader (checks in document_fuzz.hpp).
#include "document_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return imr::fuzz::fuzz_document(data, size, imr::load::DocumentFormat::yaml, "f.yaml");
}
