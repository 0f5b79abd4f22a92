"""Markdown from the data as Word paragraphs and runs, read from markdown-it tokens.

Handles what the data uses: paragraphs, bold, italics, line breaks, bullet and numbered
lists (nested up to three levels) and headings (as bold paragraphs). Links keep their text.
"""
from __future__ import annotations

from weakref import WeakKeyDictionary

from docx.oxml.ns import qn
from docx.table import _Cell
from markdown_it import MarkdownIt

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "typographer": False})


def new_paragraph(container, style: str | None = None):
    """A paragraph at the end of a document or cell; a new cell's empty paragraph is reused."""
    paragraph = None
    if isinstance(container, _Cell):
        paragraphs = container.paragraphs
        if len(paragraphs) == 1 and all(child.tag == qn("w:pPr") for child in paragraphs[0]._p):
            paragraph = paragraphs[0]
    paragraph = paragraph or container.add_paragraph()
    if style:
        # python-docx's `paragraph.style = name` scans every style of the document for the default
        # one on each call, which made a build's Word forms take seconds; the id is set directly.
        paragraph._p.style = _style_id(paragraph.part, style)
    return paragraph


_STYLE_IDS: WeakKeyDictionary = WeakKeyDictionary()


def _style_id(part, name: str) -> str:
    ids = _STYLE_IDS.setdefault(part, {})
    if name not in ids:
        ids[name] = part.styles[name].style_id
    return ids[name]


def add_inline(paragraph, text: str, **fmt) -> None:
    """Inline Markdown as runs of `paragraph`; `fmt` (bold, italic, size, color) goes on every run."""
    tokens = _MARKDOWN.parseInline(text or "")
    _add_runs(paragraph, tokens[0].children if tokens else [], fmt)


def add_markdown(container, text: str, style: str | None = None, **fmt) -> None:
    """Block Markdown as paragraphs at the end of a document or table cell."""
    lists: list[list] = []  # per open list: [kind, number of the current item, item just opened]
    heading = False
    for token in _MARKDOWN.parse(text or ""):
        if token.type == "bullet_list_open":
            lists.append(["bullet", 0, False])
        elif token.type == "ordered_list_open":
            lists.append(["ordered", int(token.attrGet("start") or 1) - 1, False])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open":
            lists[-1][1] += 1
            lists[-1][2] = True
        elif token.type in ("heading_open", "heading_close"):
            heading = token.type == "heading_open"
        elif token.type == "inline":
            paragraph = new_paragraph(container, _list_style(lists) if lists else style)
            if lists and lists[-1][0] == "ordered" and lists[-1][2]:
                paragraph.add_run(f"{lists[-1][1]}.\t")
            if lists:
                lists[-1][2] = False
            _add_runs(paragraph, token.children or [], {**fmt, "bold": fmt.get("bold") or heading})
        elif token.type in ("fence", "code_block"):
            new_paragraph(container, style).add_run(token.content.rstrip("\n"))


def add_text(paragraph, text: str, **fmt) -> None:
    """Plain text (a title, a name, an interface string) as one run, exactly as written."""
    _format(paragraph.add_run(text), fmt)


def _list_style(lists) -> str:
    kind, _, first_line = lists[-1]
    depth = min(len(lists), 3)
    suffix = "" if depth == 1 else f" {depth}"
    if kind == "bullet" and first_line:
        return "List Bullet" + suffix
    # Numbers are written out, so a second list never continues the first one's count.
    return "List Continue" + suffix


def _add_runs(paragraph, children, fmt) -> None:
    bold = italic = 0
    for token in children:
        if token.type in ("strong_open", "strong_close"):
            bold += 1 if token.type == "strong_open" else -1
        elif token.type in ("em_open", "em_close"):
            italic += 1 if token.type == "em_open" else -1
        elif token.type == "hardbreak":
            paragraph.add_run().add_break()
        elif token.type in ("text", "code_inline", "softbreak", "image"):
            content = " " if token.type == "softbreak" else token.content
            if not content:
                continue
            _format(paragraph.add_run(content), {**fmt, "bold": bold or fmt.get("bold"),
                                                 "italic": italic or fmt.get("italic")})


def _format(run, fmt) -> None:
    run.bold = True if fmt.get("bold") else None
    run.italic = True if fmt.get("italic") else None
    if fmt.get("size"):
        run.font.size = fmt["size"]
    if fmt.get("color"):
        run.font.color.rgb = fmt["color"]
