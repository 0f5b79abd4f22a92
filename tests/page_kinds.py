"""One page of every kind, in both languages: what the browser checks visit.

Every page template is covered: home, each overview (the glossary and the whole guide among
them), the first entity of each kind, the largest checklist, a form with boxes to tick, every
hand-written page of the site (PROSE_PAGES: the
accessibility statement, the plan tool, the Data page ...) and search results (Material opens
the search with `?q=` and shows the results).
"""
from __future__ import annotations

from functools import cache

from macros import model as m
from macros.urls import OVERVIEW_KINDS, PROSE_PAGES, url_for

from conftest import LANGUAGES, real_framework

SEARCH_QUERY = "implementering"
BOXES_TO_TICK = "parathedsanalyse-skabelon"  # a form with checkboxes, radio buttons and rows from elsewhere


@cache
def page_kinds() -> list[tuple[str, str]]:
    """(name, path from the site root) pairs, e.g. ('da-factors', 'da/faktorer/fagprofessionelle-kompetencer/')."""
    framework = real_framework()
    largest = max(framework.all("checklists"), key=lambda checklist: len(checklist.items))
    pages = []
    for lang in LANGUAGES:
        kinds = {"home": f"{lang}/"}
        kinds |= {f"overview-{kind}": url_for(kind, lang) for kind in OVERVIEW_KINDS}
        kinds |= {kind: url_for(framework.all(kind)[0], lang) for kind in m.PAGE_KINDS}
        kinds["largest-checklist"] = url_for(largest, lang)
        kinds["form-with-boxes"] = url_for(framework.get("templates", BOXES_TO_TICK), lang)
        kinds |= {f"page-{name}": url_for(name, lang) for name in PROSE_PAGES}
        kinds["search-results"] = f"{lang}/?q={SEARCH_QUERY}"
        pages += [(f"{lang}-{name}", path) for name, path in kinds.items()]
    return pages


def ids(pages) -> list[str]:
    return [name for name, _ in pages]


def open_page(page, url: str) -> None:
    """Go to a page as a reader does and wait until Material has set it up (and shown search results)."""
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if "?q=" in url:
        page.locator(".md-search-result__item").first.wait_for(timeout=15000)
        search_shown(page)


def search_shown(page) -> None:
    """Wait until the search dialog has faded in: half-faded text has half its contrast."""
    page.wait_for_function(
        "getComputedStyle(document.querySelector('.md-search__output')).opacity === '1'", timeout=5000)
