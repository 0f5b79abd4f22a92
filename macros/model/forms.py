"""What people fill in at meetings: templates with parts and columns, checklists with items."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from .base import Entity, Text, relation

if TYPE_CHECKING:  # relations point across modules; only type checkers need to follow them
    from .documents import Topic
    from .framework_parts import Factor, Level, Phase, Tool


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
class TemplateRow:
    """One row of a part's table: a question of the template's own, or something it asks about
    that lives elsewhere (a factor, a checklist item, a milestone of a phase)."""
    id: str
    text: Text | None = None             # Markdown: a question, an item or a milestone
    label: Text | None = None            # Markdown: an item's bold lead
    note: Text | None = None             # Markdown: the italic note under a question
    points: tuple[Text, ...] = ()        # Markdown: an item's sub-points
    factor: Factor | None = None         # a factor, shown by its title and summary (plain text)


@dataclass(frozen=True, eq=False)
class TemplatePart:
    PARENT: ClassVar[str] = "template"  # the field that holds the entity the part belongs to
    id: str
    title: Text
    phase_id: str | None
    questions: tuple[TemplateQuestion, ...]
    question_column: Text                # the part's own, or the template's
    columns: tuple[TemplateColumn, ...]  # the part's own, or the template's
    factors_of_id: str | None = None     # rows: the factors of this level
    items_of_id: str | None = None       # rows: the items of this checklist
    milestones_of_id: str | None = None  # rows: the milestones of this phase
    phase: Phase | None = relation(many=False)
    factors_of: Level | None = relation(many=False)
    items_of: Checklist | None = relation(many=False)
    milestones_of: Phase | None = relation(many=False)
    template: Template = relation(many=False)

    @property
    def rows(self) -> tuple[TemplateRow, ...]:
        """The rows in order: a level's factors, a checklist's items, a phase's milestones, then the part's own questions."""
        rows = [TemplateRow(f.id, factor=f) for f in (self.factors_of.factors if self.factors_of else ())]
        rows += [TemplateRow(i.id, text=i.text, label=i.label, points=i.points) for i in (self.items_of.items if self.items_of else ())]
        rows += [TemplateRow(f"{self.id}-{n}", text=milestone)
                 for n, milestone in enumerate(self.milestones_of.milestones if self.milestones_of else (), 1)]
        rows += [TemplateRow(q.id, text=q.text, note=q.note) for q in self.questions]
        return tuple(rows)


@dataclass(frozen=True, eq=False)
class Template(Entity):
    kind = "templates"
    PARTS = "parts"
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
    PARENT: ClassVar[str] = "checklist"
    id: str
    label: Text | None
    text: Text
    points: tuple[Text, ...]
    level_id: str | None
    factor_id: str | None
    phase_id: str | None
    tool_id: str | None
    editorial: tuple[str, ...]  # the item's fields that are our reading, e.g. a phase the source does not give
    level: Level | None = relation(many=False)
    factor: Factor | None = relation(many=False)
    phase: Phase | None = relation(many=False)
    tool: Tool | None = relation(many=False)
    checklist: Checklist = relation(many=False)

    def is_editorial(self, field_name: str) -> bool:
        return field_name in self.editorial


def by_checklist(items) -> tuple[tuple[Checklist, tuple[ChecklistItem, ...]], ...]:
    """Items grouped by the checklist they come from, in their given order: reflection questions apart
    from risks or success factors."""
    groups: dict = {}
    for item in items:
        groups.setdefault(id(item.checklist), (item.checklist, []))[1].append(item)
    return tuple((checklist, tuple(members)) for checklist, members in groups.values())


@dataclass(frozen=True, eq=False)
class ChecklistSection:
    id: str
    title: Text | None
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True, eq=False)
class Checklist(Entity):
    kind = "checklists"
    PARTS = "items"
    intro: Text | None
    phase_ids: tuple[str, ...]
    sections: tuple[ChecklistSection, ...]
    phases: tuple[Phase, ...] = relation()
    tools: tuple[Tool, ...] = relation()
    topics: tuple[Topic, ...] = relation()
    template_parts: tuple[TemplatePart, ...] = relation()  # parts whose rows are this checklist's items

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for section in self.sections for item in section.items)
