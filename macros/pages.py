"""The plan of the site: every generated page of one language, with its path, the entity or
overview it shows, the macro call that is its body, the file a contributor edits and what it
depends on. The MkDocs hook only feeds this plan into MkDocs; `python -m macros.pages nb` prints it.

Keeping the body down to a macro call keeps the pages portable to another generator that
runs mkdocs-macros' `define_env` (see STACK-NOTES: Zensical).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import model as m
from .framework import Framework
from .i18n import strings
from .linker import linked_to
from .content_history import CONTENT_FOLDERS
from .urls import CHANGES_PAGE, OVERVIEW_KINDS, page_source


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
        if self.kind == CHANGES_PAGE:
            return "{{ changes_page() }}"
        return f'{{{{ overview_page("{self.kind}") }}}}'

    @property
    def data_file(self) -> str | None:
        """The YAML file a contributor edits, for the edit link; an overview comes from many files."""
        return self.entity.file if self.entity else None

    @property
    def content(self) -> tuple[str, ...]:
        """The files and folders ('data/factors/') the page is made from, for its last-changed date.
        An overview is made from many files: it changed when any of them did."""
        if self.entity:
            return (self.entity.file,)
        if self.kind in (CHANGES_PAGE, "guide"):  # the guide holds every page
            return tuple(f"{folder}/" for folder in CONTENT_FOLDERS)
        return (f"data/{'terms' if self.kind == 'glossary' else self.kind}/",)

    @property
    def depends_on(self) -> tuple[str, ...]:
        """Every file or folder whose change can change the page: its own content and, for an
        entity's page, the files of what it shows from other entities."""
        linked = (thing.file for thing in linked_to(self.entity) if isinstance(thing, m.Entity)) if self.entity else ()
        return tuple(dict.fromkeys((*self.content, *sorted(linked))))

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
    return [GeneratedPage(lang, thing) for thing in (*OVERVIEW_KINDS, CHANGES_PAGE, *framework.pages())]


def main(argv: list[str]) -> int:
    """`python -m macros.pages [da|nb]`: the plan of the site, one generated page a line."""
    from .check import DEFAULT_DATA
    from .loader import load_framework
    lang = argv[0] if argv else "da"
    for page in generated_pages(load_framework(DEFAULT_DATA), lang):
        print(f"{page.source}\t{page.call}\t{page.data_file or '-'}\t{' '.join(page.depends_on)}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv[1:]))

