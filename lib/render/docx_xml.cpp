// WordprocessingML by hand: the few elements imr needs, each written whole by one
// function, so that every piece of agency text passes through docx_escape.
#include "render/docx_xml.hpp"

#include "render/markup.hpp"

namespace imr::render {
namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

// U+FFFE and U+FFFF are not XML characters either (escape_markup handles the controls).
std::string without_nonchars(std::string text) {
    for (std::size_t at = text.find("\xEF\xBF"); at != std::string::npos;
         at = text.find("\xEF\xBF", at + 1)) {
        if (at + 2 < text.size() && (text[at + 2] == '\xBE' || text[at + 2] == '\xBF'))
            text.replace(at, 3, k_replacement);
    }
    return text;
}

std::string run_properties(const DocxRun& run) {
    std::string props;
    if (run.bold) props += "<w:b/><w:bCs/>";
    if (run.italic) props += "<w:i/><w:iCs/>";
    if (run.small) props += "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>";
    return props.empty() ? props : "<w:rPr>" + props + "</w:rPr>";
}

// A run; its line breaks become <w:br/> and its tabs <w:tab/>, trailing breaks dropped.
std::string run_xml(const DocxRun& run) {
    std::string_view text = run.text;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    std::string out = "<w:r>" + run_properties(run);
    std::string piece;
    const auto flush = [&] {
        if (!piece.empty()) out += "<w:t xml:space=\"preserve\">" + piece + "</w:t>";
        piece.clear();
    };
    const std::string escaped = docx_escape(text);
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        const char c = escaped[i];
        if (c == '\r' && i + 1 < escaped.size() && escaped[i + 1] == '\n') continue;
        if (c == '\n' || c == '\r') {
            flush();
            out += "<w:br/>";
        } else if (c == '\t') {
            flush();
            out += "<w:tab/>";
        } else {
            piece += c;
        }
    }
    flush();
    return out + "</w:r>";
}

std::string paragraph_properties(std::string_view style, std::string_view extra = {}) {
    if (style.empty() && extra.empty()) return {};
    std::string out = "<w:pPr>";
    if (!style.empty()) out += "<w:pStyle w:val=\"" + std::string(style) + "\"/>";
    return out + std::string(extra) + "</w:pPr>";
}

}  // namespace

// escape_markup also isolates text holding bidirectional controls (FSI ... PDI), which
// Word honours as it does in HTML.
std::string docx_escape(std::string_view text) { return without_nonchars(escape_markup(text)); }

std::string docx_paragraph_xml(const DocxParagraph& paragraph) {
    std::string out = "<w:p>" + paragraph_properties(paragraph.style);
    for (const auto& run : paragraph.runs) out += run_xml(run);
    return out + "</w:p>";
}

void DocxBody::heading(int level, std::string_view text, std::string_view anchor) {
    m_xml += "<w:p>" + paragraph_properties(level == 1 ? "Heading1" : "Heading2");
    if (!anchor.empty()) {
        const std::string id = std::to_string(++m_bookmarks);
        m_xml += "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + docx_escape(anchor) + "\"/>";
        m_xml += run_xml({std::string(text)});
        m_xml += "<w:bookmarkEnd w:id=\"" + id + "\"/>";
    } else {
        m_xml += run_xml({std::string(text)});
    }
    m_xml += "</w:p>";
}

void DocxBody::paragraph(const DocxParagraph& paragraph) { m_xml += docx_paragraph_xml(paragraph); }

void DocxBody::link(std::string_view text, std::string_view anchor, std::string_view style) {
    m_xml += "<w:p>" + paragraph_properties(style) + "<w:hyperlink w:anchor=\"" +
             docx_escape(anchor) +
             "\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/>" +
             "</w:rPr><w:t xml:space=\"preserve\">" + docx_escape(text) +
             "</w:t></w:r></w:hyperlink></w:p>";
}

void DocxBody::table(const std::vector<int>& widths, const std::vector<std::string>& header,
                     const std::vector<DocxRow>& rows) {
    int total = 0;
    for (int w : widths) total += w;
    m_xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"ImrTable\"/><w:tblW w:w=\"" +
             std::to_string(total) +
             "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0420\" "
             "w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" "
             "w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
    for (int w : widths) m_xml += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
    m_xml += "</w:tblGrid>";
    const auto cell_start = [&](std::size_t column, const std::string& fill) {
        m_xml += "<w:tc><w:tcPr><w:tcW w:w=\"" +
                 std::to_string(column < widths.size() ? widths[column] : 0) +
                 "\" w:type=\"dxa\"/>";
        if (!fill.empty())
            m_xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + fill + "\"/>";
        m_xml += "</w:tcPr>";
    };
    m_xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
    for (std::size_t c = 0; c < header.size(); ++c) {
        cell_start(c, "E8E8E8");
        m_xml += docx_paragraph_xml({{{header[c], true}}, "TableText"});
        m_xml += "</w:tc>";
    }
    m_xml += "</w:tr>";
    for (const auto& row : rows) {
        m_xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            cell_start(c, row.fill);
            if (row.cells[c].paragraphs.empty())
                m_xml += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>";
            for (const auto& p : row.cells[c].paragraphs) {
                DocxParagraph styled = p;
                if (styled.style.empty()) styled.style = "TableText";
                m_xml += docx_paragraph_xml(styled);
            }
            m_xml += "</w:tc>";
        }
        m_xml += "</w:tr>";
    }
    m_xml += "</w:tbl>";
    // Word needs a paragraph between a table and what follows it.
    m_xml += "<w:p/>";
}

void DocxBody::page_break() { m_xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }

}  // namespace imr::render
