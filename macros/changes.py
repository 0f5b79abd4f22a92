"""What changed in the content, day by day, named as the pages a reader knows: for the changelog page.

Commit messages are developers' English, so a reader sees the titles of the pages that changed
instead. A file that no longer exists, or makes no page (a schema, the other language's
hand-written pages), is left out.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from . import model as m
from .collation import alphabetical
from .content_history import ContentHistory, content_version, current_history
from .framework import Framework
from .i18n import strings
from .prose import front_matter
from .urls import prose_url, relative, url_for


@dataclass(frozen=True)
class ChangedPage:
    title: str
    href: str  # relative to the changelog page


@dataclass(frozen=True)
class ChangedDay:
    day: date
    groups: tuple[tuple[str, tuple[ChangedPage, ...]], ...]  # (kind of page, its pages), as in the navigation


def changed_days(history: ContentHistory, framework: Framework, lang: str, docs_dir: Path,
                 here: str) -> list[ChangedDay]:
    """Newest day first; on each day the pages that changed, grouped by kind, each once."""
    t = strings(lang)
    order = [*m.PAGE_KINDS, None]  # None: the glossary and the hand-written pages
    docs = f"docs/{lang}/"
    days = []
    for day, files in history.by_day():
        found = {}
        for file in files:
            page = _prose_page(docs_dir, file.removeprefix(docs), lang) if file.startswith(docs) else \
                _data_page(framework, file, lang)
            if page:
                kind, title, url = page
                found[url] = (kind, ChangedPage(title, relative(url, here)))
        groups = []
        for kind in order:
            pages = sorted((page for of_kind, page in found.values() if of_kind == kind), key=lambda p: alphabetical(p.title))
            if pages:
                label = t["changes_other_pages"] if kind is None else t.get(kind) or t[f"overview_{kind}"]
                groups.append((label, tuple(pages)))
        if groups:
            days.append(ChangedDay(day, tuple(groups)))
    return days


def changes_body(renderer, here: str, data_dir: Path, docs_dir: Path):
    """The changelog page's body for `renderer`'s language, from the history of the project that
    holds `data_dir`."""
    days = changed_days(current_history(data_dir.parent), renderer.framework, renderer.lang, docs_dir, here)
    return renderer.render("overviews/changes.md", here, days=days, version=content_version(data_dir))


def _data_page(framework: Framework, file: str, lang: str) -> tuple[str | None, str, str] | None:
    path = PurePosixPath(file)
    if len(path.parts) != 3 or path.parts[0] != "data" or path.suffix != ".yml":
        return None
    kind, entity_id = path.parts[1], path.stem
    if kind == "terms":
        return None, strings(lang)["overview_glossary"], url_for("glossary", lang)
    entity = framework.entities.get(kind, {}).get(entity_id) if kind in m.PAGE_KINDS else None
    return (kind, entity.label[lang], url_for(entity, lang)) if entity else None


def _prose_page(docs_dir: Path, src_uri: str, lang: str) -> tuple[None, str, str] | None:
    page = docs_dir / src_uri
    if page.suffix != ".md" or not page.is_file():
        return None
    text = page.read_text(encoding="utf-8")
    title = front_matter(text)[0].get("title")
    if not isinstance(title, str):
        heading = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), None)
        title = heading or page.stem
    return None, title, prose_url(src_uri, lang)
