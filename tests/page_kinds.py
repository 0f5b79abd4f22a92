"""One page of every kind, in both languages: what the browser checks visit.

Every page template is covered: home, each overview (the glossary among them), the first entity
of each kind, the largest checklist, the accessibility statement, search results (Material opens
the search with `?q=` and shows the results) and the plan tool where the site has one.
"""
from __future__ import annotations

from functools import cache

from macros import model as m
from macros.loader import load_framework
from macros.urls import OVERVIEW_KINDS, url_for

from conftest import LANGUAGES, ROOT

SEARCH_QUERY = "implementering"
STATEMENT = "accessibility/"


@cache
def page_kinds() -> list[tuple[str, str]]:
    """(name, path from the site root) pairs, e.g. ('da factors', 'da/factors/motivation/')."""
    framework = load_framework(ROOT / "data")
    largest = max(framework.all("checklists"), key=lambda checklist: len(checklist.items))
    pages = []
    for lang in LANGUAGES:
        kinds = {"home": f"{lang}/"}
        kinds |= {f"overview-{kind}": url_for(kind, lang) for kind in OVERVIEW_KINDS}
        kinds |= {kind: url_for(framework.all(kind)[0], lang) for kind in m.PAGE_KINDS}
        kinds["largest-checklist"] = url_for(largest, lang)
        kinds["accessibility-statement"] = f"{lang}/{STATEMENT}"
        kinds["search-results"] = f"{lang}/?q={SEARCH_QUERY}"
        if (ROOT / "docs" / lang / "plan").exists() or (ROOT / "docs" / lang / "plan.md").exists():
            kinds["plan-tool"] = f"{lang}/plan/"
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
