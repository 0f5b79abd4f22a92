"""The site navigation, from the model: levels with their factors, phases with their gates ...

Navigation titles are HTML to MkDocs and Material, so text from the data is escaped here."""
from __future__ import annotations

from markupsafe import escape

from .framework import Framework
from .i18n import strings
from .urls import CHANGES_PAGE, page_source


def site_nav(framework: Framework, lang: str, prose_pages: list[str]) -> list:
    t = strings(lang)

    def section(kind, children):
        return {t[f"overview_{kind}"]: [page_source(kind), *children]}

    levels = [{str(escape(f"{level.title[lang]} – {level.short_title[lang]}")): [page_source(level)] + [page_source(f) for f in level.factors]}
              for level in framework.levels]
    phases = []
    for phase in framework.phases:
        phases.append(page_source(phase))
        phases += [page_source(gate) for gate in phase.gates_out]

    def pages_of(kind):
        return [page_source(entity) for entity in framework.all(kind)]

    return [
        {t["home"]: page_source("home")},
        section("levels", [*levels, page_source("factors")]),
        section("phases", phases + [page_source("gates")]),
        section("tools", pages_of("tools")),
        section("templates", pages_of("templates")),
        section("checklists", pages_of("checklists")),
        section("process-models", pages_of("process-models")),
        section("topics", pages_of("topics")),
        section("sources", pages_of("sources")),
        page_source("glossary"),
        *prose_pages,
        page_source(CHANGES_PAGE),
    ]
