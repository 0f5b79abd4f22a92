"""Render page bodies from the model with Jinja templates in macros/templates/.

Templates get model objects, the language and the interface texts; `href` turns any object
or overview name into a link relative to the page being rendered, through `urls.url_for`.

Escaping is by construction: the environment autoescapes every value, and the only HTML it
trusts is what the site's own Markdown renderer made (`md`, `inline`, returned as Markup).
Data is only ever a value here, never template source.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from .build_cache import template_bytecode
from .figures import levels_figure, phases_figure
from .framework import Framework
from .i18n import strings
from .urls import download_url, relative, url_for

TEMPLATES_DIR = Path(__file__).parent / "templates"
# No raw HTML, no images (a reader's browser would fetch them), and markdown-it's own check
# drops javascript:, vbscript: and data: links: the same rules the data is checked against.
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "typographer": False}).disable("image")
# The page bodies go through Python-Markdown once more; in a heading these would be markup.
_HEADING_SPECIALS = re.compile(r"([\\`*_{}\[\]()>#+\-.!])")


@lru_cache(maxsize=None)
def markdown_block(text) -> Markup:
    return Markup(_MARKDOWN.render(text).strip()) if text else Markup()


@lru_cache(maxsize=None)
def markdown_inline(text) -> Markup:
    return Markup(_MARKDOWN.renderInline(text)) if text else Markup()


def heading_text(text) -> Markup:
    """Plain text for a Markdown heading line: shown as written, never read as markup."""
    return Markup(_HEADING_SPECIALS.sub(r"\\\1", str(escape(text)).replace("&#34;", '"').replace("&#39;", "'")))


def template_name(kind: str, is_entity: bool) -> str:
    """The template of an entity page, or of a kind's overview page."""
    if is_entity:
        return f"pages/{kind}.md"
    own = TEMPLATES_DIR / "overviews" / f"{kind}.md"
    return f"overviews/{kind}.md" if own.exists() else "overviews/list.md"


class PageRenderer:
    def __init__(self, framework: Framework, lang: str):
        self.framework = framework
        self.lang = lang
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES_DIR), bytecode_cache=template_bytecode(),
            undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, autoescape=True,
            # Markdown heading ids are written `{#id}`, which Jinja would read as a comment.
            comment_start_string="{##", comment_end_string="##}",
        )
        self.env.filters.update(md=markdown_block, inline=markdown_inline, heading=heading_text,
                                href=self._href, download=self._download)
        self.env.globals.update(levels_figure=levels_figure, phases_figure=phases_figure)

    @jinja2.pass_context
    def _href(self, context, thing) -> str:
        return relative(url_for(thing, self.lang), context["here"])

    @jinja2.pass_context
    def _download(self, context, entity) -> str:
        return relative(download_url(entity, self.lang), context["here"])

    @property
    def strings(self) -> dict[str, str]:
        return strings(self.lang)

    def render(self, template: str, here: str, **values) -> Markup:
        """`here` is the rendered page's URL from the site root, e.g. 'da/factors/motivation/'."""
        return Markup(self.env.get_template(template).render(
            fw=self.framework, lang=self.lang, t=strings(self.lang), here=here, **values))


@lru_cache(maxsize=4)
def renderer_for(framework: Framework, lang: str) -> PageRenderer:
    """One renderer per loaded framework and language, so templates are compiled once per build."""
    return PageRenderer(framework, lang)
