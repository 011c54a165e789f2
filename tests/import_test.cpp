// imr import (spec section 8): the readers on hand-written XML and CSV, the importer on the
// fixtures that tests/import/make_fixtures.py makes with python-docx and openpyxl (exact
// entries, exact diagnostics, every cell's text kept, a clean import validates and merges),
// hostile office files, and the YAML scalar writer's round trip.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "import/chronology_yaml_writer.hpp"
#include "import/csv_table_reader.hpp"
#include "import/docx_table_reader.hpp"
#include "import/heading_map.hpp"
#include "import/table_importer.hpp"
#include "import/xlsx_sheet_reader.hpp"
#include "load/review_loader.hpp"
#include "merge/merger.hpp"
#include "render/renderer.hpp"
#include "render/yaml_scalar.hpp"

namespace {

namespace fs = std::filesystem;
using namespace imr;
using import::CellKind;
using import::Document;

const fs::path k_root = IMR_SOURCE_DIR;

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

Document read_fixture(const std::string& name) {
    const fs::path path = k_root / "tests" / "import" / "fixtures" / name;
    const std::string bytes = read_bytes(path);
    EXPECT_FALSE(bytes.empty()) << path;
    const std::string ext = path.extension().string();
    if (ext == ".csv") return import::read_csv_table(bytes);
    auto document = ext == ".docx" ? import::read_docx_tables(bytes, load::k_max_file_bytes)
                                   : import::read_xlsx_sheets(bytes, load::k_max_file_bytes);
    EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().message);
    return document ? *document : Document{};
}

// A fixture read and imported: its tables as read, and what the import made of them.
struct Imported {
    Document document;
    import::ImportResult result;
};

Imported import_fixture(const std::string& name) {
    Imported imported{read_fixture(name), {}};
    import::ImportRequest request;
    request.file = name;
    imported.result = import::import_document(imported.document, request);
    return imported;
}

std::vector<std::string> messages(const model::Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        out.push_back(std::string(model::to_string(d.severity)) + " " + d.code + " " +
                      std::string(d.loc.file) + ": " + d.message +
                      (d.hint.empty() ? "" : " (" + d.hint + ")"));
    }
    return out;
}

// Reads the written YAML back as imr validate does.
model::ReviewInput read_back(const std::string& yaml) {
    model::ReviewInput input;
    load::load_text(yaml, "imported.yaml", "imported.yaml", input);
    return input;
}

std::string lowered(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Writes the imported chronology as `agency`'s, from `source`, and expects every non-empty
// cell of every row below the header (and every title row) in it: in an entry's fields, or
// in a comment.
void expect_every_cell_kept(const Imported& imported, const std::string& agency,
                            const std::string& source) {
    const Document& document = imported.document;
    const import::ImportResult& result = imported.result;
    const std::string yaml = import::write_chronology_yaml({agency, source}, result);
    const auto input = read_back(yaml);
    ASSERT_EQ(input.chronologies.size(), 1u);
    std::string everything = lowered(yaml);
    for (const auto& e : input.chronologies[0].entries) {
        everything += "\n" + lowered(std::string(e.date.text)) + "\n" + lowered(e.summary) + "\n" +
                      lowered(e.action) + "\n" + lowered(e.comment) + "\n" + lowered(e.ref) + "\n" +
                      lowered(std::string(e.type)) + "\n" + lowered(std::string(e.time_text));
    }
    int checked = 0;
    const import::Row* last_header = nullptr;  // a continued table has its predecessor's
    for (const auto& table : document.tables) {
        const bool read =
            std::find(result.sources.begin(), result.sources.end(),
                      table.name.empty() ? "the file" : table.name) != result.sources.end();
        if (!read) continue;
        // The header row, and its copies, are the columns' names, not data.
        const import::HeadingMap map;
        const import::Row* header = nullptr;
        for (const auto& row : table.rows) {
            int named = 0;
            for (const auto& cell : row.cells)
                named += map.field_for(cell.text) != import::Field::none;
            if (named >= 2) {
                header = &row;
                break;
            }
        }
        if (header == nullptr) header = last_header;
        ASSERT_NE(header, nullptr);
        last_header = header;
        for (const auto& row : table.rows) {
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                const auto& cell = row.cells[c];
                if (c < header->cells.size() &&
                    import::heading_key(cell.text) == import::heading_key(header->cells[c].text))
                    continue;
                std::string text = cell.text;
                while (!text.empty() && (text.back() == ' ' || text.back() == '\n'))
                    text.pop_back();
                if (text.empty() || cell.merged_across) continue;
                const std::string key = import::heading_key(text);
                if (key == "y" || key == "n" || key == "yes" || key == "x")
                    continue;  // significant
                std::string wanted = lowered(text);
                if (cell.kind == CellKind::date_time) wanted = wanted.substr(0, 10);
                ++checked;
                // Block scalars indent each line; compare line by line.
                std::istringstream lines(wanted);
                for (std::string line; std::getline(lines, line);) {
                    EXPECT_NE(everything.find(line), std::string::npos)
                        << table.name << " row " << row.number << ": '" << line << "' lost";
                }
            }
        }
    }
    EXPECT_GT(checked, 0);
}

// ---------------------------------------------------------------------------------------------
// Headings.

TEST(HeadingMap, MatchesIgnoringCaseSpacesPunctuationAndBracketedAsides) {
    const import::HeadingMap map;
    EXPECT_EQ(map.field_for("Date"), import::Field::date);
    EXPECT_EQ(map.field_for("  DATE / TIME "), import::Field::date);
    EXPECT_EQ(map.field_for("Significant (Y/N)"), import::Field::significant);
    EXPECT_EQ(map.field_for("Event / contact"), import::Field::summary);
    EXPECT_EQ(map.field_for("Author's comment"), import::Field::comment);
    EXPECT_EQ(map.field_for("Action taken / outcome"), import::Field::action);
    EXPECT_EQ(map.field_for("Officer"), import::Field::none);
}

TEST(HeadingMap, MapOptionAddsAndOverrides) {
    const import::HeadingMap map({{"When", import::Field::date}, {"Source", import::Field::none}});
    EXPECT_EQ(map.field_for("when"), import::Field::date);
    EXPECT_EQ(map.field_for("Source"), import::Field::none);
    EXPECT_EQ(import::field_named("Summary"), import::Field::summary);
    EXPECT_FALSE(import::field_named("colour").has_value());
}

// ---------------------------------------------------------------------------------------------
// CSV reader (RFC 4180).

std::vector<std::vector<std::string>> csv_cells(std::string_view bytes) {
    std::vector<std::vector<std::string>> out;
    const Document document = import::read_csv_table(bytes);
    for (const auto& row : document.tables.at(0).rows) {
        std::vector<std::string> cells;
        for (const auto& cell : row.cells) cells.push_back(cell.text);
        out.push_back(cells);
    }
    return out;
}

TEST(CsvTableReader, QuotedCellsHoldSeparatorsQuotesAndLineBreaks) {
    using Rows = std::vector<std::vector<std::string>>;
    EXPECT_EQ(csv_cells("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n"),
              (Rows{{"a", "b"}, {"x, y", "say \"hi\""}}));
    EXPECT_EQ(csv_cells("a,b\r\n\"one\r\ntwo\",3\r\n"), (Rows{{"a", "b"}, {"one\ntwo", "3"}}));
    EXPECT_EQ(csv_cells("a,b\n1,2"), (Rows{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(csv_cells("a,,c\n"), (Rows{{"a", "", "c"}}));
    EXPECT_EQ(csv_cells("x\"y,z\n"), (Rows{{"x\"y", "z"}}));  // a stray quote is kept
}

TEST(CsvTableReader, SemicolonAndTabSeparatedFilesAreRecognised) {
    using Rows = std::vector<std::vector<std::string>>;
    EXPECT_EQ(csv_cells("Date;Details\n1/2/2013;a, b\n"),
              (Rows{{"Date", "Details"}, {"1/2/2013", "a, b"}}));
    EXPECT_EQ(csv_cells("Date\tDetails\n1/2/2013\ta; b\n"),
              (Rows{{"Date", "Details"}, {"1/2/2013", "a; b"}}));
}

TEST(CsvTableReader, RowsAreNumberedByTheLineTheyStartOn) {
    const auto table = import::read_csv_table("a,b\n\"1\n2\",x\ny,z\n").tables.at(0);
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[1].number, 2);
    EXPECT_EQ(table.rows[2].number, 4);
}

TEST(CsvTableReader, ByteOrderMarkIsDroppedAndWindows1252IsConverted) {
    EXPECT_EQ(csv_cells("\xEF\xBB\xBF"
                        "Date\n")
                  .at(0)
                  .at(0),
              "Date");
    const auto document = import::read_csv_table(
        "\x93quoted\x94 \xA3"
        "5 \x96 \x80\n");
    EXPECT_EQ(document.tables[0].rows[0].cells[0].text, "\u201Cquoted\u201D \u00A35 \u2013 \u20AC");
    ASSERT_EQ(document.notes.size(), 1u);
    EXPECT_NE(document.notes[0].find("Windows-1252"), std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Word and Excel XML.

constexpr const char* k_docx_xml = R"(<?xml version="1.0"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Date</w:t></w:r></w:p></w:tc>
 <w:tc><w:p><w:r><w:t>Event</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Notes</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>2 Aug 2013</w:t></w:r></w:p></w:tc>
 <w:tc><w:p><w:r><w:t xml:space="preserve">One </w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:t>line</w:t><w:br/><w:t>two</w:t><w:tab/><w:t>tabbed</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>Para</w:t></w:r></w:p></w:tc>
 <w:tc><w:p/></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Across</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>No contact</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl></w:body></w:document>)";

TEST(DocxTableReader, ReadsMergesHeaderMarksBreaksAndParagraphs) {
    auto document = import::read_docx_xml(k_docx_xml);
    ASSERT_TRUE(document) << document.error().message;
    ASSERT_EQ(document->tables.size(), 1u);
    const auto& rows = document->tables[0].rows;
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_TRUE(rows[0].marked_header);
    EXPECT_EQ(rows[1].cells[1].text, "One line\ntwo\ttabbed\n\nPara");
    EXPECT_EQ(rows[2].cells[0].text, "2 Aug 2013");  // merged down
    EXPECT_EQ(rows[2].cells[1].text, "Across");
    EXPECT_TRUE(rows[2].cells[2].merged_across);
    EXPECT_FALSE(rows[2].spans_table);
    EXPECT_TRUE(rows[3].spans_table);
    EXPECT_EQ(document->tables[0].name, "table 1");
}

TEST(DocxTableReader, ReadsCellsInsideContentControls) {
    auto document = import::read_docx_xml(
        R"(<w:document xmlns:w="w"><w:body><w:tbl><w:sdt><w:sdtContent><w:tr>
<w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc>
</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl></w:body></w:document>)");
    ASSERT_TRUE(document) << document.error().message;
    ASSERT_EQ(document->tables.at(0).rows.size(), 1u);
    const auto& cells = document->tables[0].rows[0].cells;
    ASSERT_EQ(cells.size(), 2u);
    EXPECT_EQ(cells[1].text, "b");
}

TEST(DocxTableReader, RefusesADoctypeAndMalformedXml) {
    auto doctype = import::read_docx_xml(
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><w:document xmlns:w=\"w\"/>");
    ASSERT_FALSE(doctype);
    EXPECT_NE(doctype.error().message.find("declares a DOCTYPE"), std::string::npos);
    auto broken = import::read_docx_xml("<w:document><w:body>");
    ASSERT_FALSE(broken);
    EXPECT_NE(broken.error().message.find("is not well-formed XML"), std::string::npos);
}

TEST(XlsxSheetReader, ReadsSharedAndInlineStringsAndMergedRanges) {
    const std::vector<std::string> strings = {"Date", "Event", "No contact"};
    auto table = import::read_xlsx_sheet_xml(R"(<worksheet><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>2 Aug 2013</t></is></c><c r="B3" t="inlineStr"><is><r><t>Rich </t></r><r><t>text</t></r></is></c></row>
<row r="4"><c r="A4" t="s"><v>2</v></c></row>
</sheetData><mergeCells><mergeCell ref="A4:B4"/></mergeCells></worksheet>)",
                                             strings);
    ASSERT_TRUE(table) << table.error().message;
    ASSERT_EQ(table->rows.size(), 3u);
    EXPECT_EQ(table->rows[1].number, 3);
    EXPECT_EQ(table->rows[1].cells[1].text, "Rich text");
    EXPECT_TRUE(table->rows[2].spans_table);
}

// ---------------------------------------------------------------------------------------------
// The fixtures.

TEST(ImportFixtures, WordDocumentWithMergesRepeatedHeaderAndTwoTables) {
    const Imported imported = import_fixture("police.docx");
    const auto& result = imported.result;
    EXPECT_EQ(messages(result.diagnostics), std::vector<std::string>{});
    EXPECT_EQ(result.sources, (std::vector<std::string>{"table 2", "table 3"}));
    ASSERT_EQ(result.entries.size(), 7u);
    const auto& first = result.entries[0];
    EXPECT_EQ(first.source, "table 2, row 2");
    EXPECT_EQ(first.date, "02/08/2013");
    EXPECT_EQ(first.time, "23:40");
    EXPECT_EQ(first.ref, "Incident 0987");
    EXPECT_EQ(
        first.summary,
        "Neighbour reported shouting at the flat of M and D.\nOfficers attended; D had left.");
    EXPECT_EQ(first.action, "DASH completed: medium.");
    EXPECT_EQ(first.comment, "Officer: PC 101");
    EXPECT_TRUE(first.significant);
    EXPECT_EQ(result.entries[2].date, "03/08/2013");  // the date merged down
    EXPECT_EQ(result.entries[2].time, "10:15");
    EXPECT_FALSE(result.entries[2].significant);
    EXPECT_EQ(result.entries[3].before,
              std::vector<std::string>{"No contact between 4 and 19 August 2013."});
    EXPECT_EQ(result.entries[3].date, "w/c 14/10/2013");
    EXPECT_EQ(
        result.entries[3].summary,
        "Bail conditions checked by the neighbourhood team.\nNeighbourhood sergeant informed.");
    EXPECT_EQ(result.entries[4].source,
              "table 2, row 8");  // row 7, the header pasted again, skipped
    EXPECT_EQ(result.entries[4].date, "Aug-2013");
    EXPECT_EQ(result.entries[5].source, "table 3, row 2");
    EXPECT_EQ(result.entries[5].date, "02/12/2013 14:05");
    EXPECT_EQ(result.entries[6].date, "mid-2014");
    EXPECT_EQ(result.notes,
              (std::vector<std::string>{
                  "table 1 left out: it records the document (version, author), not events",
                  "table 2: column 'Officer' has no field of its own: its text is kept in each "
                  "entry's comment",
                  "table 2, row 5: a note across the table, not an entry: kept as a comment",
                  "table 3: column 'Officer' has no field of its own: its text is kept in each "
                  "entry's comment"}));
    expect_every_cell_kept(imported, "Northvale Police", "police.docx");
}

TEST(ImportFixtures, WordDocumentWithMistakesNamesEachCell) {
    const Imported imported = import_fixture("police-errors.docx");
    const auto& result = imported.result;
    EXPECT_EQ(messages(result.diagnostics),
              (std::vector<std::string>{
                  "error bad-date police-errors.docx: table 1, row 3, Date: '31/06/2014' is not a "
                  "date (June has 30 days)",
                  "error missing-field police-errors.docx: table 1, row 4, Date: the date is empty "
                  "(every entry needs a date; for an unknown date write the year or 'circa 2002')",
                  "error empty-summary police-errors.docx: table 1, row 5, Event / contact: the "
                  "event text is empty (say in a sentence what happened)",
                  "warning not-significance police-errors.docx: table 1, row 6, Significant (Y/N): "
                  "'maybe' is neither yes nor no: kept in the comment (write Y or N)",
                  "error bad-time police-errors.docx: table 1, row 6, Time: '25:10' is not a time "
                  "(hours run from 00 to 23)"}));
    ASSERT_EQ(result.entries.size(), 5u);  // written anyway, as the author wrote them
    EXPECT_EQ(result.entries[1].date, "31/06/2014");
    EXPECT_EQ(result.entries[2].date, "");
    EXPECT_EQ(result.entries[3].summary, "");
    EXPECT_EQ(result.entries[4].time, "25:10");
    EXPECT_EQ(result.entries[4].comment, "Significant (Y/N): maybe");
    expect_every_cell_kept(imported, "Northvale Police", "x.docx");
}

TEST(ImportFixtures, ExcelWorkbookWithCoverSheetTitleRowsAndTypedDates) {
    const Imported imported = import_fixture("hospital.xlsx");
    const auto& result = imported.result;
    ASSERT_EQ(imported.document.tables.size(), 2u);
    EXPECT_EQ(messages(result.diagnostics), std::vector<std::string>{});
    EXPECT_EQ(result.sources, std::vector<std::string>{"sheet Chronology"});
    ASSERT_EQ(result.entries.size(), 4u);
    EXPECT_EQ(result.entries[0].source, "sheet Chronology, row 5");
    EXPECT_EQ(result.entries[0].date, "2013-08-03");  // a typed date
    EXPECT_EQ(result.entries[0].time, "01:30");       // a typed time
    EXPECT_EQ(result.entries[0].type, "contact");
    EXPECT_EQ(result.entries[0].comment, "Ward: A&E");
    EXPECT_TRUE(result.entries[0].significant);
    EXPECT_EQ(result.entries[0].before,
              (std::vector<std::string>{"Riverside General Hospital: chronology of contact",
                                        "Prepared by the IMR author, safeguarding team"}));
    EXPECT_EQ(result.entries[1].date, "2013-09-14");  // a typed date-time
    EXPECT_EQ(result.entries[1].time, "16:45");
    EXPECT_EQ(result.entries[1].summary,
              "Routine question about domestic abuse asked;\nM said she felt safe at home.");
    EXPECT_EQ(result.entries[2].source,
              "sheet Chronology, row 8");  // the formatted empty row skipped
    EXPECT_EQ(result.entries[2].date, "late March 2014");
    EXPECT_TRUE(result.entries[2].significant);    // "x"
    EXPECT_EQ(result.entries[3].date, "2014-05");  // a typed date formatted mmm-yy: the month
    expect_every_cell_kept(imported, "Hospital", "hospital.xlsx");
}

TEST(ImportFixtures, AWordTableWithoutAHeaderRowContinuesTheTableBeforeIt) {
    const Imported imported = import_fixture("police-continued.docx");
    const auto& result = imported.result;
    EXPECT_EQ(messages(result.diagnostics), std::vector<std::string>{});
    EXPECT_EQ(result.sources, (std::vector<std::string>{"table 1", "table 2"}));
    ASSERT_EQ(result.entries.size(), 3u);
    EXPECT_EQ(result.entries[1].source, "table 2, row 1");
    EXPECT_EQ(result.entries[1].date, "03/08/2013");
    EXPECT_EQ(result.entries[1].ref, "Crime 4411");
    EXPECT_EQ(result.entries[1].comment, "Officer: DC 202");  // the columns of table 1
    EXPECT_EQ(result.entries[2].source, "table 2, row 3");
    EXPECT_EQ(result.entries[2].before,
              std::vector<std::string>{"No contact between 4 and 19 August 2013."});
    const auto has_note = [&](const std::string& note) {
        return std::find(result.notes.begin(), result.notes.end(), note) != result.notes.end();
    };
    EXPECT_TRUE(
        has_note("table 2 has no header row of its own: read as the continuation of the "
                 "table before it, whose columns it has"));
    // As many columns but no date where the date column is: a table of terms, left out.
    EXPECT_TRUE(
        has_note("table 3 left out: it has no header row naming a date and an event "
                 "column"));
    expect_every_cell_kept(imported, "Northvale Police", "police-continued.docx");

    // Asked for by number, a table is read on its own: without a header it has no columns.
    import::ImportRequest alone;
    alone.file = "police-continued.docx";
    alone.table = 2;
    const auto second = import::import_document(imported.document, alone);
    EXPECT_TRUE(second.entries.empty());
    ASSERT_EQ(second.diagnostics.size(), 1u);
    EXPECT_EQ(second.diagnostics[0].code, "no-chronology-table");
}

TEST(ImportFixtures, HiddenSheetsAreLeftOutWithANoteAndReadWhenNamed) {
    const Imported imported = import_fixture("hidden-sheet.xlsx");
    ASSERT_EQ(imported.document.tables.size(), 3u);
    EXPECT_TRUE(imported.document.tables[0].hidden);   // state="hidden"
    EXPECT_TRUE(imported.document.tables[1].hidden);   // state="veryHidden"
    EXPECT_FALSE(imported.document.tables[2].hidden);  // state="visible"
    const auto& result = imported.result;
    EXPECT_EQ(messages(result.diagnostics), std::vector<std::string>{});
    EXPECT_EQ(result.sources, std::vector<std::string>{"sheet Chronology"});
    ASSERT_EQ(result.entries.size(), 1u);
    EXPECT_EQ(result.entries[0].date, "2013-08-04");
    EXPECT_EQ(result.notes,
              (std::vector<std::string>{
                  "sheet Old draft left out: it is hidden in the workbook (read it with --sheet "
                  "\"Old draft\")",
                  "sheet Lists left out: it is hidden in the workbook (read it with --sheet "
                  "\"Lists\")"}));

    import::ImportRequest named;
    named.file = "hidden-sheet.xlsx";
    named.sheet = "Old draft";
    const auto draft = import::import_document(imported.document, named);
    EXPECT_EQ(messages(draft.diagnostics), std::vector<std::string>{});
    EXPECT_EQ(draft.sources, std::vector<std::string>{"sheet Old draft"});
    ASSERT_EQ(draft.entries.size(), 1u);
    EXPECT_EQ(draft.entries[0].date, "2013-08-03");
}

TEST(ImportFixtures, Utf8CsvWithByteOrderMarkQuotedCommasAndLineBreaks) {
    const Imported imported = import_fixture("housing-utf8.csv");
    const auto& result = imported.result;
    EXPECT_TRUE(imported.document.notes.empty());
    EXPECT_EQ(messages(result.diagnostics), std::vector<std::string>{});
    ASSERT_EQ(result.entries.size(), 3u);
    EXPECT_EQ(result.entries[0].summary, "M asked to move, saying she was afraid of D.");
    EXPECT_EQ(result.entries[1].summary,
              "Home visit.\nM showed damage to the door, which she said D did.");
    EXPECT_EQ(result.entries[1].action, "Repair ordered, \u00A3120");
    EXPECT_EQ(result.entries[2].source, "row 6");
    EXPECT_EQ(result.entries[2].date, "? 11/2013");
    EXPECT_EQ(result.entries[2].summary, "Letter from M's GP supporting a move: \"urgent\"");
    expect_every_cell_kept(imported, "Housing", "h.csv");
}

TEST(ImportFixtures, Windows1252CsvWithCurlyQuotesAndAPoundSign) {
    const Imported imported = import_fixture("housing-1252.csv");
    const auto& result = imported.result;
    ASSERT_EQ(imported.document.notes.size(), 1u);
    EXPECT_EQ(messages(result.diagnostics), std::vector<std::string>{});
    ASSERT_EQ(result.entries.size(), 2u);
    EXPECT_EQ(result.entries[0].summary, "M said \u201CI can\u2019t stay here\u201D");
    EXPECT_EQ(result.entries[1].summary, "Rent arrears of \u00A3340 written off");
    EXPECT_EQ(result.entries[1].action, "Tenancy sustainment \u2013 referral");
    expect_every_cell_kept(imported, "Housing", "h.csv");
}

TEST(ImportFixtures, CleanImportsValidateAndMerge) {
    model::ReviewInput input;
    int expected = 0;
    for (const char* name :
         {"police.docx", "hospital.xlsx", "housing-utf8.csv", "housing-1252.csv"}) {
        const auto result = import_fixture(name).result;
        ASSERT_FALSE(model::has_errors(result.diagnostics)) << name;
        const std::string yaml =
            import::write_chronology_yaml({std::string("Agency ") + name, name}, result);
        load::load_text(yaml, std::string(name) + ".yaml", std::string(name) + ".yaml", input);
        expected += static_cast<int>(result.entries.size());
    }
    EXPECT_EQ(messages(input.diagnostics), std::vector<std::string>{});
    const auto merged = merge::merge_review(input);
    EXPECT_EQ(static_cast<int>(merged.entries.size()), expected);
}

TEST(ImportFixtures, DateWrittenWithItsTimeGivesTheEntryItsTime) {
    const auto result = import_fixture("police.docx").result;
    const auto input = read_back(import::write_chronology_yaml({"Police", "p.docx"}, result));
    ASSERT_EQ(input.chronologies.size(), 1u);
    const auto& entry = input.chronologies[0].entries.at(5);
    ASSERT_TRUE(entry.time.has_value());
    EXPECT_EQ(model::to_string(*entry.time), "14:05");
}

// ---------------------------------------------------------------------------------------------
// Hostile office files: each a clear problem, quickly.

struct Hostile {
    const char* file;
    const char* message;  // the start of the problem's message
};

void PrintTo(const Hostile& row, std::ostream* os) { *os << row.file; }

class HostileOfficeFile : public testing::TestWithParam<Hostile> {};

TEST_P(HostileOfficeFile, IsAClearProblemWithinTheLimits) {
    const fs::path path = k_root / "tests" / "import" / "hostile" / GetParam().file;
    const std::string bytes = read_bytes(path);
    ASSERT_FALSE(bytes.empty()) << path;
    const auto start = std::chrono::steady_clock::now();
    const auto result = path.extension() == ".xlsx"
                            ? import::read_xlsx_sheets(bytes, load::k_max_file_bytes)
                            : import::read_docx_tables(bytes, load::k_max_file_bytes);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.starts_with(GetParam().message)) << result.error().message;
    EXPECT_FALSE(result.error().hint.empty());
    EXPECT_LT(seconds, 10.0);
}

INSTANTIATE_TEST_SUITE_P(
    Files, HostileOfficeFile,
    testing::Values(
        Hostile{"zip-bomb.docx", "the file expands to more than the limit imr reads"},
        Hostile{"dotdot-paths.docx", "the file is a zip archive but not a Word document"},
        Hostile{"huge-shared-strings.xlsx", "the file expands to more than the limit imr reads"},
        Hostile{"entity-expansion.docx", "'word/document.xml' declares a DOCTYPE"},
        Hostile{"truncated.docx",
                "the file is not a readable Word document (the archive is damaged"},
        Hostile{"really-a-doc.docx", "the file is an old-style Word 97-2003 (.doc) document"}),
    [](const testing::TestParamInfo<Hostile>& info) {
        std::string name;
        for (char c : std::string(info.param.file))
            name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        return name;
    });

// ---------------------------------------------------------------------------------------------
// YAML scalars read back exactly.

std::string random_text(std::mt19937& rng) {
    static const std::vector<std::string> k_pieces = {
        "a",    "Z",      " ",      "  ",         "\t",         "\n",     "\r\n",   "\r",   "- ",
        ": ",   "#",      " #",     "'",          "\"",         "\\",     "yes",    "no",   "~",
        "null", "12",     "0x1F",   "1e3",        "2013-08-02", "|",      ">",      "[",    "]",
        "{",    "}",      ",",      "&",          "*",          "!",      "%",      "@",    "`",
        "?",    "\u00E9", "\u20AC", "\U0001F600", "\u2028",     "\u0085", "\uFEFF", "\x01", "\x7F",
        "...",  "---",    "=",      "true",       "."};
    std::uniform_int_distribution<int> length(0, 12);
    std::uniform_int_distribution<std::size_t> pick(0, k_pieces.size() - 1);
    std::string text;
    for (int i = length(rng); i > 0; --i) text += k_pieces[pick(rng)];
    return text;
}

TEST(YamlScalar, RandomTextsReadBackExactlyThroughYamlCpp) {
    std::mt19937 rng(20261203);
    for (int i = 0; i < 2000; ++i) {
        const std::string text = random_text(rng);
        for (const render::YamlScalarPlace place :
             {render::YamlScalarPlace{0, true, 0}, render::YamlScalarPlace{4, true, 20},
              render::YamlScalarPlace{2, false, 0}}) {
            // The key stands at the column the place names, inside a map when it is indented.
            const std::string pad(static_cast<std::size_t>(place.parent_indent), ' ');
            const std::string doc = (place.parent_indent > 0 ? "x:\n" : "") + pad +
                                    "k: " + render::yaml_scalar(text, place) + "\n" + pad +
                                    "after: 1\n";
            YAML::Node node;
            ASSERT_NO_THROW(node = YAML::Load(doc)) << doc;
            const YAML::Node value = place.parent_indent > 0 ? node["x"]["k"] : node["k"];
            ASSERT_TRUE(value.IsScalar()) << doc;
            EXPECT_EQ(value.as<std::string>(), text) << doc;
        }
    }
}

TEST(YamlScalar, ChoosesTheStyleAPersonWould) {
    EXPECT_EQ(render::yaml_scalar("Plain words"), "Plain words");
    EXPECT_EQ(render::yaml_scalar("yes"), "\"yes\"");
    EXPECT_EQ(render::yaml_scalar("a: b"), "\"a: b\"");
    EXPECT_EQ(render::yaml_scalar("say \"hi\": now"), "'say \"hi\": now'");
    EXPECT_EQ(render::yaml_scalar("one\ntwo"), "|-\n  one\n  two");
    EXPECT_EQ(render::yaml_scalar("one\ntwo\n"), "|\n  one\n  two");
    EXPECT_EQ(render::yaml_scalar("one\n\n"), "|+\n  one\n");
    EXPECT_EQ(render::yaml_scalar("  indented\nnext"), "|2-\n    indented\n  next");
    EXPECT_EQ(render::yaml_scalar("crlf\r\nline"), "\"crlf\\r\\nline\"");
}

// Random texts in every free-text field, through merge's YAML writer and the reader of
// combined chronologies, come back identical.
TEST(YamlScalar, MergeYamlOutputReadsBackToTheSameEntries) {
    std::mt19937 rng(7);
    nlohmann::json chronology = {{"format", "imr-chronology/1"}, {"agency", "Police"}};
    chronology["entries"] = nlohmann::json::array();
    std::vector<std::string> texts;
    for (int i = 0; i < 300; ++i) {
        std::string summary = random_text(rng);
        // The chronology reader refuses control characters and empty summaries; keep to text.
        std::string clean;
        for (char c : summary) {
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') clean += c;
        }
        if (clean.find_first_not_of(" \t\n") == std::string::npos) clean = "x" + clean;
        if (clean.find("\u0085") != std::string::npos ||
            clean.find("\u2028") != std::string::npos ||
            clean.find("\uFEFF") != std::string::npos || clean.find('\x7F') != std::string::npos)
            clean = "y" + std::to_string(i);
        texts.push_back(clean);
        chronology["entries"].push_back(
            {{"date", "2 August 2013"}, {"summary", clean}, {"comment", clean + " "}});
    }
    model::ReviewInput input;
    load::load_text(chronology.dump(), "police.json", "police.json", input);
    ASSERT_FALSE(model::has_errors(input.diagnostics)) << messages(input.diagnostics).front();
    const auto merged = merge::merge_review(input);
    std::ostringstream yaml;
    render::render_yaml(merged, yaml);
    model::ReviewInput back;
    load::load_text(yaml.str(), "combined.yaml", "combined.yaml", back);
    ASSERT_FALSE(model::has_errors(back.diagnostics)) << messages(back.diagnostics).front();
    std::vector<std::string> summaries, read;
    for (const auto& e : merged.entries)
        summaries.push_back(e.entry.summary + "|" + e.entry.comment);
    for (const auto& c : back.chronologies)
        for (const auto& e : c.entries) read.push_back(e.summary + "|" + e.comment);
    std::sort(summaries.begin(), summaries.end());
    std::sort(read.begin(), read.end());
    EXPECT_EQ(read, summaries);
    EXPECT_EQ(read.size(), 300u);
}

}  // namespace
