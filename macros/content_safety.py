"""Content is Markdown without raw HTML: the site's templates own all markup.

markdown-it-py parses each text the way the site renders it, so what counts as HTML here is
exactly what would reach the page. Link targets are checked for script schemes.
"""
from __future__ import annotations

import re
from markdown_it import MarkdownIt

from .errors import DataError
from .yaml_reader import YamlDocument, field_name, walk

_PARSER = MarkdownIt("commonmark")
_PARSER.validateLink = lambda url: True  # let dangerous links through to the check instead of hiding them
_SCRIPT_SCHEME = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.IGNORECASE)
# Without '<' there is no HTML, and without a scheme or an entity (&#106;avascript:) no script
# link: such texts, most of them, need no parsing.
_WORTH_PARSING = re.compile(r"<|&|(javascript|vbscript|data)\s*:", re.IGNORECASE)


def unsafe_content(document: YamlDocument, shown_as: str) -> list[DataError]:
    errors = []
    for path, text in walk(document.data):
        problem = isinstance(text, str) and _problem(text)
        if problem:
            errors.append(DataError(shown_as, document.line_of(path), field_name(path), problem))
    return errors


def _problem(text: str) -> str | None:
    if not _WORTH_PARSING.search(text):
        return None
    for token in _walk(_PARSER.parse(text)):
        if token.type in ("html_inline", "html_block"):
            tag = token.content.strip().split("\n")[0][:40]
            if "<script" in token.content.lower():
                return f"contains a script ({tag}); scripts are not allowed in content"
            return (f"contains raw HTML ({tag}); write Markdown instead: **bold**, *italic*, "
                    "a blank line for a new paragraph, '- ' for a list item")
        href = token.attrGet("href") if token.type == "link_open" else None
        if href and _SCRIPT_SCHEME.match(str(href)):
            return f"links to '{str(href)[:40]}'; links to javascript:, vbscript: or data: are not allowed; link to an http(s) address"
    return None


def _walk(tokens):
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)
