#pragma once

#include <expected>
#include <string>

namespace imr::render {

// What a Word document of imr's is made of; docx_package adds the rest (styles, content
// types, relationships, header and footer).
struct DocxDocument {
    std::string title;        // document property, and the page header's left
    std::string header_note;  // the page header's right: "CONFIDENTIAL", "Redacted", ...
    std::string body_xml;     // DocxBody::xml()
    bool landscape = false;   // A4 landscape, else A4 portrait
};

// The .docx file's bytes: a ZIP package (libzip, deflated, fixed timestamps) with
// [Content_Types].xml, the relationships, word/document.xml, word/styles.xml (Normal,
// Title, Heading 1 and 2, TableText, the ImrTable table style, Hyperlink), a page header
// with the title and note, a footer "Page N of M" (PAGE and NUMPAGES fields), and
// docProps. No macros, nothing external. Deterministic: the same document gives the same
// bytes. Returns the reason when libzip fails.
std::expected<std::string, std::string> docx_package(const DocxDocument& document);

}  // namespace imr::render
