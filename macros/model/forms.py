"""What people fill in at meetings: templates with parts and columns, checklists with items."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    editorial: frozenset[str]  # the item's fields that are our reading, e.g. a phase the source does not give
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
    intro: Text | None
    phase_ids: tuple[str, ...]
    sections: tuple[ChecklistSection, ...]
    phases: tuple[Phase, ...] = relation()
    tools: tuple[Tool, ...] = relation()
    topics: tuple[Topic, ...] = relation()

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for section in self.sections for item in section.items)
