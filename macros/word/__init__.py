"""Word forms of templates, checklists and STOP/GO points, to type into at meetings.

One module per kind of document; `layout` holds what they share (styles, A4 pages, form tables,
checkboxes, the fill-in block, sources) and `markdown` turns the data's Markdown into runs.
Plain Python on python-docx: nothing here imports MkDocs.
"""
from .checklist import checklist_document
from .gate import gate_document
from .template import template_document

__all__ = ["checklist_document", "gate_document", "template_document"]
