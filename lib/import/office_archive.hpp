#pragma once

#include <cstdint>
#include <expected>
#include <memory>
#include <string>
#include <string_view>

#include "import/table.hpp"

namespace imr::import {

// A .docx or .xlsx: a zip archive of XML parts, read from memory with libzip. Only parts
// named by the Office formats are ever read, so paths such as `../x` inside the archive do
// no harm. Every part is read with a cap, and the parts read together may not expand past
// `max_bytes` (a zip bomb), whatever sizes the archive declares.
class OfficeArchive {
  public:
    // Opens `bytes` (the whole file). A Word 97-2003 .doc (OLE2), a truncated or corrupt
    // archive and anything that is not a zip are a ReadProblem naming `kind` ("Word", "Excel").
    static std::expected<OfficeArchive, ReadProblem> open(std::string_view bytes,
                                                          std::string_view kind,
                                                          std::uintmax_t max_bytes);

    OfficeArchive(OfficeArchive&&) noexcept;
    OfficeArchive& operator=(OfficeArchive&&) noexcept;
    ~OfficeArchive();

    // Whether the archive holds a part of that name.
    bool has(const std::string& name) const;

    // The part's bytes, or a problem when it is missing, corrupt or over the budget.
    std::expected<std::string, ReadProblem> read(const std::string& name);

  private:
    struct State;
    explicit OfficeArchive(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

}  // namespace imr::import
