"""The site navigation, from the model: levels with their factors, phases with their gates ...

Navigation titles are HTML to MkDocs and Material, so text from the data is escaped here."""
from __future__ import annotations

from markupsafe import escape

from .framework import Framework
from .i18n import strings
from .urls import CHANGES_PAGE, PROSE_PAGES, page_source


def site_nav(framework: Framework, lang: str, prose_pages: list[str]) -> list:
    t = strings(lang)

    def source(thing):
        return page_source(thing, lang)

    def section(kind, children):
        return {t[f"overview_{kind}"]: [source(kind), *children]}

    levels = [{str(escape(level.label[lang])): [source(level)] + [source(f) for f in level.factors]}
              for level in framework.levels]
    phases = []
    for phase in framework.phases:
        phases.append(source(phase))
        phases += [source(gate) for gate in phase.gates_out]

    def pages_of(kind):
        return [source(entity) for entity in framework.all(kind)]

    def prose(*names):
        """Hand-written pages the navigation places itself, where this language has them."""
        return [source(name) for name in names if source(name) in prose_pages]

    placed = {source(name) for name in PROSE_PAGES}
    return [
        {t["home"]: source("home")},
        *prose("start", "plan"),
        section("levels", [*levels, source("factors")]),
        section("phases", phases + [source("gates")]),
        section("tools", pages_of("tools")),
        section("templates", pages_of("templates")),
        section("checklists", pages_of("checklists")),
        {t["nav_practice"]: prose("roles", "example", "workshop")},
        section("process-models", pages_of("process-models")),
        section("topics", pages_of("topics")),
        section("sources", pages_of("sources")),
        source("glossary"),
        *prose("data", "accessibility"),
        *(page for page in prose_pages if page not in placed),
        source("guide"),
        *prose("about"),
        source(CHANGES_PAGE),
    ]
