"""A template as a Word form: the intro on A4 portrait, the parts as wide tables on A4 landscape."""
from __future__ import annotations

from docx.shared import Emu, Mm

from ..i18n import strings
from .document import (CELL, CELL_BULLET, MUTED, add_field, add_heading, add_note, add_section, add_sources,
                       new_document, text_width)
from .markdown import add_inline, add_text, new_paragraph
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
    layout = [t[key] for name, key in (("columns", "form_columns_editorial"), ("parts", "form_rows_editorial"))
              if template.is_editorial(name)]
    if layout:
        add_note(doc, t["editorial_label"]).runs[0].italic = True
        add_text(doc.add_paragraph(), " ".join(layout))

    section = add_section(doc, landscape=True)
    for part in template.parts:  # parts follow on from each other, as on the site's print: no sheet half empty
        heading = add_heading(doc, part.title[lang], 1)
        heading.paragraph_format.keep_with_next = True
        if part.phase:
            add_note(doc, f"{t['phase']}: {part.phase.title[lang]}").paragraph_format.keep_with_next = True
        answer_width = Emu((text_width(section) - QUESTION_WIDTH) // len(part.columns))
        table = add_table(doc, [QUESTION_WIDTH] + [answer_width] * len(part.columns))
        header = add_row(table, header=True)
        header_cell(header.cells[0], part.question_column[lang])
        for cell, column in zip(header.cells[1:], part.columns):
            header_cell(cell, column.title[lang], column.hint[lang] if column.hint else None)
        for row in part.rows:
            cells = add_row(table, height=ANSWER_HEIGHT).cells
            shade(cells[0], LABEL_FILL)
            _row_heading(cells[0], row, lang)
    add_sources(doc, template, lang, shown=("purpose", "usage", "columns", "parts"))
    return doc


def _row_heading(cell, row, lang: str) -> None:
    """What the row asks: a factor by its name and summary (plain text), or a question or item (Markdown)."""
    if row.factor:
        add_text(new_paragraph(cell, CELL), row.factor.title[lang], bold=True)
        add_text(new_paragraph(cell, CELL), row.factor.summary[lang], italic=True, color=MUTED)
        return
    paragraph = new_paragraph(cell, CELL)
    if row.label:
        add_inline(paragraph, row.label[lang], bold=True)
        paragraph.add_run(" ")
    add_inline(paragraph, row.text[lang])
    for point in row.points:
        add_inline(new_paragraph(cell, CELL_BULLET), point[lang])
    if row.note:
        cell_text(cell, row.note[lang], italic=True, color=MUTED)
