"""Render page bodies from the model with Jinja templates in macros/templates/.

Templates get model objects, the language and the interface texts; `href` turns any object
or overview name into a link relative to the page being rendered, through `urls.url_for`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt

from .framework import Framework
from .i18n import strings
from .urls import download_url, relative, url_for

TEMPLATES_DIR = Path(__file__).parent / "templates"
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "typographer": False})


@lru_cache(maxsize=None)
def markdown_block(text) -> str:
    return _MARKDOWN.render(text).strip() if text else ""


@lru_cache(maxsize=None)
def markdown_inline(text) -> str:
    return _MARKDOWN.renderInline(text) if text else ""


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
            loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
            undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, autoescape=False,
            # Markdown heading ids are written `{#id}`, which Jinja would read as a comment.
            comment_start_string="{##", comment_end_string="##}",
        )
        self.env.filters.update(md=markdown_block, inline=markdown_inline, href=self._href, download=self._download)

    @jinja2.pass_context
    def _href(self, context, thing) -> str:
        return relative(url_for(thing, self.lang), context["here"])

    @jinja2.pass_context
    def _download(self, context, entity) -> str:
        return relative(download_url(entity, self.lang), context["here"])

    def render(self, template: str, here: str, **values) -> str:
        """`here` is the rendered page's URL from the site root, e.g. 'da/factors/motivation/'."""
        return self.env.get_template(template).render(
            fw=self.framework, lang=self.lang, t=strings(self.lang), here=here, **values)


@lru_cache(maxsize=4)
def renderer_for(framework: Framework, lang: str) -> PageRenderer:
    """One renderer per loaded framework and language, so templates are compiled once per build."""
    return PageRenderer(framework, lang)
