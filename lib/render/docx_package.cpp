// The OPC package around a WordprocessingML body. Everything but the body is fixed
// text; the ZIP is written by libzip into memory so that it can go to a stream (-o -)
// as well as to a file, with fixed DOS timestamps so that the bytes never depend on
// the clock or the time zone.
#include "render/docx_package.hpp"

#include <zip.h>

#include <memory>
#include <utility>
#include <vector>

#include "render/docx_xml.hpp"

namespace imr::render {
namespace {

constexpr const char* k_xml_declaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* k_w_namespace =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

constexpr const char* k_content_types =
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>)";

constexpr const char* k_package_rels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>)";

constexpr const char* k_document_rels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>)";

constexpr const char* k_settings =
    R"(<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>)";

// Sizes are in half-points (w:sz) and twentieths of a point (spacing).
constexpr const char* k_styles =
    R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:color w:val="1B1B1B"/><w:sz w:val="19"/><w:szCs w:val="19"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Notice"><w:name w:val="Notice"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="8A5300"/><w:left w:val="single" w:sz="12" w:space="4" w:color="8A5300"/><w:bottom w:val="single" w:sz="12" w:space="4" w:color="8A5300"/><w:right w:val="single" w:sz="12" w:space="4" w:color="8A5300"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FFF4CE"/><w:spacing w:before="120" w:after="200"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="15398"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="40"/><w:ind w:left="284"/></w:pPr></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0B57A4"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="ImrTable"><w:name w:val="imr table"/><w:basedOn w:val="TableNormal"/><w:qFormat/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/></w:tcPr></w:tblStylePr></w:style>)";

constexpr const char* k_app =
    R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>imr</Application><DocSecurity>0</DocSecurity></Properties>)";

// 1 January 2000, 00:00: any fixed stamp will do; DOS dates cannot go before 1980.
constexpr zip_uint16_t k_dos_date = ((2000 - 1980) << 9) | (1 << 5) | 1;
constexpr zip_uint16_t k_dos_time = 0;

struct Part {
    const char* name;
    std::string xml;
};

std::string styles_xml(bool landscape) {
    std::string styles = k_styles;
    if (!landscape) {
        // The header's right tab stop sits at the text's right edge.
        const std::string wide = "w:pos=\"15398\"";
        styles.replace(styles.find(wide), wide.size(), "w:pos=\"10466\"");
    }
    return std::string(k_xml_declaration) + "<w:styles " + k_w_namespace + ">" + styles +
           "</w:styles>";
}

std::string section_xml(bool landscape) {
    // A4 is 11906 x 16838 twips; margins 12.7 mm, header and footer 7 mm from the edge.
    const std::string size = landscape
                                 ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                                 : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>";
    return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/>"
           "<w:footerReference w:type=\"default\" r:id=\"rId4\"/>" +
           size +
           "<w:pgMar w:top=\"900\" w:right=\"720\" w:bottom=\"900\" w:left=\"720\" "
           "w:header=\"400\" w:footer=\"400\" w:gutter=\"0\"/></w:sectPr>";
}

std::string header_xml(const DocxDocument& document) {
    DocxParagraph line{{{document.title}}, "Header"};
    if (!document.header_note.empty()) {
        line.runs.push_back({"\t"});
        line.runs.push_back({document.header_note, true});
    }
    return std::string(k_xml_declaration) + "<w:hdr " + k_w_namespace + ">" +
           docx_paragraph_xml(line) + "</w:hdr>";
}

std::string field(const char* instruction) {
    return std::string(
               "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
               "xml:space=\"preserve\"> ") +
           instruction +
           " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
           "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}

std::string footer_xml() {
    return std::string(k_xml_declaration) + "<w:ftr " + k_w_namespace +
           "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Page "
           "</w:t></w:r>" +
           field("PAGE") + "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>" + field("NUMPAGES") +
           "</w:p></w:ftr>";
}

std::string core_xml(const DocxDocument& document) {
    return std::string(k_xml_declaration) +
           "<cp:coreProperties "
           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" +
           docx_escape(document.title) +
           "</dc:title><dc:creator>imr</dc:creator></cp:coreProperties>";
}

std::string document_xml(const DocxDocument& document) {
    return std::string(k_xml_declaration) + "<w:document " + k_w_namespace + "><w:body>" +
           document.body_xml + section_xml(document.landscape) + "</w:body></w:document>";
}

std::string zip_message(zip_error_t* error) {
    std::string message = zip_error_strerror(error);
    zip_error_fini(error);
    return message;
}

}  // namespace

std::expected<std::string, std::string> docx_package(const DocxDocument& document) {
    // [Content_Types].xml first, as Office itself writes it.
    const std::vector<Part> parts = {
        {"[Content_Types].xml", std::string(k_xml_declaration) + k_content_types},
        {"_rels/.rels", std::string(k_xml_declaration) + k_package_rels},
        {"docProps/core.xml", core_xml(document)},
        {"docProps/app.xml", std::string(k_xml_declaration) + k_app},
        {"word/_rels/document.xml.rels", std::string(k_xml_declaration) + k_document_rels},
        {"word/document.xml", document_xml(document)},
        {"word/styles.xml", styles_xml(document.landscape)},
        {"word/settings.xml", std::string(k_xml_declaration) + k_settings},
        {"word/header1.xml", header_xml(document)},
        {"word/footer1.xml", footer_xml()},
    };

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!memory) return std::unexpected(zip_message(&error));
    zip_t* archive = zip_open_from_source(memory, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(memory);
        return std::unexpected(zip_message(&error));
    }
    zip_error_fini(&error);
    zip_source_keep(memory);  // the archive frees its source on close; we read it after
    const std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> owned(memory, zip_source_free);
    const auto fail = [&](zip_t* za) {
        std::string message = zip_strerror(za);
        zip_discard(za);
        return std::unexpected(message);
    };
    for (const auto& part : parts) {
        zip_source_t* source = zip_source_buffer(archive, part.xml.data(), part.xml.size(), 0);
        if (!source) return fail(archive);
        const zip_int64_t index = zip_file_add(archive, part.name, source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return fail(archive);
        }
        const auto i = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 9) != 0 ||
            zip_file_set_dostime(archive, i, k_dos_time, k_dos_date, 0) != 0)
            return fail(archive);
    }
    if (zip_close(archive) != 0) return fail(archive);

    zip_stat_t stat;
    if (zip_source_stat(memory, &stat) != 0 || zip_source_open(memory) != 0)
        return std::unexpected(std::string(zip_error_strerror(zip_source_error(memory))));
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t read = zip_source_read(memory, bytes.data(), stat.size);
    zip_source_close(memory);
    if (read != static_cast<zip_int64_t>(stat.size))
        return std::unexpected(std::string("cannot read the package back from memory"));
    return bytes;
}

}  // namespace imr::render
