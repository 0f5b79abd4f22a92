"""A checklist as a Word form: per section a table of checkbox, item and room for notes."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from ..i18n import strings
from .document import CELL, CELL_BULLET, add_field, add_heading, add_sources, new_document, text_width
from .markdown import add_inline, new_paragraph
from .tables import add_checkbox, add_meeting_block, add_row, add_table, header_cell

BOX_WIDTH, NOTES_WIDTH = Mm(11), Mm(62)
ROW_HEIGHT = Mm(14)  # room for a note next to every item


def checklist_document(checklist, lang: str):
    t = strings(lang)
    doc = new_document(checklist, lang)
    add_meeting_block(doc, lang)
    add_field(doc, checklist, "intro", lang)
    widths = [BOX_WIDTH, text_width(doc.sections[0]) - BOX_WIDTH - NOTES_WIDTH, NOTES_WIDTH]
    for section in checklist.sections:
        if section.title:
            add_heading(doc, section.title[lang], 1)
        table = add_table(doc, widths)
        header = add_row(table, header=True)
        header_cell(header.cells[1], t["form_item"])
        header_cell(header.cells[2], t["form_notes"])
        for item in section.items:
            row = add_row(table, height=ROW_HEIGHT)
            box = new_paragraph(row.cells[0], CELL)
            box.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_checkbox(box)
            text = new_paragraph(row.cells[1], CELL)
            if item.label:
                add_inline(text, item.label[lang], bold=True)
                text.add_run(" ")
            add_inline(text, item.text[lang])
            for point in item.points:
                add_inline(new_paragraph(row.cells[1], CELL_BULLET), point[lang])
    add_sources(doc, checklist, lang, shown=("intro",))
    return doc
