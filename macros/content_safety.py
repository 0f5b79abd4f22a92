"""What a text in the data may hold: the two text formats of the schemas.

`markdown` texts are rendered by the site's own Markdown renderer, without raw HTML; `plain-text`
texts (titles, summaries, names) are shown exactly as written and end up in attributes, headings,
the navigation and the page title. Both formats refuse what could add elements, attributes or
loads from another host, so a reviewer who reads YAML cannot miss a payload. The renderer and
the page templates escape everything anyway; these checks tell the contributor early, with the
line, and keep the data honest for every other use of it (Word files, open data).

markdown-it-py parses each Markdown text the way the site renders it, so what counts as HTML,
a link or an image here is exactly what the renderer would see.
"""
from __future__ import annotations

import html
import re
from urllib.parse import unquote

from markdown_it import MarkdownIt

_PARSER = MarkdownIt("commonmark")
_PARSER.validateLink = lambda url: True  # let dangerous links through to the check instead of hiding them

_TAG = re.compile(r"<\s*/?\s*[A-Za-z!?][^>\n]{0,40}")
# Python-Markdown's attribute lists: `{: onclick=...}`, `{#id}`, `{.class}`, `{key=value}`.
# Template syntax such as `{{ x }}` or `{# note #}` is not one: it is shown as written.
_ATTRIBUTE_LIST = re.compile(
    r"\{:[^}\n]*\}|\{[ \t]*(?:[#.][\w-]+|[\w-]+=[^\s}]*)(?:[ \t]+(?:[#.][\w-]+|[\w-]+=[^\s}]*))*[ \t]*\}")
_IGNORED_IN_SCHEMES = re.compile(r"[\x00-\x20\x7f]+")
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


class UnsafeText(ValueError):
    """A text the site will not publish, with the part of it that is the problem."""

    def __init__(self, message: str, snippet: str):
        super().__init__(message)
        self.message = message
        self.snippet = snippet


def check_plain_text(text) -> bool:
    if not isinstance(text, str):
        return True  # the type check reports it
    tag = _TAG.search(text)
    if tag:
        raise UnsafeText(f"contains HTML ({tag.group()[:30]}); this field is plain text, shown exactly as "
                         "written: leave the markup out (write 'a < b' with spaces for a comparison)", tag.group())
    _check_attribute_lists(text)
    return True


def check_markdown(text) -> bool:
    if not isinstance(text, str):
        return True
    _check_attribute_lists(text)
    if "<" not in text and "[" not in text:
        return True  # without them there is no HTML, link or image: most texts need no parsing
    for token, following in _walk(_PARSER.parse(text)):
        if token.type in ("html_inline", "html_block"):
            snippet = token.content.strip().split("\n")[0][:40]
            if "<script" in token.content.lower():
                raise UnsafeText(f"contains a script ({snippet}); scripts are not allowed in content", snippet)
            raise UnsafeText(f"contains raw HTML ({snippet}); write Markdown instead: **bold**, *italic*, "
                             "a blank line for a new paragraph, '- ' for a list item", snippet)
        if token.type == "image":
            source = str(token.attrGet("src"))
            raise UnsafeText(f"contains an image ({source[:40]}); images are not allowed in data files, since a "
                             "reader's browser would fetch them: describe it in words, or link to it with "
                             "[text](address)", token.content or source)
        if token.type == "link_open" and _is_script_link(str(token.attrGet("href"))):
            href = str(token.attrGet("href"))
            raise UnsafeText(f"links to '{href[:40]}'; links to javascript:, vbscript:, data: or file: are not "
                             "allowed; link to an http(s) address", _link_snippet(token, following, href))
    return True


def _check_attribute_lists(text: str) -> None:
    found = _ATTRIBUTE_LIST.search(text)
    if found:
        raise UnsafeText(f"contains '{found.group()[:40]}', which is Markdown syntax for HTML attributes; "
                         "it is not allowed: remove it (headings get their anchors automatically)", found.group())


def _is_script_link(href: str) -> bool:
    """Whether a browser would run or load the link: entities, escapes, case and white space do not hide it."""
    seen = href
    for _ in range(3):  # nested escapes such as %2526 are decoded a few times, like lenient browsers do
        seen = unquote(html.unescape(seen))
    seen = _IGNORED_IN_SCHEMES.sub("", seen).lower()
    return seen.startswith(_SCRIPT_SCHEMES)


def _link_snippet(link, label, href: str) -> str:
    """How the link is written in the text: '<address' for an autolink, '[label](' for a link with a label."""
    if label is not None and label.type == "text" and label.content:
        return f"<{label.content}" if link.markup == "autolink" else f"[{label.content}]("
    return href


def _walk(tokens):
    """Every token with the one after it (a link's label follows its link_open)."""
    for index, token in enumerate(tokens):
        yield token, tokens[index + 1] if index + 1 < len(tokens) else None
        if token.children:
            yield from _walk(token.children)
