"""The whole guide on one page, to print as one PDF: every page of the navigation in its order,
under a table of contents.

The pages are taken as built, so the guide shows exactly what each page shows. On one page their
ids would clash and their relative links would point elsewhere, so each page's HTML is rewritten
inside its start tags only (text never holds a raw '<': every renderer escapes it): ids and the
attributes that point at ids get the page's prefix, a link to a page that is in the guide jumps to
its section, any other relative link is made relative to the guide, and headings go down below
the chapter's and the page's title. Nothing here imports MkDocs.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from markupsafe import Markup

from .urls import relative, site_path

NOT_IN_THE_GUIDE = ("plan", "data")  # the plan tool and the data files: nothing to read on paper
# Only start tags with an attribute that is rewritten; any other tag stays as it is.
_START_TAG = re.compile(r"""<([a-zA-Z][\w-]*)(?=[^>]*\s(?:id|for|href|src|name|aria-labelledby|aria-describedby|aria-controls)=")(\s[^>]*)>""")
_ATTRIBUTE = re.compile(r'(\s)([\w:-]+)="([^"]*)"')
_HEADING = re.compile(r"<(/?)h([1-6])\b")
_FIRST_H1 = re.compile(r"\A\s*<h1\b[^>]*>.*?</h1>", re.DOTALL)
_ID_LISTS = {"aria-labelledby", "aria-describedby", "aria-controls"}
_EXTERNAL = re.compile(r"^(?:[a-zA-Z][\w+.-]*:|//)")


@dataclass(frozen=True)
class GuidePage:
    anchor: str
    title: Markup
    content: Markup


@dataclass(frozen=True)
class GuideChapter:
    anchor: str
    title: Markup
    pages: tuple[GuidePage, ...]


def anchor_for(path: str) -> str:
    """The section id of a page of the guide, from its path: 'da/factors/motivation/' -> 'factors-motivation'."""
    return "-".join(path.strip("/").split("/")[1:]) or "home"


def guide_content(html: str, path: str, guide: str, anchors: dict[str, str], shift: int = 2) -> Markup:
    """The HTML of the page at `path` as a section of the guide at `guide`, its headings `shift` levels
    down; `anchors` maps the path of every page in the guide to its section id."""
    prefix = anchors[path]

    def attribute(match) -> str:
        space, name, value = match.groups()
        if name == "id" or name == "for":
            value = f"{prefix}--{value}"
        elif name in _ID_LISTS:
            value = " ".join(f"{prefix}--{one}" for one in value.split())
        elif name in ("href", "src"):
            value = _rebased(value, path, guide, anchors, prefix)
        return f'{space}{name}="{value}"'

    def tag(match) -> str:
        name, attributes = match.group(1), match.group(2) or ""
        attributes = _ATTRIBUTE.sub(attribute, attributes)
        if name.lower() == "input":  # radio groups of different forms must not merge
            attributes = re.sub(r'(\sname=")([^"]*)"', rf'\1{prefix}--\2"', attributes)
        return f"<{name}{attributes}>"

    html = _FIRST_H1.sub("", html, count=1)  # the guide writes each page's title itself
    html = _START_TAG.sub(tag, html)
    html = _HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + shift, 6)}", html)
    return Markup(html)


def _rebased(url: str, path: str, guide: str, anchors: dict[str, str], prefix: str) -> str:
    if url.startswith("#"):
        return f"#{prefix}--{url[1:]}" if len(url) > 1 else f"#{prefix}"
    if _EXTERNAL.match(url):
        return url
    target, _, fragment = url.partition("#")
    resolved = posixpath.normpath(posixpath.join(path, target)) if target else path.rstrip("/")
    resolved += "/" if (target.endswith("/") or not target) and resolved != "." else ""
    if resolved in anchors:
        return f"#{anchors[resolved]}" + (f"--{fragment}" if fragment else "")
    return relative(resolved + (f"#{fragment}" if fragment else ""), guide)


def guide_chapters(chapters: list[tuple[str, list[tuple[str, str, str]]]], guide: str) -> tuple[GuideChapter, ...]:
    """The guide's chapters from the navigation: (chapter title, [(path, title, html), ...]), titles as
    the navigation holds them (HTML). A chapter of one page is that page, under its own title."""
    anchors = {path: anchor_for(path) for _, pages in chapters for path, _, _ in pages}
    result = []
    for number, (title, pages) in enumerate(chapters, 1):
        shift = 2 if len(pages) > 1 else 1
        sections = tuple(GuidePage(anchors[path], Markup(page_title), guide_content(html, path, guide, anchors, shift))
                         for path, page_title, html in pages)
        anchor = f"chapter-{number}" if len(pages) > 1 else sections[0].anchor
        result.append(GuideChapter(anchor, Markup(title), sections))
    return tuple(result)


def navigation_chapters(items, skip: set[str], lang: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The navigation's top-level entries (MkDocs' nav items) as chapters: (title, [(path, title, html)]),
    leaving out the pages whose source file is in `skip` (the guide itself, the tools of the site)."""
    def pages(item):
        if item.is_page:
            return [] if item.file.src_uri in skip else [(site_path(lang, item.url), item.title, item.content)]
        return [found for child in item.children or () for found in pages(child)]
    return [(item.title, found) for item in items if (found := pages(item))]
