#include "import/table.hpp"

namespace imr::import {

std::string row_label(const Table& table, int row_number) {
    std::string label = table.name;
    if (!label.empty()) label += ", ";
    label += "row ";
    label += std::to_string(row_number);
    return label;
}

}  // namespace imr::import
