"""The framework as typed, immutable objects.

Objects are created from checked data by `builder.py`; `linker.py` then fills the relation
fields (marked `relation()`) once, in both directions. Nothing here knows about HTML or
about the site generator.
"""
from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("da", "nb")


def relation(*, many: bool = True):
    """A field the linker fills: a tuple of related objects, or one object."""
    return field(init=False, default=() if many else None, repr=False, compare=False)


@dataclass(frozen=True)
class Text:
    da: str
    nb: str

    def __getitem__(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        return getattr(self, lang)


@dataclass(frozen=True, eq=False)
class Citation:
    source_id: str
    where: Text | None
    source: Source = relation(many=False)
    owner: Entity = relation(many=False)


@dataclass(frozen=True, eq=False)
class Entity:
    """Something with a file of its own in data/<kind>/<id>.yml."""
    kind = ""
    id: str
    file: str
    title: Text
    summary: Text
    citations: tuple[Citation, ...]
    editorial: frozenset[str]

    def is_editorial(self, field_name: str) -> bool:
        return field_name in self.editorial

    @property
    def sort_key(self):
        return (getattr(self, "order", 0), self.title.da)


@dataclass(frozen=True, eq=False)
class Source(Entity):
    kind = "sources"
    authors: tuple[str, ...]
    publisher: str | None
    year: int | None
    date: Text | None
    isbn: str | None
    language: str
    document_type: Text | None
    reference: str
    body: Text | None
    citations_of: tuple[Citation, ...] = relation()

    @property
    def is_seed(self) -> bool:
        """A document the site is built from, as opposed to a work such a document cites."""
        return not self.citations

    @property
    def cited_by(self) -> tuple[Entity, ...]:
        seen = {}
        for citation in self.citations_of:
            seen.setdefault(id(citation.owner), citation.owner)
        return tuple(sorted(seen.values(), key=lambda e: (e.kind, e.sort_key)))


@dataclass(frozen=True, eq=False)
class Level(Entity):
    kind = "levels"
    order: int
    short_title: Text
    central_question: Text
    body: Text
    factors: tuple[Factor, ...] = relation()
    questions: tuple[ChecklistItem, ...] = relation()
    topics: tuple[Topic, ...] = relation()


@dataclass(frozen=True, eq=False)
class Aspect:
    id: str
    title: Text
    body: Text


@dataclass(frozen=True, eq=False)
class Factor(Entity):
    kind = "factors"
    level_id: str
    order: int
    body: Text
    aspects: tuple[Aspect, ...]
    level: Level = relation(many=False)
    tools: tuple[Tool, ...] = relation()
    questions: tuple[ChecklistItem, ...] = relation()
    topics: tuple[Topic, ...] = relation()


@dataclass(frozen=True, eq=False)
class Phase(Entity):
    kind = "phases"
    order: int
    purpose: Text
    activities: tuple[Text, ...]
    milestones: tuple[Text, ...]
    work_forms: tuple[Text, ...]
    body: Text | None
    tools: tuple[Tool, ...] = relation()
    checklists: tuple[Checklist, ...] = relation()
    template_parts: tuple[TemplatePart, ...] = relation()
    gates_out: tuple[Gate, ...] = relation()
    gates_in: tuple[Gate, ...] = relation()
    steps: tuple[ProcessStep, ...] = relation()
    questions: tuple[ChecklistItem, ...] = relation()
    topics: tuple[Topic, ...] = relation()


@dataclass(frozen=True, eq=False)
class Gate(Entity):
    kind = "gates"
    from_phase_id: str
    to_phase_id: str
    question: Text
    body: Text | None
    from_phase: Phase = relation(many=False)
    to_phase: Phase = relation(many=False)

    @property
    def criteria(self) -> tuple[Text, ...]:
        """A gate decides whether the milestones of the phase that ends are reached."""
        return self.from_phase.milestones


@dataclass(frozen=True, eq=False)
class Tool(Entity):
    kind = "tools"
    order: int
    purpose: Text
    when: Text
    how: Text
    phase_ids: tuple[str, ...]
    factor_ids: tuple[str, ...]
    template_ids: tuple[str, ...]
    checklist_ids: tuple[str, ...]
    phases: tuple[Phase, ...] = relation()
    factors: tuple[Factor, ...] = relation()
    templates: tuple[Template, ...] = relation()
    checklists: tuple[Checklist, ...] = relation()
    questions: tuple[ChecklistItem, ...] = relation()
    topics: tuple[Topic, ...] = relation()


@dataclass(frozen=True, eq=False)
class TemplateColumn:
    id: str
    title: Text
    hint: Text | None


@dataclass(frozen=True, eq=False)
class TemplateQuestion:
    id: str
    text: Text
    note: Text | None


@dataclass(frozen=True, eq=False)
class TemplatePart:
    id: str
    title: Text
    phase_id: str | None
    questions: tuple[TemplateQuestion, ...]
    phase: Phase | None = relation(many=False)
    template: Template = relation(many=False)


@dataclass(frozen=True, eq=False)
class Template(Entity):
    kind = "templates"
    purpose: Text
    usage: Text
    question_column: Text
    columns: tuple[TemplateColumn, ...]
    parts: tuple[TemplatePart, ...]
    tools: tuple[Tool, ...] = relation()

    @property
    def phases(self) -> tuple[Phase, ...]:
        return tuple(dict.fromkeys(part.phase for part in self.parts if part.phase))


@dataclass(frozen=True, eq=False)
class ChecklistItem:
    id: str
    label: Text | None
    text: Text
    points: tuple[Text, ...]
    level_id: str | None
    factor_id: str | None
    phase_id: str | None
    tool_id: str | None
    level: Level | None = relation(many=False)
    factor: Factor | None = relation(many=False)
    phase: Phase | None = relation(many=False)
    tool: Tool | None = relation(many=False)
    checklist: Checklist = relation(many=False)


@dataclass(frozen=True, eq=False)
class ChecklistSection:
    id: str
    title: Text | None
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True, eq=False)
class Checklist(Entity):
    kind = "checklists"
    intro: Text | None
    phase_ids: tuple[str, ...]
    sections: tuple[ChecklistSection, ...]
    phases: tuple[Phase, ...] = relation()
    tools: tuple[Tool, ...] = relation()
    topics: tuple[Topic, ...] = relation()

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for section in self.sections for item in section.items)


@dataclass(frozen=True, eq=False)
class ProcessStep:
    id: str
    title: Text
    body: Text | None
    phase_ids: tuple[str, ...]
    phases: tuple[Phase, ...] = relation()
    model: ProcessModel = relation(many=False)


@dataclass(frozen=True, eq=False)
class ProcessModel(Entity):
    kind = "process-models"
    order: int
    body: Text
    steps: tuple[ProcessStep, ...]


@dataclass(frozen=True, eq=False)
class Topic(Entity):
    kind = "topics"
    order: int
    body: Text
    level_ids: tuple[str, ...]
    factor_ids: tuple[str, ...]
    phase_ids: tuple[str, ...]
    tool_ids: tuple[str, ...]
    checklist_ids: tuple[str, ...]
    levels: tuple[Level, ...] = relation()
    factors: tuple[Factor, ...] = relation()
    phases: tuple[Phase, ...] = relation()
    tools: tuple[Tool, ...] = relation()
    checklists: tuple[Checklist, ...] = relation()


@dataclass(frozen=True, eq=False)
class Term:
    """A glossary pair; it has a file but no page of its own."""
    kind = "terms"
    id: str
    file: str
    da: str
    nb: str
    note: Text | None


PAGE_KINDS: dict[str, type[Entity]] = {
    cls.kind: cls for cls in (Level, Factor, Phase, Gate, Tool, Template, Checklist, ProcessModel, Topic, Source)
}
