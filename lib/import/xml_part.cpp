#include "import/xml_part.hpp"

#include <cstring>

namespace imr::import {

namespace {

bool contains_doctype(std::string_view xml) {
    static constexpr std::string_view k_doctype = "<!doctype";
    for (std::size_t i = xml.find("<!"); i != std::string_view::npos; i = xml.find("<!", i + 2)) {
        if (xml.size() - i < k_doctype.size()) return false;
        bool same = true;
        for (std::size_t j = 2; j < k_doctype.size() && same; ++j) {
            char c = xml[i + j];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            same = c == k_doctype[j];
        }
        if (same) return true;
    }
    return false;
}

}  // namespace

std::expected<void, ReadProblem> parse_xml_part(pugi::xml_document& document, std::string_view xml,
                                                std::string_view name) {
    if (contains_doctype(xml)) {
        return std::unexpected(
            ReadProblem{"'" + std::string(name) +
                            "' declares a DOCTYPE, which Office never writes: "
                            "the file was not made by Word or Excel, or has been tampered with",
                        "open it in Word or Excel and save it again"});
    }
    // pugixml expands only the five predefined entities and character references; it
    // never reads external entities.
    const pugi::xml_parse_result result = document.load_buffer(
        xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!result) {
        return std::unexpected(ReadProblem{"'" + std::string(name) + "' is not well-formed XML (" +
                                               result.description() + " at byte " +
                                               std::to_string(result.offset) + ")",
                                           "open the file in Word or Excel and save it again"});
    }
    return {};
}

std::string_view local_name(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

const char* attribute(const pugi::xml_node& node, std::string_view local) {
    for (const pugi::xml_attribute& a : node.attributes()) {
        std::string_view name = a.name();
        const std::size_t colon = name.find(':');
        if (colon != std::string_view::npos) name = name.substr(colon + 1);
        if (name == local) return a.value();
    }
    return nullptr;
}

}  // namespace imr::import
