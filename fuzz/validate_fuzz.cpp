// libFuzzer target for the whole validate pipeline: load a chronology (YAML or JSON, by
// the first byte), merge it beside a fixed register, and render it. Checks that every
// readable entry comes out once and in order, and that nothing throws.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

#include "load/review_loader.hpp"
#include "merge/merger.hpp"
#include "merge/redactor.hpp"
#include "render/renderer.hpp"

namespace {
void check(bool condition) {
    if (!condition) std::abort();
}

const char* const k_register = R"(format: imr-review/1
review: Fuzz DHR
period: {from: 1 January 2013, to: 31 December 2014}
parties:
  - {id: M, aliases: [Ms M, the victim], private: [Mary Example]}
  - {id: J, aliases: [ex-partner]}
agencies:
  - {id: Police, name: Testshire Police, aliases: [TP]}
  - {id: GP, name: Oak Lane Surgery}
)";
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    const bool json = data[0] & 1;
    imr::model::ReviewInput input;
    imr::load::load_text(k_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(bytes, json ? "a.json" : "a.yaml", json ? "a.json" : "a.yaml", input);
    auto merged = imr::merge::merge_review(input);  // throws only if an entry was lost
    check(imr::merge::check_consistency(merged).empty());
    if (data[0] & 2) imr::merge::redact(merged, *input.review_register);
    std::ostringstream out;
    imr::render::render_chronology(
        merged,
        data[0] & 4 ? imr::render::ChronologyFormat::json : imr::render::ChronologyFormat::md, out);
    return 0;
}
