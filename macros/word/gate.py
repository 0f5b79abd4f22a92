"""A STOP/GO point as a Word form: criteria to assess, then the decision and who took it."""
from __future__ import annotations

from docx.shared import Mm, Pt

from ..form_fields import GATE_DECISIONS, GATE_RECORD
from ..i18n import strings
from .document import CELL, MUTED, add_heading, add_sources, new_document, text_width
from .markdown import add_inline, add_text, new_paragraph
from .tables import (LABEL_FILL, LINE, add_checkbox, add_choices, add_fill_in, add_meeting_block, add_row,
                     add_table, cell_text, header_cell, shade)

MET_WIDTH, COMMENT_WIDTH = Mm(30), Mm(60)
ROW_HEIGHT = Mm(14)


def gate_document(gate, lang: str):
    t = strings(lang)
    doc = new_document(gate, lang)
    add_inline(new_paragraph(doc, "Subtitle"), gate.question[lang])
    phases = f"{gate.from_phase.title[lang]} → {gate.to_phase.title[lang]}"
    add_text(doc.add_paragraph(), f"{t['between_phases']}: {phases}", color=MUTED)
    add_meeting_block(doc, lang)
    width = text_width(doc.sections[0])

    add_heading(doc, t["gate_criteria"], 1)
    add_text(doc.add_paragraph(), f"{t['gate_criteria_intro']} {gate.from_phase.title[lang]}.")
    table = add_table(doc, [width - MET_WIDTH - COMMENT_WIDTH, MET_WIDTH, COMMENT_WIDTH])
    header = add_row(table, header=True)
    for cell, key in zip(header.cells, ("gate_criterion", "gate_met", "gate_comment")):
        header_cell(cell, t[key])
    answers = [t["form_answer_yes"], t["form_answer_partly"], t["form_answer_no"]]
    for criterion in gate.criteria:
        row = add_row(table, height=ROW_HEIGHT)
        shade(row.cells[0], LABEL_FILL)
        cell_text(row.cells[0], criterion[lang])
        for answer in answers:
            line = new_paragraph(row.cells[1], CELL)
            add_checkbox(line, Pt(10))
            line.add_run(f"\u00a0{answer}")

    heading = add_heading(doc, t["gate_decision_heading"], 1)
    choices = doc.add_paragraph()
    choices.paragraph_format.keep_with_next = heading.paragraph_format.keep_with_next = True
    add_choices(choices, [t[key] for key in GATE_DECISIONS], Pt(12), bold=True)
    room = {"gate_conditions": Mm(26), "gate_participants": Mm(16)}  # the rest: one line to write on
    add_fill_in(doc, [(t[key], room.get(key, LINE)) for key in GATE_RECORD], width)
    add_sources(doc, gate, lang)
    return doc
