"""Printing in real Chromium: A4 forms with landscape pages for wide tables, no site chrome,
and every question and column heading of the data on paper."""
from __future__ import annotations

import html
import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from macros.i18n import strings
from macros.loader import load_framework
from macros.render import markdown_inline
from macros.urls import url_for

from conftest import LANGUAGES, ROOT

PORTRAIT, LANDSCAPE = "A4 portrait", "A4 landscape"
FRAMEWORK = load_framework(ROOT / "data")
FORMS = [entity for kind in ("templates", "checklists", "gates") for entity in FRAMEWORK.all(kind)]
READING = [FRAMEWORK.all(kind)[0] for kind in ("levels", "factors", "tools", "topics")]
CHROME_TEXTS = {"da": ("Alle faktorer", "Forrige", "Næste", "Udskriv", "Hent som Word-fil", "Søg"),
                "nb": ("Alle faktorer", "Forrige", "Neste", "Skriv ut", "Last ned som Word-fil", "Søk")}


def plain(markdown: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markdown_inline(markdown)))


def squeeze(text: str) -> str:
    """Text without white space, so line breaks in narrow table cells do not matter; NFKC undoes
    ligatures such as 'ﬁ' that some fonts print (and writes '…' as '...' on both sides)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


def print_pdf(page, url: str) -> PdfReader:
    page.goto(url)
    page.emulate_media(media="print")
    return PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))


def page_sizes(pdf: PdfReader) -> list[str]:
    """Each page as 'A4 portrait' or 'A4 landscape' (within 1 mm), or its size in millimetres."""
    sizes = []
    for pdf_page in pdf.pages:
        width, height = (round(float(side) * 25.4 / 72) for side in (pdf_page.mediabox.width, pdf_page.mediabox.height))
        sizes.append({(210, 297): PORTRAIT, (297, 210): LANDSCAPE}.get((width, height), f"{width} x {height} mm"))
    return sizes


def pdf_text(pdf: PdfReader) -> str:
    return "\n".join(p.extract_text() for p in pdf.pages)


def expected_texts(entity, lang) -> list[str]:
    t = entity.kind
    if t == "templates":
        texts = [entity.question_column[lang]] + [c.title[lang] for c in entity.columns]
        texts += [q.text[lang] for part in entity.parts for q in part.questions]
    elif t == "checklists":
        texts = [item.text[lang] for item in entity.items]
    else:
        texts = [c[lang] for c in entity.criteria] + [entity.question[lang]]
    return [plain(text) for text in texts]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("entity", FORMS, ids=lambda e: f"{e.kind}-{e.id}")
def test_forms_print_on_a4_with_every_question_and_no_chrome(page, site_url, entity, lang):
    pdf = print_pdf(page, site_url + url_for(entity, lang))
    sizes = page_sizes(pdf)
    assert sizes[0] == PORTRAIT
    assert set(sizes) <= {PORTRAIT, LANDSCAPE}
    if entity.kind == "templates":
        assert LANDSCAPE in sizes, "the wide answer tables are on A4 landscape pages"
        heading = squeeze(plain(entity.columns[-1].title[lang]))
        for number, (size, pdf_page) in enumerate(zip(sizes, pdf.pages), 1):
            if size == LANDSCAPE:
                assert heading in squeeze(pdf_page.extract_text()), f"column headings missing on page {number}"
    text = squeeze(pdf_text(pdf))
    for expected in expected_texts(entity, lang):
        assert squeeze(expected) in text, f"{expected!r} is not on paper"
    for chrome in CHROME_TEXTS[lang]:
        assert squeeze(chrome) not in text, f"site chrome {chrome!r} is printed"
    for label in ("form_initiative", "form_organisation", "form_date", "form_participants"):
        assert squeeze(strings(lang)[label]) in text
    assert squeeze(url_for(entity, lang)) in text, "the page's address is on paper"
    assert squeeze(strings(lang)["form_printed"]) in text, "the print date is on paper"


@pytest.mark.parametrize("entity", READING, ids=lambda e: f"{e.kind}-{e.id}")
def test_reading_pages_print_cleanly(page, site_url, entity):
    pdf = print_pdf(page, site_url + url_for(entity, "da"))
    assert set(page_sizes(pdf)) == {PORTRAIT}
    text = squeeze(pdf_text(pdf))
    assert squeeze(plain(entity.title["da"])) in text
    assert squeeze(entity.citations[0].source.title["da"]) in text, "the source is on paper"
    for chrome in CHROME_TEXTS["da"]:
        assert squeeze(chrome) not in text


def test_answer_cells_leave_room_to_write_and_headings_repeat(page, site_url):
    template = FRAMEWORK.all("templates")[0]
    page.goto(site_url + url_for(template, "da"))
    page.emulate_media(media="print")
    heights = page.eval_on_selector_all("td.form-table__answer", "cells => cells.map(c => c.getBoundingClientRect().height)")
    assert heights and min(heights) >= 80  # px at 96 dpi: over 2 cm
    assert page.eval_on_selector("table thead", "el => getComputedStyle(el).display") == "table-header-group"
    assert page.eval_on_selector("table tbody tr", "el => getComputedStyle(el).breakInside") == "avoid"



@pytest.mark.parametrize("entity", [FRAMEWORK.all("checklists")[0], FRAMEWORK.all("gates")[0]], ids=lambda e: e.kind)
def test_checkboxes_print_as_boxes(page, site_url, entity):
    page.goto(site_url + url_for(entity, "da"))
    page.emulate_media(media="print")
    borders = page.eval_on_selector_all(".checkbox, .checklist__box", "els => els.map(el => {"
                                        "const s = getComputedStyle(el); return [s.borderTopStyle, s.borderTopWidth, s.width]; })")
    assert borders, "the form has checkboxes"
    assert all(style == "solid" and width != "0px" and size != "0px" for style, width, size in borders), borders[:3]


def test_print_button_opens_the_print_dialog(page, site_url):
    checklist = FRAMEWORK.all("checklists")[0]
    page.emulate_media(media="screen")
    page.goto(site_url + url_for(checklist, "nb"))
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.get_by_role("button", name="Skriv ut").click()
    assert page.evaluate("window.__printed") == 1
    assert page.get_by_role("link", name="Last ned som Word-fil (.docx)").get_attribute("href").endswith("-nb.docx")
