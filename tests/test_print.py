"""Printing in real Chromium: A4 forms with landscape sheets for wide tables, no site chrome, every
question and column heading of the data on paper, and paper that works as a form: no sheet nearly
empty, every sheet naming its form (and part) and its number, readable type, room to write."""
from __future__ import annotations

import html
import io
import re

import pytest
from pypdf import PdfReader

from macros.form_fields import MEETING_FIELDS
from macros.i18n import strings
from macros.render import markdown_inline
from macros.urls import url_for

from conftest import LANGUAGES, real_framework
from pdf_sheets import MM, ink_extents, spans, squeeze, text_at_least

PORTRAIT, LANDSCAPE = "A4 portrait", "A4 landscape"
FRAMEWORK = real_framework()
FORMS = [entity for kind in ("templates", "checklists", "gates") for entity in FRAMEWORK.all(kind)]
READING = [FRAMEWORK.all(kind)[0] for kind in ("levels", "factors", "tools", "topics")]
CHROME_TEXTS = {"da": ("Alle faktorer", "Forrige", "Næste", "Udskriv", "Hent som Word-fil", "Søg"),
                "nb": ("Alle faktorer", "Forrige", "Neste", "Skriv ut", "Last ned som Word-fil", "Søk")}
VAERKTOEJ_5 = FRAMEWORK.get("templates", "vaerktoej-5-implementeringsplan")
BODY_PT, HINT_PT = 9, 8
NEARLY_EMPTY = 0.2  # a sheet whose printed matter ends within the top fifth of its printable area
LAST_SHEET_MINIMUM = 0.05  # the last sheet ends where the form ends: it holds more than a line or two


def plain(markdown: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markdown_inline(markdown)))


def print_bytes(page, url: str) -> bytes:
    page.goto(url)
    page.emulate_media(media="print")
    return page.pdf(prefer_css_page_size=True, print_background=True)


def print_pdf(page, url: str) -> PdfReader:
    return PdfReader(io.BytesIO(print_bytes(page, url)))


@pytest.fixture(scope="module")
def printed(browser, site_url):
    """Each form printed once per language: (pdf bytes, PdfReader), cached for the module's tests,
    from a page of its own that only prints."""
    cache, printer = {}, browser.new_page()

    def get(entity, lang):
        key = (entity.kind, entity.id, lang)
        if key not in cache:
            data = print_bytes(printer, site_url + url_for(entity, lang))
            cache[key] = (data, PdfReader(io.BytesIO(data)))
        return cache[key]
    yield get
    printer.close()


def page_sizes(pdf: PdfReader) -> list[str]:
    """Each page as 'A4 portrait' or 'A4 landscape' (within 1 mm), or its size in millimetres."""
    sizes = []
    for pdf_page in pdf.pages:
        width, height = (round(float(side) / MM) for side in (pdf_page.mediabox.width, pdf_page.mediabox.height))
        sizes.append({(210, 297): PORTRAIT, (297, 210): LANDSCAPE}.get((width, height), f"{width} x {height} mm"))
    return sizes


def pdf_text(pdf: PdfReader) -> str:
    return "\n".join(p.extract_text() for p in pdf.pages)


def row_texts(entity, lang, hints=True) -> list[str]:
    """What each row, item or criterion of a form says, as a reader sees it; with `hints`, also the
    notes under a row (a question's note, a factor's summary), which print as small as a hint."""
    if entity.kind == "templates":
        texts = []
        for part in entity.parts:
            for row in part.rows:
                if row.factor:
                    texts += [row.factor.title[lang]] + ([row.factor.summary[lang]] if hints else [])
                else:
                    texts += [plain(row.text[lang])] + [plain(p[lang]) for p in row.points]
                    texts += [plain(row.note[lang])] if row.note and hints else []
        return texts
    if entity.kind == "checklists":
        return [plain(item.text[lang]) for item in entity.items]
    return [plain(criterion[lang]) for criterion in entity.criteria]


def expected_texts(entity, lang) -> list[str]:
    texts = row_texts(entity, lang)
    if entity.kind == "templates":
        for part in entity.parts:
            texts += [part.title[lang], part.question_column[lang]] + [c.title[lang] for c in part.columns]
    elif entity.kind == "gates":
        texts.append(plain(entity.question[lang]))
    return texts


def ids(entity):
    return f"{entity.kind}-{entity.id}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("entity", FORMS, ids=ids)
def test_forms_print_on_a4_with_every_question_and_no_chrome(printed, entity, lang):
    _, pdf = printed(entity, lang)
    sizes = page_sizes(pdf)
    assert sizes[0] == PORTRAIT
    assert set(sizes) <= {PORTRAIT, LANDSCAPE}
    if entity.kind == "templates":
        assert LANDSCAPE in sizes, "the wide answer tables are on A4 landscape pages"
        headings = {squeeze(part.columns[-1].title[lang]) for part in entity.parts}
        for number, (size, pdf_page) in enumerate(zip(sizes, pdf.pages), 1):
            if size == LANDSCAPE:
                assert any(h in squeeze(pdf_page.extract_text()) for h in headings), f"column headings missing on page {number}"
    text = squeeze(pdf_text(pdf))
    expected = [squeeze(e) for e in expected_texts(entity, lang)]
    for one in expected:
        assert one in text, f"{one!r} is not on paper"
    for chrome in CHROME_TEXTS[lang]:
        in_form = sum(one.count(squeeze(chrome)) for one in expected)  # a column may say "Næste skridt"
        assert text.count(squeeze(chrome)) <= in_form, f"site chrome {chrome!r} is printed"
    for label in MEETING_FIELDS:
        assert squeeze(strings(lang)[label]) in text
    assert squeeze(url_for(entity, lang)) in text, "the page's address is on paper"
    assert squeeze(strings(lang)["form_printed"]) in text, "the print date is on paper"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("entity", FORMS, ids=ids)
def test_every_sheet_names_its_form_and_part_and_counts_the_sheets(printed, entity, lang):
    _, pdf = printed(entity, lang)
    t = strings(lang)
    total = len(pdf.pages)
    title = squeeze(entity.title[lang])
    for number, (size, pdf_page) in enumerate(zip(page_sizes(pdf), pdf.pages), 1):
        text = squeeze(pdf_page.extract_text())
        assert title in text, f"sheet {number} does not name the form"
        assert squeeze(f"{t['print_page']} {number} {t['print_of']} {total}") in text, f"sheet {number} has no number"
        if size == LANDSCAPE:
            assert any(squeeze(part.title[lang]) in text for part in entity.parts), f"sheet {number} names no part"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("entity", FORMS, ids=ids)
def test_no_sheet_is_nearly_empty(printed, entity, lang):
    data, pdf = printed(entity, lang)
    extents = ink_extents(data)
    assert len(extents) == len(pdf.pages)
    limits = [NEARLY_EMPTY] * (len(extents) - 1) + [LAST_SHEET_MINIMUM]
    empty = [f"sheet {n}: {extent:.0%}" for n, (extent, limit) in enumerate(zip(extents, limits), 1) if extent < limit]
    assert not empty, f"nearly empty: {empty}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_vaerktoej_5_prints_on_fewer_sheets_than_it_did(printed, lang):
    """It took 8 sheets, 2 of them empty but for a part heading; intro on 2, each part on 2 now."""
    _, pdf = printed(VAERKTOEJ_5, lang)
    assert len(pdf.pages) <= 6


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("entity", FORMS, ids=ids)
def test_text_is_readable(printed, entity, lang):
    """Hints and small print at least 8 pt, and what each row asks at least 9 pt."""
    _, pdf = printed(entity, lang)
    smallest = min(span.size for number in range(len(pdf.pages)) for span in spans(pdf, number))
    assert smallest >= HINT_PT - 0.05, f"text at {smallest} pt"
    body = "".join(text_at_least(pdf, number, BODY_PT) for number in range(len(pdf.pages)))
    for text in row_texts(entity, lang, hints=False):
        assert squeeze(text) in body, f"{text!r} is not printed at {BODY_PT} pt or more"


@pytest.mark.parametrize("template", FRAMEWORK.all("templates"), ids=ids)
def test_answer_cells_leave_room_to_write_and_headings_repeat(page, site_url, template):
    """As much room as before: answer cells at least 24 mm high and 35 mm wide on paper."""
    page.goto(site_url + url_for(template, "da"))
    page.emulate_media(media="print")
    cells = page.eval_on_selector_all("td.form-table__answer", "cells => cells.map(c => {"
                                      "const r = c.getBoundingClientRect(); return [r.width, r.height]; })")
    mm = 96 / 25.4  # CSS pixels per millimetre
    assert cells and min(height for _, height in cells) >= 23.9 * mm
    wide = [width for width, _ in cells if width >= 35 * mm]
    if len(template.parts[0].columns) >= 6:  # Værktøj 5's six answer columns: each as wide as before
        assert len(wide) == len(cells)
    assert page.eval_on_selector("table thead", "el => getComputedStyle(el).display") == "table-header-group"
    assert page.eval_on_selector("table tbody tr", "el => getComputedStyle(el).breakInside") == "avoid"


@pytest.mark.parametrize("checklist", FRAMEWORK.all("checklists"), ids=ids)
def test_checklists_print_with_a_notes_column_and_no_link_lists(page, site_url, printed, checklist):
    page.goto(site_url + url_for(checklist, "da"))
    page.emulate_media(media="print")
    notes = page.eval_on_selector_all(".checklist__notes", "els => els.map(el => {"
                                      "const s = getComputedStyle(el); return [s.display, el.getBoundingClientRect().width,"
                                      " s.borderLeftStyle]; })")
    assert len(notes) == len(checklist.items)
    assert all(display != "none" and width >= 55 * 96 / 25.4 and border == "solid" for display, width, border in notes)
    shown = page.eval_on_selector_all(".checklist__links, .related-list, .related-heading, .citations",
                                      "els => els.filter(el => el.getClientRects().length > 0).length")
    assert shown == 0, "link lists are printed"
    _, pdf = printed(checklist, "da")
    text = squeeze(pdf_text(pdf))
    assert squeeze(strings("da")["form_notes"]) in text, "the notes column has no heading"
    for related in (*checklist.tools, *checklist.topics):
        assert squeeze(related.summary["da"]) not in text, f"the link to {related.id} is printed"


@pytest.mark.parametrize("entity", [FRAMEWORK.all("checklists")[0], FRAMEWORK.all("gates")[0]], ids=lambda e: e.kind)
def test_checkboxes_print_as_boxes(page, site_url, entity):
    page.goto(site_url + url_for(entity, "da"))
    page.emulate_media(media="print")
    borders = page.eval_on_selector_all(".checkbox, .checklist__box", "els => els.map(el => {"
                                        "const s = getComputedStyle(el); return [s.borderTopStyle, s.borderTopWidth, s.width]; })")
    assert borders, "the form has checkboxes"
    assert all(style == "solid" and width != "0px" and size != "0px" for style, width, size in borders), borders[:3]


def test_checklist_boxes_can_be_ticked_on_screen_and_print_ticked(page, site_url):
    checklist = FRAMEWORK.get("checklists", "risici")
    item = checklist.items[0]
    page.emulate_media(media="screen")
    page.goto(site_url + url_for(checklist, "da"))
    box = page.get_by_role("checkbox", name=plain(item.text["da"]))
    box.check()
    assert box.is_checked()
    page.emulate_media(media="print")
    colours = page.eval_on_selector_all(".checklist__box", "els => els.map(el => getComputedStyle(el).backgroundColor)")
    assert colours[0] != colours[1], "a ticked box looks like an empty one on paper"


def test_gate_choices_are_one_of_several_on_screen(page, site_url):
    gate = FRAMEWORK.all("gates")[0]
    t = strings("da")
    page.emulate_media(media="screen")
    page.goto(site_url + url_for(gate, "da"))
    decision = page.get_by_role("radiogroup", name=t["gate_decision_heading"])
    decision.get_by_label(t["gate_go"], exact=True).check()
    decision.get_by_label(t["gate_stop"], exact=True).check()
    assert decision.get_by_label(t["gate_stop"], exact=True).is_checked()
    assert not decision.get_by_label(t["gate_go"], exact=True).is_checked()
    criteria = page.get_by_role("radiogroup", name=plain(gate.criteria[0]["da"]))
    criteria.get_by_label(t["form_answer_partly"]).check()
    assert criteria.get_by_label(t["form_answer_partly"]).is_checked()
    assert decision.get_by_label(t["gate_stop"], exact=True).is_checked(), "a criterion's answer changed the decision"


def test_gate_decision_box_has_room_to_write_on_screen(browser, site_url):
    screen = browser.new_page(viewport={"width": 1366, "height": 900})
    try:
        screen.goto(site_url + url_for(FRAMEWORK.all("gates")[0], "da"))
        article = screen.eval_on_selector("article", "el => el.getBoundingClientRect().width")
        table = screen.eval_on_selector(".decision table", "el => el.getBoundingClientRect().width")
        heights = screen.eval_on_selector_all(".decision td", "els => els.map(el => el.getBoundingClientRect().height)")
        assert table >= 0.9 * article, "the decision box is narrower than the text"
        assert max(heights) >= 150 and min(heights) >= 45, heights
    finally:
        screen.close()


@pytest.mark.parametrize("entity", READING, ids=ids)
def test_reading_pages_print_cleanly(page, site_url, entity):
    pdf = print_pdf(page, site_url + url_for(entity, "da"))
    assert set(page_sizes(pdf)) == {PORTRAIT}
    text = squeeze(pdf_text(pdf))
    assert squeeze(plain(entity.title["da"])) in text
    assert squeeze(entity.citations[0].source.title["da"]) in text, "the source is on paper"
    for chrome in CHROME_TEXTS["da"]:
        assert squeeze(chrome) not in text


@pytest.mark.parametrize("kind", ["phases", "process-models"])
def test_overview_tables_print_landscape_at_full_size(page, site_url, kind):
    """A page that is mostly a wide table is landscape from its first sheet, and nothing in it makes
    Chromium shrink the print to fit."""
    pdf = print_pdf(page, site_url + url_for(kind, "da"))
    assert set(page_sizes(pdf)) == {LANDSCAPE}
    smallest = min(span.size for number in range(len(pdf.pages)) for span in spans(pdf, number))
    assert smallest >= HINT_PT - 0.05, f"text at {smallest} pt: the print was shrunk"


def test_print_button_opens_the_print_dialog(page, site_url):
    checklist = FRAMEWORK.all("checklists")[0]
    page.emulate_media(media="screen")
    page.goto(site_url + url_for(checklist, "nb"))
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.get_by_role("button", name="Skriv ut").click()
    assert page.evaluate("window.__printed") == 1
    assert page.get_by_role("link", name="Last ned som Word-fil (.docx)").get_attribute("href").endswith("-nb.docx")
