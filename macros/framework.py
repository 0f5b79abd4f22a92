"""The whole framework, loaded once per build: every entity by kind and id."""
from __future__ import annotations

from dataclasses import dataclass

from . import model as m
from .collation import alphabetical


@dataclass(frozen=True, eq=False)
class Framework:
    entities: dict  # kind -> id -> Entity
    terms: tuple[m.Term, ...]

    def all(self, kind: str) -> tuple:
        return tuple(sorted(self.entities.get(kind, {}).values(), key=lambda e: e.sort_key))

    def get(self, kind: str, entity_id: str):
        return self.entities[kind][entity_id]

    def pages(self) -> tuple[m.Entity, ...]:
        """Every entity that has a page, kind by kind in the order of PAGE_KINDS."""
        return tuple(entity for kind in m.PAGE_KINDS for entity in self.all(kind))

    def questions(self) -> tuple[m.ChecklistItem, ...]:
        return tuple(item for checklist in self.all("checklists") for item in checklist.items)

    def glossary(self, lang: str) -> tuple[m.Term, ...]:
        """The terms in the alphabetical order of the language they are read in."""
        return tuple(sorted(self.terms, key=lambda term: alphabetical(term.name(lang))))

    @staticmethod
    def sources_cited_by(entities) -> tuple[m.Source, ...]:
        """The sources of several entities, each once, in order of first citation."""
        return tuple(dict.fromkeys(c.source for entity in entities for c in entity.citations))

    @property
    def levels(self): return self.all("levels")

    @property
    def phases(self): return self.all("phases")
