// libFuzzer target for the Word and Excel XML table readers (pugixml underneath): any bytes
// are read as tables or refused with a message and a hint, never a crash, a hang or a deep
// recursion. The first byte chooses the reader: even for a Word document.xml, odd for an
// Excel worksheet (with a few shared strings). What is read then goes through the importer.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "import/docx_table_reader.hpp"
#include "import/table_importer.hpp"
#include "import/xlsx_sheet_reader.hpp"

namespace {

void check(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view xml(reinterpret_cast<const char*>(data) + 1, size - 1);
    imr::import::Document document;
    if (data[0] % 2 == 0) {
        auto read = imr::import::read_docx_xml(xml);
        if (!read) {
            check(!read.error().message.empty() && !read.error().hint.empty());
            return 0;
        }
        document = std::move(*read);
    } else {
        static const std::vector<std::string> k_strings = {"Date", "Event", "2 August 2013"};
        auto read = imr::import::read_xlsx_sheet_xml(xml, k_strings);
        if (!read) {
            check(!read.error().message.empty() && !read.error().hint.empty());
            return 0;
        }
        read->name = "sheet Fuzz";
        document.tables.push_back(std::move(*read));
    }
    for (const auto& table : document.tables) {
        for (const auto& row : table.rows) check(row.number >= 1);
    }
    imr::import::ImportRequest request;
    request.file = "fuzz.docx";
    const auto result = imr::import::import_document(document, request);
    check(result.sources.empty() || !result.sources.front().empty());
    return 0;
}
