"""Every generated page of one language: its path, front matter and one macro call as body.

Keeping the body down to a macro call keeps the pages portable to another generator that
runs mkdocs-macros' `define_env` (see STACK-NOTES: Zensical).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import model as m
from .framework import Framework
from .i18n import strings
from .urls import OVERVIEW_KINDS, page_source


@dataclass(frozen=True)
class GeneratedPage:
    """A page of one language made from the data: an entity's page, or the overview of a kind."""
    lang: str
    thing: m.Entity | str       # the entity, or the kind ('factors', 'glossary') of an overview

    @property
    def source(self) -> str:
        """The path inside the language's docs, e.g. 'faktorer/motivation/index.md'."""
        return page_source(self.thing, self.lang)

    @property
    def entity(self) -> m.Entity | None:
        return self.thing if isinstance(self.thing, m.Entity) else None

    @property
    def kind(self) -> str:
        return self.entity.kind if self.entity else self.thing

    @property
    def call(self) -> str:
        """The macro call that renders the body: ids only (ids are checked against a pattern)."""
        if self.entity:
            return f'{{{{ entity_page("{self.kind}", "{self.entity.id}") }}}}'
        return f'{{{{ overview_page("{self.kind}") }}}}'

    @property
    def data_file(self) -> str | None:
        """The YAML file a contributor edits, for the edit link; an overview comes from many files."""
        return self.entity.file if self.entity else None

    def title(self) -> str:
        return self.entity.label[self.lang] if self.entity else strings(self.lang)[f"overview_{self.kind}"]

    def description(self) -> str:
        if self.entity:
            return self.entity.summary[self.lang]
        return strings(self.lang)[f"overview_{self.kind}_description"]

    def markdown(self) -> str:
        """The page source: no data text at all, so nothing from the data is ever read as a template.
        Its title and description are set from the model after the macros ran."""
        return "---\nrender_macros: true\n---\n\n" + self.call + "\n"


def generated_pages(framework: Framework, lang: str) -> list[GeneratedPage]:
    return [GeneratedPage(lang, thing) for thing in (*OVERVIEW_KINDS, *framework.pages())]
