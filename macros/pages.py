"""Every generated page of one language: its path, front matter and one macro call as body.

Keeping the body down to a macro call keeps the pages portable to another generator that
runs mkdocs-macros' `define_env` (see STACK-NOTES: Zensical).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import model as m
from .content_history import CONTENT_FOLDERS
from .framework import Framework
from .i18n import strings
from .urls import CHANGES_PAGE, OVERVIEW_KINDS, page_source


@dataclass(frozen=True)
class GeneratedPage:
    source: str                 # path inside the language's docs, e.g. 'factors/motivation/index.md'
    call: str                   # the macro call that renders the body
    data_file: str | None       # the YAML file a contributor edits, for the edit link
    content: tuple[str, ...]    # the files and folders ('data/factors/') it is made from, for its last-changed date
    entity: m.Entity | None = None

    def title(self, lang: str) -> str:
        return self.entity.title[lang] if self.entity else strings(lang)[f"overview_{self.kind}"]

    def description(self, lang: str) -> str:
        return self.entity.summary[lang] if self.entity else strings(lang)[f"overview_{self.kind}_description"]

    @property
    def kind(self) -> str:
        return self.source.split("/")[0]

    def markdown(self) -> str:
        """The page source: no data text at all, so nothing from the data is ever read as a template.
        Its title and description are set from the model after the macros ran."""
        return "---\nrender_macros: true\n---\n\n" + self.call + "\n"


def generated_pages(framework: Framework) -> list[GeneratedPage]:
    # An overview is made from many files: no edit link, and it changed when any of them did.
    pages = [GeneratedPage(page_source(kind), f'{{{{ overview_page("{kind}") }}}}', None, (data_folder(kind),))
             for kind in OVERVIEW_KINDS]
    pages.append(GeneratedPage(page_source(CHANGES_PAGE), "{{ changes_page() }}", None,
                               tuple(f"{folder}/" for folder in CONTENT_FOLDERS)))
    pages += [GeneratedPage(page_source(entity), f'{{{{ entity_page("{entity.kind}", "{entity.id}") }}}}',
                            entity.file, (entity.file,), entity)
              for entity in framework.pages()]
    return pages


def data_folder(kind: str) -> str:
    """The folder an overview's content comes from: 'data/factors/'; the glossary's is data/terms/."""
    return f"data/{'terms' if kind == 'glossary' else kind}/"
