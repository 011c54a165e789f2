#!/usr/bin/python3
"""Makes the files `imr import` is tested on, the way agencies make them: Word documents
with python-docx, workbooks with openpyxl, CSV as Excel writes it on UK Windows, and the
hostile office files. Fictional people only. Run from the repository root:

    /usr/bin/python3 tests/import/make_fixtures.py   (Debian's python3-docx and python3-openpyxl)

The generated files are committed; zip timestamps differ between runs, contents do not.
"""
import datetime
import io
import os
import zipfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import PatternFill, Font

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "fixtures")
HOSTILE = os.path.join(ROOT, "hostile")
EXAMPLES = os.path.join(ROOT, "..", "..", "examples", "office")

HEADINGS = ["Date", "Time", "Source", "Event / contact", "Action taken / outcome",
            "Significant (Y/N)", "Officer"]


def mark_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def add_row(table, values):
    cells = table.add_row().cells
    for cell, value in zip(cells, values):
        paragraphs = value.split("\n\n") if value else [""]
        cell.text = paragraphs[0]
        for more in paragraphs[1:]:
            cell.add_paragraph(more)
    return cells


def chronology_table(document, rows):
    table = document.add_table(rows=1, cols=len(HEADINGS))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, HEADINGS):
        cell.text = heading
    mark_header(table.rows[0])
    for values in rows:
        if isinstance(values, str):  # a note across the table
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            merged.text = values
        else:
            add_row(table, values)
    return table


def police_docx(path):
    document = docx.Document()
    document.add_heading("Northvale Constabulary: IMR chronology", 1)
    document.add_paragraph("FICTIONAL example for imr import. Riverside DHR 2014.")
    control = document.add_table(rows=1, cols=4)
    for cell, heading in zip(control.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        cell.text = heading
    for values in [["0.1", "3 March 2015", "IMR author", "First draft"],
                   ["1.0", "20 March 2015", "IMR author", "Panel comments"]]:
        add_row(control, values)
    document.add_paragraph("Chronology, part 1")
    table = chronology_table(document, [
        ["02/08/2013", "23:40", "Incident 0987",
         "Neighbour reported shouting at the flat of M and D.\n\nOfficers attended; D had left.",
         "DASH completed: medium.", "Y", "PC 101"],
        ["03/08/2013", "", "Crime 4411", "M gave a statement about the assault.",
         "Referral to MARAC", "N", "DC 202"],
        ["", "10:15", "Crime 4411", "D arrested and interviewed.", "Bailed with conditions.",
         "", "DC 202"],
        "No contact between 4 and 19 August 2013.",
        ["w/c 14/10/2013", "", "PNC", "Bail conditions checked by the neighbourhood team.", "", "N",
         ""],
    ])
    # The date of "03/08/2013" is merged down over the next row, as authors do for a day's events.
    top = table.rows[2].cells[0]
    below = table.rows[3].cells[0]
    top.merge(below)
    # A line break inside a paragraph (Shift+Enter).
    run = table.rows[5].cells[3].paragraphs[0].add_run()
    run.add_break()
    run.add_text("Neighbourhood sergeant informed.")
    # The header pasted again mid-table, as when a table is copied from two documents.
    cells = table.add_row().cells
    for cell, heading in zip(cells, HEADINGS):
        cell.text = heading
    add_row(table, ["Aug-2013", "", "Intelligence log", "Intelligence that D carried a knife.",
                    "", "Y", "Analyst"])
    document.add_page_break()
    document.add_paragraph("Chronology, part 2")
    chronology_table(document, [
        ["02/12/2013 14:05", "", "Incident 1203", "M called 999: D at the door in breach of bail.",
         "D arrested; remanded.", "Yes", "PC 303"],
        ["mid-2014", "", "Review", "Case reviewed by the domestic abuse unit.", "", "N", ""],
    ])
    document.save(path)


def police_continued_docx(path):
    """A chronology split in two tables at a page break, the second without a header row of
    its own; then a table of terms with as many columns, which is not a continuation."""
    document = docx.Document()
    document.add_paragraph("Northvale Constabulary: IMR chronology (FICTIONAL)")
    chronology_table(document, [
        ["02/08/2013", "23:40", "Incident 0987", "Neighbour reported shouting at the flat.",
         "Officers attended.", "Y", "PC 101"],
    ])
    document.add_page_break()
    rest = document.add_table(rows=0, cols=len(HEADINGS))
    rest.style = "Table Grid"
    add_row(rest, ["03/08/2013", "", "Crime 4411", "M gave a statement about the assault.",
                   "Referral to MARAC", "N", "DC 202"])
    cells = rest.add_row().cells
    merged = cells[0].merge(cells[-1])
    merged.text = "No contact between 4 and 19 August 2013."
    add_row(rest, ["20/08/2013", "", "PNC", "Bail conditions checked.", "", "N", ""])
    document.add_paragraph("Terms used")
    terms = document.add_table(rows=0, cols=len(HEADINGS))
    add_row(terms, ["DASH", "", "", "Domestic Abuse, Stalking and Harassment risk checklist", "",
                    "", ""])
    document.save(path)


def police_errors_docx(path):
    document = docx.Document()
    document.add_paragraph("FICTIONAL example with mistakes for imr import.")
    chronology_table(document, [
        ["02/08/2013", "23:40", "Incident 0987", "Neighbour reported shouting.", "", "Y", ""],
        ["31/06/2014", "", "Incident 2001", "Call from M.", "", "N", ""],
        ["", "", "Incident 2002", "Call from the neighbour.", "", "N", ""],
        ["05/07/2014", "", "Incident 2003", "", "Officers attended.", "N", ""],
        ["06/07/2014", "25:10", "Incident 2004", "M reported damage to her car.", "", "maybe", ""],
    ])
    document.save(path)


def hospital_xlsx(path):
    workbook = openpyxl.Workbook()
    cover = workbook.active
    cover.title = "Cover"
    cover["A1"] = "Riverside General Hospital"
    cover["A2"] = "IMR chronology for the Riverside DHR 2014 (FICTIONAL)"
    sheet = workbook.create_sheet("Chronology")
    sheet["A1"] = "Riverside General Hospital: chronology of contact"
    sheet["A1"].font = Font(bold=True)
    sheet["A2"] = "Prepared by the IMR author, safeguarding team"
    headings = ["Date of contact", "Time of contact", "Type of contact", "Details of contact",
                "Outcome", "Key event", "Ward"]
    sheet.append([])
    sheet.append(headings)
    rows = [
        [datetime.date(2013, 8, 3), datetime.time(1, 30), "Contact",
         "M attended A&E with a facial injury; said she fell.", "Treated and discharged.", "Y",
         "A&E"],
        [datetime.datetime(2013, 9, 14, 16, 45), None, "Assessment",
         "Routine question about domestic abuse asked;\nM said she felt safe at home.",
         "No further action.", "N", "Outpatients"],
        [None, None, None, None, None, None, None],  # a formatted empty row
        ["late March 2014", None, "Referral", "Midwife referred M to the IDVA service.",
         "Referral accepted.", "x", "Maternity"],
    ]
    for values in rows:
        sheet.append(values)
    # A date typed in Excel but formatted to show only its month, as authors do for
    # "sometime in August": read as the month it shows.
    sheet.append([datetime.date(2014, 5, 1), None, "Contact", "M missed two antenatal appointments.",
                  "Letter sent.", "N", "Maternity"])
    sheet.cell(row=sheet.max_row, column=1).number_format = "mmm-yy"
    grey = PatternFill("solid", fgColor="DDDDDD")
    for cell in sheet[7]:
        cell.fill = grey
    sheet.column_dimensions["D"].width = 60
    workbook.save(path)


def hidden_sheet_xlsx(path):
    """A workbook whose first sheet, hidden, is an old draft of the chronology, and whose
    visible sheet is the one the author submits."""
    workbook = openpyxl.Workbook()
    draft = workbook.active
    draft.title = "Old draft"
    draft.append(["Date", "Event"])
    draft.append([datetime.date(2013, 8, 3), "DRAFT: M seen in A&E (wrong date, superseded)."])
    draft.sheet_state = "hidden"
    lookups = workbook.create_sheet("Lists")
    lookups.append(["Date", "Event"])
    lookups.append(["2013-01-01", "A lookup row nobody should import."])
    lookups.sheet_state = "veryHidden"
    sheet = workbook.create_sheet("Chronology")
    sheet.append(["Date", "Event"])
    sheet.append([datetime.date(2013, 8, 4), "M attended A&E with a facial injury."])
    workbook.active = 2
    workbook.save(path)


def housing_utf8_csv(path):
    rows = [
        "Date,Contact type,Details,Outcome,Housing officer",
        '14/10/2013,Contact,"M asked to move, saying she was afraid of D.",Put on transfer list,HO 1',
        '21/10/2013,Contact,"Home visit.\r\nM showed damage to the door, which she said D did.",'
        '"Repair ordered, £120",HO 1',
        ',,,,',
        '? 11/2013,Other,"Letter from M\'s GP supporting a move: ""urgent""",,HO 2',
    ]
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8") + b"\r\n")


def housing_1252_csv(path):
    rows = [
        "Date;Details;Action",
        "02/12/2013;M said \u201cI can\u2019t stay here\u201d;Emergency move agreed",
        "03/12/2013;Rent arrears of \u00a3340 written off;Tenancy sustainment \u2013 referral",
    ]
    with open(path, "wb") as f:
        f.write("\r\n".join(rows).encode("cp1252") + b"\r\n")


def marac_mapped_csv(path):
    # Headings imr does not know ("When", "Notes") need --map; names resolve with --review.
    rows = [
        "When,Persons involved,What happened,Risk factors,Notes",
        '12/03/2014,"Ms K, the offender",MARAC heard the case.,"DA; threats to kill",'
        "Action plan agreed",
        '19/03/2014,"K, Mr Unknown",Review of the action plan.,"stalking, flying",',
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(rows) + "\n")


# ---------------------------------------------------------------------------------------------
# Hostile files: each must be a clear error, quickly, in little memory.

MINIMAL_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"/>')


def zip_bomb_docx(path):
    # document.xml inflates to 300 MiB of spaces from about 300 KiB on disk.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", MINIMAL_CONTENT_TYPES)
        info = zipfile.ZipInfo("word/document.xml", (2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document xmlns:w="w">')
            chunk = b" " * (1 << 20)
            for _ in range(300):
                f.write(chunk)
            f.write(b"</w:document>")


def dotdot_docx(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", MINIMAL_CONTENT_TYPES)
        z.writestr("../../evil.txt", "escaped")
        z.writestr("word/../../../etc/passwd", "escaped")


def huge_shared_strings_xlsx(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", MINIMAL_CONTENT_TYPES)
        z.writestr("xl/workbook.xml", '<workbook xmlns="x"><sheets/></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="r"/>')
        info = zipfile.ZipInfo("xl/sharedStrings.xml", (2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(b'<sst xmlns="x">')
            item = b"<si><t>x</t></si>" * 65536
            for _ in range(300):  # about 19.7 million strings, 330 MiB
                f.write(item)
            f.write(b"</sst>")


def entity_expansion_docx(path):
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10)
                     for i in range(1, 10))
           + ']>\n<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>&lol9;'
           '</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", MINIMAL_CONTENT_TYPES)
        z.writestr("word/document.xml", lol)


def truncated_docx(path, source):
    with open(source, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[: len(data) // 2])


def doc_renamed_docx(path):
    # The OLE2 compound-file signature Word 97-2003 writes, then a sector of nothing.
    with open(path, "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    os.makedirs(HOSTILE, exist_ok=True)
    os.makedirs(EXAMPLES, exist_ok=True)
    police_docx(os.path.join(FIXTURES, "police.docx"))
    police_docx(os.path.join(EXAMPLES, "police.docx"))
    police_errors_docx(os.path.join(FIXTURES, "police-errors.docx"))
    police_continued_docx(os.path.join(FIXTURES, "police-continued.docx"))
    hospital_xlsx(os.path.join(FIXTURES, "hospital.xlsx"))
    hidden_sheet_xlsx(os.path.join(FIXTURES, "hidden-sheet.xlsx"))
    housing_utf8_csv(os.path.join(FIXTURES, "housing-utf8.csv"))
    housing_1252_csv(os.path.join(FIXTURES, "housing-1252.csv"))
    marac_mapped_csv(os.path.join(FIXTURES, "marac-mapped.csv"))
    zip_bomb_docx(os.path.join(HOSTILE, "zip-bomb.docx"))
    dotdot_docx(os.path.join(HOSTILE, "dotdot-paths.docx"))
    huge_shared_strings_xlsx(os.path.join(HOSTILE, "huge-shared-strings.xlsx"))
    entity_expansion_docx(os.path.join(HOSTILE, "entity-expansion.docx"))
    truncated_docx(os.path.join(HOSTILE, "truncated.docx"), os.path.join(FIXTURES, "police.docx"))
    doc_renamed_docx(os.path.join(HOSTILE, "really-a-doc.docx"))


if __name__ == "__main__":
    main()
