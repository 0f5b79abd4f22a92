"""The one place that decides where a page lives.

Addresses are in the reader's language: `da/faktorer/motivation/`, `nb/faktorer/motivasjon/`.
The kind's folder comes from KIND_FOLDERS; an entity's own part is its id (Danish), or in
Norwegian its `slug_nb` where it has one. The language switch and the hreflang links go from a
page to the same page in the other language through the model, not by swapping the language
folder. Addresses the site published before (`da/factors/motivation/`) are listed by
`former_addresses` so that they can redirect. URLs are relative to the root of the whole site,
which holds one folder per language.
"""
from __future__ import annotations

import posixpath

from . import model as m

OVERVIEW_KINDS = (*m.PAGE_KINDS, "glossary", "guide")  # guide: the whole guide on one page, to print
KIND_FOLDERS = {
    "levels": {"da": "niveauer", "nb": "nivaer"},
    "factors": {"da": "faktorer", "nb": "faktorer"},
    "phases": {"da": "faser", "nb": "faser"},
    "gates": {"da": "stop-go", "nb": "stop-go"},
    "tools": {"da": "vaerktoejer", "nb": "verktoy"},
    "templates": {"da": "skabeloner", "nb": "maler"},
    "checklists": {"da": "tjeklister", "nb": "sjekklister"},
    "process-models": {"da": "procesmodeller", "nb": "prosessmodeller"},
    "topics": {"da": "temaer", "nb": "temaer"},
    "sources": {"da": "kilder", "nb": "kilder"},
    "glossary": {"da": "ordliste", "nb": "ordliste"},
    "guide": {"da": "guide", "nb": "guide"},  # the same word in both languages, and never elsewhere before
    "changes": {"da": "aendringer", "nb": "endringer"},
}
CHANGES_PAGE = "changes"  # what changed in the content, by date: a generated page of its own
# Hand-written pages that the site links and places itself: their file in docs/<lang>/. A file
# `<name>.md` rather than `<name>/index.md` keeps a page from becoming its nav section's index.
PROSE_PAGES = {
    "start": {"da": "kom-i-gang.md", "nb": "kom-i-gang.md"},
    "plan": {"da": "plan/index.md", "nb": "plan/index.md"},
    "roles": {"da": "roller.md", "nb": "roller.md"},
    "example": {"da": "eksempel.md", "nb": "eksempel.md"},
    "workshop": {"da": "workshop.md", "nb": "workshop.md"},
    "data": {"da": "data/index.md", "nb": "data/index.md"},
    "accessibility": {"da": "tilgaengelighed.md", "nb": "tilgjengelighet.md"},
    "about": {"da": "om-guiden.md", "nb": "om-veiviseren.md"},
}


def page_source(thing, lang: str) -> str:
    """The Markdown path of a page inside one language's docs: 'faktorer/motivation/index.md'."""
    if isinstance(thing, str):
        if thing == "home":
            return "index.md"
        if thing in OVERVIEW_KINDS or thing == CHANGES_PAGE:
            return f"{KIND_FOLDERS[thing][lang]}/index.md"
        if thing in PROSE_PAGES:
            return PROSE_PAGES[thing][lang]
        raise KeyError(f"no overview page called {thing!r}")
    if isinstance(thing, m.Entity):
        return f"{KIND_FOLDERS[thing.kind][lang]}/{slug(thing, lang)}/index.md"
    raise TypeError(f"{type(thing).__name__} has no page of its own")


def slug(entity: m.Entity, lang: str) -> str:
    """An entity's own part of its address: its id, or its Norwegian slug on Norwegian pages."""
    return (entity.slug_nb if lang == "nb" else None) or entity.id


def former_addresses(framework, lang: str) -> list[tuple[str, object]]:
    """(address inside one language's site, thing) for every page at its address before the
    addresses were put in the reader's language: 'factors/motivation/' and its entity."""
    former = [(f"{kind}/", kind) for kind in OVERVIEW_KINDS]
    former += [(f"{entity.kind}/{entity.id}/", entity) for entity in framework.pages()]
    return [(address, thing) for address, thing in former
            if address != page_source(thing, lang).removesuffix("index.md")]


def url_for(thing, lang: str) -> str:
    """Where `thing` is on the site, from the site root: 'da/faktorer/motivation/#anchor'."""
    anchor = ""
    if hasattr(thing, "PARENT"):  # a nested part: an anchor on its entity's page
        thing, anchor = getattr(thing, thing.PARENT), thing.id
    elif isinstance(thing, m.Term):
        thing, anchor = "glossary", thing.id
    path = site_path(lang, page_url(page_source(thing, lang)))
    return path + (f"#{anchor}" if anchor else "")


def page_url(source: str) -> str:
    """The address of a page inside its language's site, from its Markdown path (directory URLs)."""
    if source == "index.md" or source.endswith("/index.md"):
        return source.removesuffix("index.md")
    return source.removesuffix(".md") + "/"


def site_path(lang: str, page_url: str) -> str:
    """A page of one language's build ('faktorer/motivation/') as a path from the site root."""
    return f"{lang}/{page_url}"


def download_path(entity: m.Entity, lang: str) -> str:
    """Where an entity's Word form lives inside one language's site: beside its page."""
    return page_source(entity, lang).removesuffix("index.md") + f"{entity.id}-{lang}.docx"


def former_download_path(entity: m.Entity, lang: str) -> str:
    """Where the Word form was before addresses were in the reader's language."""
    return f"{entity.kind}/{entity.id}/{entity.id}-{lang}.docx"


def download_url(entity: m.Entity, lang: str) -> str:
    return site_path(lang, download_path(entity, lang))


def relative(target: str, from_page: str) -> str:
    """`target` as a link from the page at `from_page` (both from the site root)."""
    path, _, anchor = target.partition("#")
    # Site paths, not files: plain string work, as posixpath.relpath would do it but without
    # asking the file system for the working folder (thousands of times a build).
    here = [part for part in from_page.rpartition("/")[0].split("/") if part]
    there = [part for part in posixpath.normpath(path).split("/") if part not in ("", ".")]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    link = "/".join([".."] * (len(here) - common) + there[common:])
    link = link + "/" if link and path.endswith("/") else link or "./"
    return link + (f"#{anchor}" if anchor else "")


# The framework as open data, and the plan tool that reads it: beside the Data page of each language.
OPEN_DATA_DIR = "data/"  # beside the Data page, in both languages
PLAN_SCHEMA = "plan.schema.json"


def open_data_file(lang: str | None) -> str:
    """The data file of one language, or (`lang=None`) the one with every language."""
    return f"framework-{lang or '-'.join(m.LANGUAGES)}.json"


def open_data_schema(lang: str | None) -> str:
    """Both one-language files share a schema; the file with every language has its own."""
    return "framework.schema.json" if lang else f"framework-{'-'.join(m.LANGUAGES)}.schema.json"


def open_data_url(name: str, lang: str) -> str:
    return site_path(lang, OPEN_DATA_DIR + name)


def prose_url(src_uri: str, lang: str) -> str:
    """Where the hand-written page docs/<lang>/<src_uri> is on the site: 'om-guiden.md' -> 'da/om-guiden/'."""
    return site_path(lang, page_url(src_uri))
