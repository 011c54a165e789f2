#include "analyse/symbol_table.hpp"

namespace imr::analyse {

int SymbolTable::id(std::string_view name) {
    auto [it, inserted] = m_ids.emplace(std::string(name), static_cast<int>(m_names.size()));
    if (inserted) m_names.emplace_back(name);
    return it->second;
}

std::optional<int> SymbolTable::find(std::string_view name) const {
    auto it = m_ids.find(std::string(name));
    if (it == m_ids.end()) return std::nullopt;
    return it->second;
}

}  // namespace imr::analyse
