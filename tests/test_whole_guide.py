"""The whole guide on one page per language, printable as one PDF with a table of contents: every
page of the site in it once, its ids unique and its links working, and on paper every sheet
numbered and readable."""
from __future__ import annotations

import collections
import io

import pytest
from pypdf import PdfReader

from macros.i18n import strings
from macros.urls import url_for
from macros.whole_guide import NOT_IN_THE_GUIDE
from macros.whole_guide import anchor_for, guide_content

from conftest import LANGUAGES, real_framework
from pdf_sheets import spans, squeeze
from site_pages import BuiltSite

FRAMEWORK = real_framework()
ANCHORS = {"da/factors/motivation/": "factors-motivation", "da/tools/risikoanalyse/": "tools-risikoanalyse",
           "da/": "home"}
HERE, GUIDE = "da/factors/motivation/", "da/guide/"


@pytest.mark.parametrize(("html", "expected"), [
    ('<h2 id="purpose">Formål</h2>', '<h4 id="factors-motivation--purpose">Formål</h4>'),
    ('<h1>Motivation</h1><p>x</p>', '<p>x</p>'),
    ('<a href="#purpose">¶</a>', '<a href="#factors-motivation--purpose">¶</a>'),
    ('<a href="../../tools/risikoanalyse/#how">r</a>', '<a href="#tools-risikoanalyse--how">r</a>'),
    ('<a href="../../">home</a>', '<a href="#home">home</a>'),
    ('<a href="../../levels/individuelt/">l</a>', '<a href="../levels/individuelt/">l</a>'),
    ('<a href="m-da.docx">w</a>', '<a href="../factors/motivation/m-da.docx">w</a>'),
    ('<a href="https://example.org/a">e</a>', '<a href="https://example.org/a">e</a>'),
    ('<input type="radio" name="decision" aria-labelledby="a b">',
     '<input type="radio" name="factors-motivation--decision" aria-labelledby="factors-motivation--a factors-motivation--b">'),
    ('<p>id="x" and href="#y" as text</p>', '<p>id="x" and href="#y" as text</p>'),
    ('<h5>x</h5><h6>y</h6>', '<h6>x</h6><h6>y</h6>'),
])
def test_a_page_becomes_a_section_of_the_guide(html, expected):
    assert guide_content(html, HERE, GUIDE, ANCHORS) == expected


def test_a_chapter_of_one_page_moves_headings_one_level():
    assert guide_content('<h2 id="a">A</h2>', HERE, GUIDE, ANCHORS, shift=1) == '<h3 id="factors-motivation--a">A</h3>'


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_holds_every_page_once_under_its_contents(built, lang):
    guide = url_for("guide", lang)
    soup = built.soup(guide)
    assert guide in built.main_links(f"{lang}/") | set(built.links(f"{lang}/", "nav a[href]")), "not in the navigation"
    tools = {url_for(name, lang) for name in NOT_IN_THE_GUIDE}  # the plan tool and the open data are no reading
    pages = [path for path in built.content_pages(lang) if path != guide and path not in tools]
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert [i for i, n in collections.Counter(ids).items() if n > 1] == [], "an id is used twice"
    contents = {a["href"].removeprefix("#") for a in soup.select("nav.guide-toc a[href]")}
    for path in pages:
        assert anchor_for(path) in ids, f"{path} is not in the guide"
        assert anchor_for(path) in contents, f"{path} is not in the contents"
    for link in soup.select("article a[href^='#']"):
        assert link["href"][1:] in ids, f"{link['href']} points nowhere"
    for entity in FRAMEWORK.pages():
        section = soup.find(id=anchor_for(url_for(entity, lang)))
        assert section.get_text(" ", strip=True).startswith(entity.title[lang].replace("*", ""))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_prints_as_one_pdf_with_numbered_readable_sheets(browser, site_url, lang):
    page = browser.new_page()
    try:
        page.goto(site_url + url_for("guide", lang))
        page.emulate_media(media="print")
        pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))
    finally:
        page.close()
    t = strings(lang)
    total = len(pdf.pages)
    assert total > len(FRAMEWORK.pages()) // 2
    assert squeeze(t["guide_contents"]) in squeeze(pdf.pages[0].extract_text()), "the contents come first"
    text = ""
    for number, pdf_page in enumerate(pdf.pages, 1):
        page_text = squeeze(pdf_page.extract_text())
        assert squeeze(f"{t['print_page']} {number} {t['print_of']} {total}") in page_text, f"sheet {number}"
        smallest = min(span.size for span in spans(pdf, number - 1))
        assert smallest >= 7.95, f"sheet {number}: text at {smallest} pt"
        text += page_text
    for entity in FRAMEWORK.pages():
        assert squeeze(entity.title[lang].replace("*", "")) in text, f"{entity.id} is not in the printed guide"
    assert any(p.mediabox.width > p.mediabox.height for p in pdf.pages), "the forms' tables are on landscape sheets"
