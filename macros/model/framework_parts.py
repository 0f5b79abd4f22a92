"""The framework itself: levels with their factors, phases with their gates, and tools."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .base import LANGUAGES, Entity, Text, relation
from .forms import by_checklist

if TYPE_CHECKING:  # relations point across modules; only type checkers need to follow them
    from .documents import ProcessModel, ProcessStep, Topic
    from .forms import Checklist, ChecklistItem, Template, TemplatePart


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
    template_parts: tuple[TemplatePart, ...] = relation()  # parts whose rows are this level's factors

    @property
    def label(self) -> Text:
        """'Individuelt niveau – Kompetencer': the source names a level with its one-word short title."""
        return Text(*(f"{self.title[lang]} – {self.short_title[lang]}" for lang in LANGUAGES))


@dataclass(frozen=True, eq=False)
class Aspect:
    id: str
    title: Text
    body: Text


MANAGEMENT_LEVELS = ("strategisk", "taktisk", "operationelt")  # the three levels of management in the source


@dataclass(frozen=True, eq=False)
class FactorGuidance:
    """How to work with a factor: the editors' advice, never the source's, so always shown as editorial."""
    why: Text
    signs_driver: tuple[Text, ...]
    signs_barrier: tuple[Text, ...]
    actions: tuple[tuple[str, tuple[Text, ...]], ...]   # (management level, things to do), strategic first
    tool_ids: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Factor(Entity):
    kind = "factors"
    level_id: str
    order: int
    body: Text
    note: Text | None
    aspects: tuple[Aspect, ...]
    guidance: FactorGuidance | None
    level: Level = relation(many=False)
    tools: tuple[Tool, ...] = relation()
    questions: tuple[ChecklistItem, ...] = relation()
    topics: tuple[Topic, ...] = relation()
    guidance_tools: tuple[Tool, ...] = relation()

    @property
    def guidance_tool_ids(self) -> tuple[str, ...]:
        return self.guidance.tool_ids if self.guidance else ()

    @property
    def questions_by_checklist(self):
        return by_checklist(self.questions)


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
    milestone_parts: tuple[TemplatePart, ...] = relation()  # parts whose rows are this phase's milestones
    gates_out: tuple[Gate, ...] = relation()
    gates_in: tuple[Gate, ...] = relation()
    steps: tuple[ProcessStep, ...] = relation()
    questions: tuple[ChecklistItem, ...] = relation()
    topics: tuple[Topic, ...] = relation()

    def named_by_source(self, relation: str) -> tuple:
        """The tools or checklists the source places in this phase."""
        return tuple(owner for owner in getattr(self, relation) if not owner.is_editorial("phases"))

    def suggested(self, relation: str) -> tuple:
        """The tools or checklists the editors place in this phase (their `phases` is marked editorial)."""
        return tuple(owner for owner in getattr(self, relation) if owner.is_editorial("phases"))

    @property
    def steps_by_model(self) -> tuple[tuple[ProcessModel, tuple[ProcessStep, ...]], ...]:
        """The steps of this phase, one group per process model, in the order they were linked."""
        grouped: dict = {}
        for step in self.steps:
            grouped.setdefault(step.model, []).append(step)
        return tuple((model, tuple(steps)) for model, steps in grouped.items())


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
    no_form: Text | None  # why the tool has no form to print, when it has none
    phases: tuple[Phase, ...] = relation()
    factors: tuple[Factor, ...] = relation()
    templates: tuple[Template, ...] = relation()
    checklists: tuple[Checklist, ...] = relation()
    questions: tuple[ChecklistItem, ...] = relation()
    topics: tuple[Topic, ...] = relation()
    guidance_for: tuple[Factor, ...] = relation()   # factors whose guidance (editorial) names the tool
