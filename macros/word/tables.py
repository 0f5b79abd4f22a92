"""Form tables: fixed widths, rows that do not split, repeated header rows, checkboxes, fill-in blocks."""
from __future__ import annotations

from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm, Pt

from ..form_fields import MEETING_FIELDS
from ..i18n import strings
from .document import CELL, MUTED, add_note, text_width
from .markdown import add_inline, add_text, new_paragraph

SYMBOL_FONT = "Segoe UI Symbol"  # has ☐ and ☒; other systems substitute a font that has them
HEADER_FILL, LABEL_FILL, BORDER = "DCE4EF", "F2F2F2", "8C8C8C"
CELL_MARGIN = 108  # twips: Word's default left cell margin, by which tables are indented to line up
LINE = Mm(9)  # an empty cell with room for one line


def add_table(doc, widths):
    """A table with thin grey borders and fixed column widths, flush with the text margins."""
    table = doc.add_table(rows=0, cols=len(widths))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Emu(width)
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(Emu(sum(widths)).twips))
    sides = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{BORDER}"/>'
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    borders = parse_xml(f"<w:tblBorders {nsdecls('w')}>{sides}</w:tblBorders>")
    tbl_pr.find(qn("w:tblLayout")).addprevious(borders)
    borders.addprevious(parse_xml(f'<w:tblInd {nsdecls("w")} w:w="{CELL_MARGIN}" w:type="dxa"/>'))
    return table


def add_row(table, *, header: bool = False, height=None):
    """A row that never breaks across pages; a header row is shaded and repeats on every page."""
    row = table.add_row()
    if height:
        row.height, row.height_rule = height, WD_ROW_HEIGHT_RULE.AT_LEAST
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.insert(0, OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))
        for cell in row.cells:
            shade(cell, HEADER_FILL)
    return row


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    fill_element = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tc_pr.find(qn("w:tcW")).addnext(fill_element)


def cell_text(cell, text: str, **fmt):
    paragraph = new_paragraph(cell, CELL)
    add_inline(paragraph, text, **fmt)
    return paragraph


def header_cell(cell, title: str, hint: str | None = None) -> None:
    add_text(new_paragraph(cell, CELL), title, bold=True)
    if hint:
        cell_text(cell, hint, italic=True, color=MUTED, size=Pt(8))


def add_checkbox(paragraph, size=Pt(11)) -> None:
    """A Word checkbox content control, ticked with a click; other programs show its ☐."""
    number = len(paragraph.part.element.xpath(".//w:sdt")) + 1
    run_pr = (f'<w:rPr><w:rFonts w:ascii="{SYMBOL_FONT}" w:eastAsia="{SYMBOL_FONT}" w:hAnsi="{SYMBOL_FONT}"/>'
              f'<w:sz w:val="{int(size.pt * 2)}"/></w:rPr>')
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr>{run_pr}<w:id w:val="{number}"/>'
        f'<w14:checkbox><w14:checked w14:val="0"/>'
        f'<w14:checkedState w14:val="2612" w14:font="{SYMBOL_FONT}"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="{SYMBOL_FONT}"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r>{run_pr}<w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>'))


def add_choices(paragraph, labels, size=Pt(11), **fmt) -> None:
    """Checkboxes with their labels on one line: ☐ GO   ☐ STOP ..."""
    for index, label in enumerate(labels):
        add_checkbox(paragraph, size)
        gap = "\u2003\u2003" if index < len(labels) - 1 else ""
        add_text(paragraph, f"\u00a0{label}{gap}", size=size, **fmt)


def add_fill_in(doc, rows, width) -> None:
    """Two columns: a label, and an empty cell at least as high as given, to write in."""
    label_width = Mm(45)
    table = add_table(doc, [label_width, width - label_width])
    for label, height in rows:
        row = add_row(table, height=height)
        shade(row.cells[0], LABEL_FILL)
        cell_text(row.cells[0], label, bold=True)


def add_meeting_block(doc, lang: str) -> None:
    """Initiative, organisation, date and participants, filled in at the meeting."""
    t = strings(lang)
    add_note(doc, t["form_fill_in"]).paragraph_format.keep_with_next = True
    rows = [(t[key], Mm(20) if key == "form_participants" else LINE) for key in MEETING_FIELDS]
    add_fill_in(doc, rows, text_width(doc.sections[-1]))
    spacer = doc.add_paragraph().paragraph_format  # a little room before the text that follows
    spacer.line_spacing, spacer.space_after = Pt(8), Pt(0)
