"""Hand-written pages (docs/<lang>/*.md): Markdown, never templates.

A pull request that edits a page must not be able to run code at build time, so hand-written
pages are not rendered by Jinja: a page that asks for it (`render_macros`) is refused. What the
site adds to such a page from the data is named in its front matter and rendered here, escaped
like every generated page:

    sources: [ramme-for-implementering]   the sources box at the end of the page
    level_cards: true                     the four levels as cards, before the sources
    figures: [levels, phases]             the figures of the four levels and of the phases, before the cards
    editorial: true                       the page is the editors' own: marked under its heading
    example: true                         the page is a made-up example: marked under its heading
    contact: true                         how to report a mistake and contribute, with the addresses
                                          the site is built with (macros/site_settings.py)
"""
from __future__ import annotations

from pathlib import Path

import yaml
from markupsafe import Markup

from .errors import DataError
from .framework import Framework
from .render import PageRenderer
from .site_settings import SiteSettings
from .yaml_reader import refused_structure

FRONT_MATTER_KEYS = {"title", "description", "sources", "level_cards", "figures", "editorial", "example", "contact",
                     "hide", "search", "template", "status"}
FIGURES = ("levels", "phases")  # macros/templates/figures/<name>.md
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where present: the same rules, faster


def prose_problems(docs_dir: Path, framework: Framework, shown_root: Path) -> list[DataError]:
    """Every problem in the front matter of the hand-written pages of one language."""
    errors = []
    for page in sorted(docs_dir.rglob("*.md")):
        shown_as = page.relative_to(shown_root).as_posix()
        meta, lines = front_matter(page.read_text(encoding="utf-8"))
        for key in meta:
            line = lines.get(key, 1)
            if key == "front matter":
                errors.append(DataError(shown_as, 1, "", "the front matter (between the '---' lines) is not valid "
                                        "YAML, or uses anchors, aliases or tags; write plain 'key: value' lines"))
            elif key == "render_macros":
                errors.append(DataError(shown_as, line, key, "hand-written pages are not templates; remove "
                                        "'render_macros' (name sources with 'sources: [id, ...]')"))
            elif key not in FRONT_MATTER_KEYS:
                errors.append(DataError(shown_as, line, key, f"unknown front matter key; allowed: "
                                                             f"{', '.join(sorted(FRONT_MATTER_KEYS))}"))
        for name in meta.get("figures") or ():
            if name not in FIGURES:
                errors.append(DataError(shown_as, lines.get("figures", 1), "figures",
                                        f"no figure '{name}' (known: {', '.join(FIGURES)})"))
        known = framework.entities.get("sources", {})
        for source_id in meta.get("sources") or ():
            if source_id not in known:
                errors.append(DataError(shown_as, lines.get("sources", 1), "sources",
                                        f"no source '{source_id}' (known: {', '.join(sorted(known))})"))
    return errors


def front_matter(text: str) -> tuple[dict, dict]:
    """A page's front matter and the line of each key; ({}, {}) when it has none."""
    if not text.startswith("---\n"):
        return {}, {}
    end = text.find("\n---", 4)
    block = text[4:end] if end > 0 else ""
    try:
        if refused_structure(block):
            raise yaml.YAMLError("anchors, aliases, tags or deep nesting")
        meta = yaml.load(block, Loader=_SAFE_LOADER) or {}
    except yaml.YAMLError:
        return {"front matter": None}, {}
    lines = {line.split(":", 1)[0]: number for number, line in enumerate(block.split("\n"), 2) if ":" in line}
    return (meta, lines) if isinstance(meta, dict) else ({}, {})


def prose_page(markdown: str, meta: dict, renderer: PageRenderer, here: str, settings: SiteSettings) -> str:
    """The page with what its front matter asks for: marks under its first heading, the rest at the end.
    The page is Markdown, not escaped text, so it is joined as a string (no Markup arithmetic)."""
    marks = prose_marks(meta, renderer, here)
    if marks.strip():
        lines = markdown.split("\n")
        heading = next((n for n, line in enumerate(lines) if line.startswith("# ")), -1)
        markdown = "\n".join([*lines[:heading + 1], "", str(marks), "", *lines[heading + 1:]])
    return f"{markdown}\n\n{prose_additions(meta, renderer, here, settings)}\n"


def prose_marks(meta: dict, renderer: PageRenderer, here: str) -> Markup:
    """The notes that say a page is the editors' own, or a made-up example."""
    return renderer.render("prose-marks.md", here, editorial=bool(meta.get("editorial")),
                           example=bool(meta.get("example")))


def prose_additions(meta: dict, renderer: PageRenderer, here: str, settings: SiteSettings) -> Markup:
    """What the front matter asks the site to add at the end of the page."""
    known = renderer.framework.entities["sources"]
    parts = [renderer.render(f"figures/{name}.md", here) for name in meta.get("figures") or ()]
    if meta.get("level_cards"):
        parts.append(renderer.render("overviews/home-levels.md", here))
    if meta.get("contact"):
        parts.append(renderer.render("contact.md", here, settings=settings))
    if meta.get("sources"):
        sources = [known[source_id] for source_id in meta["sources"]]
        parts.append(renderer.render("citations.md", here, sources=sources))
    return Markup("\n\n").join(parts)
