"""The framework as typed, immutable objects.

Objects are created from checked data by `builder.py`; `linker.py` then fills the relation
fields (marked `relation()`) once, in both directions. Nothing here knows about HTML or
about the site generator.
"""
from .base import LANGUAGES, Citation, Entity, Text
from .documents import ProcessModel, ProcessStep, Source, Term, Topic
from .forms import (Checklist, ChecklistItem, ChecklistSection, Template, TemplateColumn, TemplatePart, TemplateQuestion,
                    TemplateRow)
from .framework_parts import MANAGEMENT_LEVELS, Aspect, Factor, FactorGuidance, Gate, Level, Phase, Tool

__all__ = [
    "LANGUAGES", "MANAGEMENT_LEVELS", "PAGE_KINDS", "Aspect", "Checklist", "ChecklistItem", "ChecklistSection", "Citation",
    "Entity", "Factor", "FactorGuidance", "Gate", "Level", "Phase", "ProcessModel", "ProcessStep", "Source", "Template",
    "TemplateColumn", "TemplatePart", "TemplateQuestion", "TemplateRow", "Term", "Text", "Tool", "Topic",
]

PAGE_KINDS: dict[str, type[Entity]] = {
    cls.kind: cls for cls in (Level, Factor, Phase, Gate, Tool, Template, Checklist, ProcessModel, Topic, Source)
}
