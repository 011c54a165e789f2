#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace imr::analyse {

// Small integer ids for names (agencies, parties, indicators), so the analysis keys its
// indexes by numbers rather than strings. Ids are dense, 0, 1, 2, ..., in order of first
// use; they never reach a finding, which always carries the names.
class SymbolTable {
  public:
    // The id of `name`, added when new.
    int id(std::string_view name);

    // The id of `name`, if it was ever added.
    std::optional<int> find(std::string_view name) const;

    const std::string& name(int id) const { return m_names[static_cast<std::size_t>(id)]; }
    int size() const { return static_cast<int>(m_names.size()); }

  private:
    std::unordered_map<std::string, int> m_ids;
    std::vector<std::string> m_names;
};

}  // namespace imr::analyse
