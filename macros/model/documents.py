"""Where the guidance comes from and what surrounds it: sources, process models, topics, terms."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from .base import LANGUAGES, Entity, Text, relation

if TYPE_CHECKING:  # relations point across modules; only type checkers need to follow them
    from .base import Citation
    from .forms import Checklist
    from .framework_parts import Factor, Level, Phase, Tool


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
    url: str | None
    body: Text | None
    citations_of: tuple[Citation, ...] = relation()

    @property
    def url_host(self) -> str:
        """The address as a reader recognises it: 'socialstyrelsen.dk'."""
        return urlsplit(self.url).netloc.removeprefix("www.") if self.url else ""

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
class ProcessStep:
    PARENT: ClassVar[str] = "model"
    id: str
    title: Text
    body: Text | None
    phase_ids: tuple[str, ...]
    phases: tuple[Phase, ...] = relation()
    model: ProcessModel = relation(many=False)


@dataclass(frozen=True, eq=False)
class ProcessModel(Entity):
    kind = "process-models"
    PARTS = "steps"
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
    definition: Text
    note: Text | None
    editorial: tuple[str, ...]

    def name(self, lang: str) -> str:
        """The term in one language: 'caseload' in Danish, 'saksmengde' in Norwegian."""
        if lang not in LANGUAGES:
            raise KeyError(lang)
        return getattr(self, lang)

    def is_editorial(self, field_name: str) -> bool:
        return field_name in self.editorial
