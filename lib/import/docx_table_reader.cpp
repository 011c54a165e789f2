// WordprocessingML tables: w:tbl > w:tr > w:tc > w:p > w:r > w:t. Walked without recursion,
// so a hostile nesting depth cannot exhaust the stack.
#include "import/docx_table_reader.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "import/office_archive.hpp"
#include "import/xml_part.hpp"

namespace imr::import {
namespace {

// The next node after `node` in document order, staying inside `root`; with `skip_children`
// the node's own descendants are passed over.
pugi::xml_node next_in(const pugi::xml_node& node, const pugi::xml_node& root,
                       bool skip_children = false) {
    if (!skip_children && node.first_child()) return node.first_child();
    for (pugi::xml_node n = node; n && n != root; n = n.parent()) {
        if (n.next_sibling()) return n.next_sibling();
    }
    return {};
}

bool on(const pugi::xml_node& node) {
    const char* val = attribute(node, "val");
    if (val == nullptr) return true;
    const std::string_view v = val;
    return v != "0" && v != "false" && v != "off";
}

// The text of one paragraph: runs' text, tabs and breaks; deleted text and field codes left out.
void append_paragraph(const pugi::xml_node& p, std::string& out) {
    for (pugi::xml_node n = p.first_child(); n;) {
        bool skip_children = false;
        if (n.type() == pugi::node_element) {
            const std::string_view name = local_name(n);
            if (name == "t") {
                out += n.text().get();
                skip_children = true;
            } else if (name == "tab") {
                if (local_name(n.parent()) == "r") out += '\t';
            } else if (name == "br" || name == "cr") {
                out += '\n';
            } else if (name == "noBreakHyphen") {
                out += '-';
            } else if (name == "delText" || name == "instrText" || name == "pPr" || name == "rPr") {
                skip_children = true;
            }
        }
        n = next_in(n, p, skip_children);
    }
}

// A cell's paragraphs, one a line, with empty paragraphs at the end left out.
std::string cell_text(const pugi::xml_node& tc) {
    std::string out;
    bool first = true;
    for (pugi::xml_node n = tc.first_child(); n;) {
        if (n.type() == pugi::node_element && local_name(n) == "p") {
            if (!first) out += '\n';
            first = false;
            append_paragraph(n, out);
            n = next_in(n, tc, true);
            continue;
        }
        if (n.type() == pugi::node_element && local_name(n) == "tcPr") {
            n = next_in(n, tc, true);
            continue;
        }
        n = next_in(n, tc);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

// The children of `node` named `name`, looking through the wrappers Word puts around rows and
// cells (content controls, custom XML), so that no cell is missed. Depth-limited.
void collect(const pugi::xml_node& node, std::string_view name, std::vector<pugi::xml_node>& out,
             int depth = 0) {
    for (pugi::xml_node child : node.children()) {
        const std::string_view local = local_name(child);
        if (local == name) {
            out.push_back(child);
        } else if (depth < 16 && (local == "sdt" || local == "sdtContent" || local == "customXml" ||
                                  local == "smartTag")) {
            collect(child, name, out, depth + 1);
        }
    }
}

int int_attribute(const pugi::xml_node& node, int fallback) {
    const char* val = attribute(node, "val");
    if (val == nullptr) return fallback;
    const long v = std::strtol(val, nullptr, 10);
    return v < 1 ? fallback : static_cast<int>(std::min(v, 1000L));
}

Table read_table(const pugi::xml_node& tbl, int number) {
    Table table;
    table.name = "table " + std::to_string(number);
    int grid = 0;
    for (pugi::xml_node child : tbl.children()) {
        if (local_name(child) != "tblGrid") continue;
        for (pugi::xml_node col : child.children()) grid += local_name(col) == "gridCol" ? 1 : 0;
    }
    std::vector<std::string> above;  // each grid column's text in the row above (for vMerge)
    int row_number = 0;
    std::vector<pugi::xml_node> rows;
    collect(tbl, "tr", rows);
    for (pugi::xml_node tr : rows) {
        Row row;
        row.number = ++row_number;
        int column = 0;
        int cell_count = 0;
        int widest_span = 0;
        std::vector<pugi::xml_node> parts;
        for (pugi::xml_node child : tr.children()) {
            if (local_name(child) == "trPr") parts.push_back(child);
        }
        collect(tr, "tc", parts);
        for (pugi::xml_node part : parts) {
            const std::string_view name = local_name(part);
            if (name == "trPr") {
                for (pugi::xml_node p : part.children()) {
                    if (local_name(p) == "tblHeader" && on(p)) row.marked_header = true;
                    if (local_name(p) == "gridBefore") column += int_attribute(p, 0);
                }
                continue;
            }
            if (name != "tc") continue;
            int span = 1;
            enum { none, restart, cont } merge = none;
            for (pugi::xml_node pr : part.children()) {
                if (local_name(pr) != "tcPr") continue;
                for (pugi::xml_node p : pr.children()) {
                    if (local_name(p) == "gridSpan") span = int_attribute(p, 1);
                    if (local_name(p) == "vMerge") {
                        const char* val = attribute(p, "val");
                        merge =
                            val != nullptr && std::string_view(val) == "restart" ? restart : cont;
                    }
                }
            }
            ++cell_count;
            widest_span = std::max(widest_span, span);
            if (row.cells.size() < static_cast<std::size_t>(column + span))
                row.cells.resize(static_cast<std::size_t>(column + span));
            if (above.size() < row.cells.size()) above.resize(row.cells.size());
            Cell& cell = row.cells[static_cast<std::size_t>(column)];
            cell.text = merge == cont ? above[static_cast<std::size_t>(column)] : cell_text(part);
            for (int i = 1; i < span; ++i)
                row.cells[static_cast<std::size_t>(column + i)].merged_across = true;
            column += span;
        }
        const int width = std::max(grid, static_cast<int>(row.cells.size()));
        row.spans_table = cell_count == 1 && widest_span > 1 && widest_span >= width;
        for (std::size_t i = 0; i < row.cells.size(); ++i) above[i] = row.cells[i].text;
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace

std::expected<Document, ReadProblem> read_docx_xml(std::string_view xml) {
    pugi::xml_document document;
    if (auto parsed = parse_xml_part(document, xml, "word/document.xml"); !parsed)
        return std::unexpected(parsed.error());
    const pugi::xml_node root = document.document_element();
    if (local_name(root) != "document") {
        return std::unexpected(ReadProblem{"the file is not a Word document (no w:document)",
                                           "save it from Word as a .docx file"});
    }
    Document out;
    int number = 0;
    for (pugi::xml_node n = root.first_child(); n;) {
        if (n.type() == pugi::node_element && local_name(n) == "tbl") {
            out.tables.push_back(read_table(n, ++number));
            n = next_in(n, root, true);  // tables inside cells belong to their cell
            continue;
        }
        n = next_in(n, root);
    }
    return out;
}

std::expected<Document, ReadProblem> read_docx_tables(std::string_view bytes,
                                                      std::uintmax_t max_bytes) {
    auto archive = OfficeArchive::open(bytes, "Word", max_bytes);
    if (!archive) return std::unexpected(archive.error());
    if (!archive->has("word/document.xml")) {
        return std::unexpected(
            ReadProblem{"the file is a zip archive but not a Word document (no word/document.xml)",
                        "save the chronology from Word as a .docx file"});
    }
    auto xml = archive->read("word/document.xml");
    if (!xml) return std::unexpected(xml.error());
    return read_docx_xml(*xml);
}

}  // namespace imr::import
