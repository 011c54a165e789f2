#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imr::render {

// Text made safe as the content of a WordprocessingML element or a quoted attribute:
// & < > " ' become entities; the characters XML 1.0 forbids (controls below U+0020 but
// tab, line feed and carriage return, U+FFFE, U+FFFF) become U+FFFD; and text holding a
// bidirectional control (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) is wrapped
// in U+2068 FSI ... U+2069 PDI so that it cannot reorder the text after it.
std::string docx_escape(std::string_view text);

// A piece of text in one style. Line breaks in `text` become line breaks in Word.
struct DocxRun {
    DocxRun(std::string text_, bool bold_ = false, bool italic_ = false, bool small_ = false)
        : text(std::move(text_)), bold(bold_), italic(italic_), small(small_) {}

    std::string text;
    bool bold = false;
    bool italic = false;
    bool small = false;  // secondary text: 8 pt
};

// A paragraph of runs in a paragraph style ("" is the default, Normal).
struct DocxParagraph {
    DocxParagraph(std::vector<DocxRun> runs_ = {}, std::string style_ = {})
        : runs(std::move(runs_)), style(std::move(style_)) {}

    std::vector<DocxRun> runs;
    std::string style;
};

// A table cell: its paragraphs (an empty cell still gets one, as Word requires).
struct DocxCell {
    std::vector<DocxParagraph> paragraphs;
};

// A table row: its cells, and the fill of all of them ("" none, else "RRGGBB").
struct DocxRow {
    std::vector<DocxCell> cells;
    std::string fill;
};

// Writes the body of word/document.xml: headings, paragraphs and tables, with the
// escaping of docx_escape everywhere.
class DocxBody {
  public:
    // A heading of `level` 1 or 2 (styles Heading1, Heading2, shown in Word's navigation
    // pane) with a bookmark named `anchor` (if not empty) for links to it.
    void heading(int level, std::string_view text, std::string_view anchor = {});

    void paragraph(const DocxParagraph& paragraph);

    // A paragraph that links to the bookmark `anchor`.
    void link(std::string_view text, std::string_view anchor, std::string_view style = {});

    // A table in the "ImrTable" style with columns `widths` wide (in twentieths of a
    // point), whose `header` row repeats at the top of every page, and `rows` that do not
    // break across pages.
    void table(const std::vector<int>& widths, const std::vector<std::string>& header,
               const std::vector<DocxRow>& rows);

    // A page break before what follows.
    void page_break();

    const std::string& xml() const { return m_xml; }

  private:
    std::string m_xml;
    int m_bookmarks = 0;
};

// One paragraph's XML (for headers and footers as well as the body).
std::string docx_paragraph_xml(const DocxParagraph& paragraph);

}  // namespace imr::render
