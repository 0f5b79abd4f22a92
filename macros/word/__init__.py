"""Word forms of templates, checklists and STOP/GO points, to type into at meetings.

One module per kind of document. What they share: `document` (styles, language, A4 pages,
headings, text, sources), `tables` (form tables, checkboxes, fill-in blocks) and `markdown`
(the data's Markdown as paragraphs and runs). Plain python-docx: nothing here imports MkDocs.
"""
from .checklist import checklist_document
from .gate import gate_document
from .template import template_document

__all__ = ["checklist_document", "gate_document", "template_document"]
