#include "load/document_reader.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "util/line_index.hpp"
#include "util/utf8.hpp"

namespace imr::load {

namespace {
bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
// The offset of the first CR at or after `from` that no LF follows, or npos.
std::size_t lone_carriage_return(std::string_view text, std::size_t from) {
    for (std::size_t i = text.find('\r', from); i != std::string_view::npos;
         i = text.find('\r', i + 1)) {
        if (i + 1 == text.size() || text[i + 1] != '\n') return i;
    }
    return std::string_view::npos;
}
}  // namespace

std::optional<DocumentFormat> format_for_path(std::string_view path) {
    if (ends_with(path, ".yaml") || ends_with(path, ".yml")) return DocumentFormat::yaml;
    if (ends_with(path, ".json")) return DocumentFormat::json;
    return std::nullopt;
}

std::optional<std::string_view> prepare_text(std::string_view bytes, const std::string& file,
                                             model::Diagnostics& diagnostics) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (auto bad = util::find_invalid_utf8(bytes)) {
        const auto pos = util::LineIndex(bytes).position(*bad);
        diagnostics.push_back({model::Severity::error,
                               "encoding",
                               {file, pos.line, pos.column},
                               "the file is not valid UTF-8 text",
                               "save the file as UTF-8 (in Excel or Word: 'CSV UTF-8' or "
                               "'Unicode (UTF-8)' encoding)"});
        return std::nullopt;
    }
    // YAML forbids, and JSON needs escaped, the C0 control characters other than tab and
    // line breaks; a raw one is usually debris from a copy out of another program.
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        // Eight bytes at a time while none is below 0x20 (tabs and line breaks are, so
        // the words holding them are looked at byte by byte).
        while (i + 8 <= bytes.size()) {
            std::uint64_t word;
            std::memcpy(&word, bytes.data() + i, 8);
            if (((word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL) != 0) break;
            i += 8;
        }
        if (i >= bytes.size()) break;
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            const auto pos = util::LineIndex(bytes).position(i);
            char code[8];
            std::snprintf(code, sizeof code, "0x%02X", c);
            diagnostics.push_back(
                {model::Severity::error,
                 "control-character",
                 {file, pos.line, pos.column},
                 std::string("the file contains an invisible control character (byte ") + code +
                     ")",
                 "delete it: it is usually left over from copying text out of another "
                 "program"});
            return std::nullopt;
        }
    }
    return bytes;
}

std::optional<SourceNode> read_document(std::string_view bytes, DocumentFormat format,
                                        const std::string& file, model::Diagnostics& diagnostics,
                                        EntrySink* sink) {
    auto text = prepare_text(bytes, file, diagnostics);
    if (!text) return std::nullopt;
    if (format == DocumentFormat::yaml) {
        // YAML counts a lone carriage return (old Mac line endings) as a line break;
        // yaml-cpp does not, and reads the whole file as one line. The same bytes with
        // each lone CR made a LF keep every offset, and give the lines their numbers.
        const std::size_t first = lone_carriage_return(*text, 0);
        if (first == std::string_view::npos) return read_yaml(*text, file, diagnostics, sink);
        std::string lines(*text);
        for (std::size_t i = first; i != std::string_view::npos;
             i = lone_carriage_return(lines, i + 1))
            lines[i] = '\n';
        return read_yaml(lines, file, diagnostics, sink);
    }
    return read_json(*text, file, diagnostics, sink);
}

}  // namespace imr::load
