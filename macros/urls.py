"""The one place that decides where a page lives.

Slugs are language-neutral (`factors/motivation/` in both languages), so the language
switch can keep the reader on the same page. URLs are relative to the root of the whole site,
which holds one folder per language.
"""
from __future__ import annotations

import posixpath

from . import model as m

OVERVIEW_KINDS = (*m.PAGE_KINDS, "glossary")
CHANGES_PAGE = "changes"  # what changed in the content, by date


def page_source(thing) -> str:
    """The Markdown path of a page inside one language's docs: 'factors/motivation/index.md'."""
    if isinstance(thing, str):
        if thing == "home":
            return "index.md"
        if thing in OVERVIEW_KINDS or thing == CHANGES_PAGE:
            return f"{thing}/index.md"
        raise KeyError(f"no overview page called {thing!r}")
    if isinstance(thing, m.Entity):
        return f"{thing.kind}/{thing.id}/index.md"
    raise TypeError(f"{type(thing).__name__} has no page of its own")


def url_for(thing, lang: str) -> str:
    """Where `thing` is on the site, from the site root: 'da/factors/motivation/#anchor'."""
    anchor = ""
    if isinstance(thing, m.ChecklistItem):
        thing, anchor = thing.checklist, thing.id
    elif isinstance(thing, m.TemplatePart):
        thing, anchor = thing.template, thing.id
    elif isinstance(thing, m.ProcessStep):
        thing, anchor = thing.model, thing.id
    elif isinstance(thing, m.Term):
        thing, anchor = "glossary", thing.id
    path = site_path(lang, page_source(thing).removesuffix("index.md"))
    return path + (f"#{anchor}" if anchor else "")


def site_path(lang: str, page_url: str) -> str:
    """A page of one language's build ('factors/motivation/') as a path from the site root."""
    return f"{lang}/{page_url}"


def in_language(path: str, lang: str) -> str:
    """The same page in another language: slugs are shared, only the language folder differs."""
    return site_path(lang, path.split("/", 1)[1])


def download_path(entity: m.Entity, lang: str) -> str:
    """Where an entity's Word form lives inside one language's site: beside its page."""
    return f"{entity.kind}/{entity.id}/{entity.id}-{lang}.docx"


def download_url(entity: m.Entity, lang: str) -> str:
    return site_path(lang, download_path(entity, lang))


def relative(target: str, from_page: str) -> str:
    """`target` as a link from the page at `from_page` (both from the site root)."""
    path, _, anchor = target.partition("#")
    here = from_page if from_page.endswith("/") else posixpath.dirname(from_page) + "/"
    link = posixpath.relpath(path or ".", here.rstrip("/") or ".")
    link = "./" if link == "." else link + ("/" if path.endswith("/") else "")
    return link + (f"#{anchor}" if anchor else "")


def prose_url(src_uri: str, lang: str) -> str:
    """Where the hand-written page docs/<lang>/<src_uri> is on the site: 'about/index.md' -> 'da/about/'."""
    path = posixpath.splitext(src_uri)[0]
    path = "" if path == "index" else path.removesuffix("/index")
    return site_path(lang, f"{path}/" if path else "")
