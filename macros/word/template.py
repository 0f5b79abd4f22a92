"""A template as a Word form: the intro on A4 portrait, each part as a wide table on A4 landscape."""
from __future__ import annotations

from docx.shared import Emu, Mm

from ..i18n import strings
from .document import (MUTED, add_field, add_heading, add_note, add_section, add_sources, new_document,
                       text_width)
from .tables import LABEL_FILL, add_meeting_block, add_row, add_table, cell_text, header_cell, shade

QUESTION_WIDTH = Mm(70)
ANSWER_HEIGHT = Mm(20)  # room to write an answer in every column


def template_document(template, lang: str):
    t = strings(lang)
    doc = new_document(template, lang)
    add_meeting_block(doc, lang)
    for name in ("purpose", "usage"):
        add_heading(doc, t[name], 1)
        add_field(doc, template, name, lang)

    section = add_section(doc, landscape=True)
    answer_width = Emu((text_width(section) - QUESTION_WIDTH) // len(template.columns))
    widths = [QUESTION_WIDTH] + [answer_width] * len(template.columns)
    for index, part in enumerate(template.parts):
        heading = add_heading(doc, part.title[lang], 1)
        heading.paragraph_format.page_break_before = index > 0 or None
        if part.phase:
            add_note(doc, f"{t['phase']}: {part.phase.title[lang]}").paragraph_format.keep_with_next = True
        table = add_table(doc, widths)
        header = add_row(table, header=True)
        header_cell(header.cells[0], template.question_column[lang])
        for cell, column in zip(header.cells[1:], template.columns):
            header_cell(cell, column.title[lang], column.hint[lang] if column.hint else None)
        for question in part.questions:
            row = add_row(table, height=ANSWER_HEIGHT)
            shade(row.cells[0], LABEL_FILL)
            cell_text(row.cells[0], question.text[lang])
            if question.note:
                cell_text(row.cells[0], question.note[lang], italic=True, color=MUTED)
    add_sources(doc, template, lang, shown=("purpose", "usage"))
    return doc
