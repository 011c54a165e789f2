// libFuzzer target for the CSV reader and the importer behind it: any bytes are some table
// (never a crash), each row starts on a line at or after the one before, every cell is valid
// UTF-8 (Windows-1252 is converted), and the chronology written from it is YAML that reads.
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "import/chronology_yaml_writer.hpp"
#include "import/csv_table_reader.hpp"
#include "import/table_importer.hpp"
#include "util/utf8.hpp"

namespace {

void check(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const imr::import::Document document = imr::import::read_csv_table(bytes);
    check(document.tables.size() == 1);
    int line = 0;
    for (const auto& row : document.tables[0].rows) {
        check(row.number >= line);
        line = row.number;
        for (const auto& cell : row.cells) {
            check(!imr::util::find_invalid_utf8(cell.text).has_value());
        }
    }
    imr::import::ImportRequest request;
    request.file = "fuzz.csv";
    const auto result = imr::import::import_document(document, request);
    const std::string yaml = imr::import::write_chronology_yaml({"Agency", "fuzz.csv"}, result);
    try {
        const YAML::Node node = YAML::Load(yaml);
        check(node["entries"].size() == result.entries.size());
    } catch (const YAML::Exception&) {
        std::abort();  // the writer must always write YAML that reads
    }
    return 0;
}
