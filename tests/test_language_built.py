"""Spelling, terms and quotation marks in the built site, as a reader reads them.

test_language_words.py checks the data files; this module reads the article text of every built page
(data pages, overviews and hand-written pages alike), so an interface string or a template is caught too:

1. Danish pages spell 'diasset/diassets/diassene' and 'trinnene' (not 'diaset', 'trinene');
2. Danish text quotes with »...«, not with the Norwegian «...»;
3. Norwegian pages never call the parathedsanalyse a 'beredskapsanalyse' (emergency preparedness);
4. Norwegian indirect questions use 'om', not 'dersom' ('Er det beskrevet om ...');
5. the 80 % and 14 % figures always name the study they come from;
6. notes about the source documents stand in the source note, not in the reading text.
"""
from __future__ import annotations

import copy
import re

import pytest

from macros.urls import url_for

from conftest import LANGUAGES
from site_pages import BuiltSite

# Danish misspellings (wrong -> right).
DANISH_MISSPELLINGS = {"diaset": "diasset", "diasets": "diassets", "diasene": "diassene", "trinene": "trinnene"}
# Norwegian words for the wrong thing (wrong -> the site's term).
NORWEGIAN_WRONG_TERMS = {"beredskapsanalyse": "analyse av endringsberedskap",
                         "beredskapsanalysen": "analysen av endringsberedskapen",
                         "beredskapsundersøkelse": "undersøkelse av endringsberedskap"}
# 'Er det beskrevet/tydelig/klart ... dersom ...?': an indirect question after a verb of knowing or saying.
INDIRECT_DERSOM = re.compile(
    r"\b(beskrevet|tydelig|klart|kjent|avklart|vurdert|vurdere|vite|spør|spørre|undersøke|sjekke)\b[^.?!:;]{0,60}\bdersom\b",
    re.IGNORECASE)
# Notes about the source text that belong in the source note (class source-note), not in guidance.
SOURCE_REMARKS = {
    "da": ("angiver ingen aktiviteter", "ikke gengivet", "tekstudtræk", "afskåret", "…"),
    "nb": ("oppgir ingen aktiviteter", "ikke gjengitt", "tekstuttrekk", "avskåret", "…"),
}


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site)


def article(built: BuiltSite, page: str, *, without=()):
    """The page's article, without the elements matching the CSS selectors in `without`."""
    found = copy.copy(built.soup(page).select_one("article"))
    for selector in without:
        for element in found.select(selector):
            element.decompose()
    return found


def text_of(element) -> str:
    return re.sub(r"\s+", " ", element.get_text(" ")).strip()


def whole_words(text: str, words) -> list[str]:
    return [word for word in words if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]


def wrong_words(built, lang: str, corrections: dict[str, str]) -> list[str]:
    """Every page of `lang` with a word of `corrections` in its text, and what to write instead."""
    problems = []
    for page in built.content_pages(lang):
        wrong = whole_words(text_of(article(built, page)), corrections)
        problems += [f"{page}: '{word}' (write '{corrections[word]}')" for word in wrong]
    return problems


def test_danish_spelling(built):
    problems = wrong_words(built, "da", DANISH_MISSPELLINGS)
    assert not problems, "\n".join(problems)


def blocks(element):
    """The innermost text blocks: paragraphs, list items, cells, headings, definitions."""
    names = ["p", "li", "td", "th", "dd", "h1", "h2", "h3", "h4"]
    return [block for block in element.find_all(names) if not block.find(names)]


def quoted_the_norwegian_way(text: str) -> bool:
    """Danish quotes »so«, Norwegian «so»: in Danish text the marks open with » and then alternate."""
    marks = re.findall(r"[«»]", text)
    return bool(marks) and (marks[0] == "«" or any(a == b for a, b in zip(marks, marks[1:])))


@pytest.mark.parametrize("text, norwegian", [
    ("diasset »Vejen« (2019) hedder faktoren »Caseload«.", False),
    ("lysbildet «Vejen» (2019)", True),
    ("»Vejen« og «Sjekkliste»", True),
    ("uden citat", False),
])
def test_the_quotation_mark_check(text, norwegian):
    assert quoted_the_norwegian_way(text) is norwegian


def test_danish_text_quotes_with_danish_quotation_marks(built):
    # Bibliographic references keep the cited work's own language (a Norwegian title keeps «»), and
    # text marked as Norwegian is Norwegian.
    problems = []
    for page in built.content_pages("da"):
        for block in blocks(article(built, page, without=(".reference", ".reference-list", "[lang=nb]"))):
            text = text_of(block)
            if quoted_the_norwegian_way(text):
                problems.append(f"{page}: {text[:100]!r} (Danish quotes with »...«)")
    assert not problems, "\n".join(problems)


def test_norwegian_never_calls_the_readiness_analysis_an_emergency_analysis(built):
    problems = wrong_words(built, "nb", NORWEGIAN_WRONG_TERMS)
    assert not problems, "\n".join(problems)


def test_norwegian_indirect_questions_use_om(built):
    problems = [f"{page}: {match.group(0)!r} (write 'om')"
                for page in built.content_pages("nb")
                for match in INDIRECT_DERSOM.finditer(text_of(article(built, page)))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("sentence, found", [
    ("Er det beskrevet dersom tiltakets suksess avhenger av erfaring?", True),
    ("Er det tydelig, godt kjent og godt beskrevet dersom tiltaket forutsetter verktøy?", True),
    ("Er det beskrevet om tiltakets suksess avhenger av erfaring?", False),
    ("Dersom milepælene ikke er nådd, er svaret STOP.", False),
])
def test_the_indirect_question_pattern(sentence, found):
    assert bool(INDIRECT_DERSOM.search(sentence)) is found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_80_and_14_per_cent_figures_name_their_study(built, lang):
    """The slide sets two studies side by side: 80 % in 3 years with an implementation team comes from
    Fixsen, Blase, Timbers & Wolf (2001), 14 % in 17 years without one from Balas & Boren (2000)."""
    problems = []
    for page in built.content_pages(lang):
        for block in blocks(article(built, page)):
            text = text_of(block)
            if "80 %" in text and "Fixsen" not in text:
                problems.append(f"{page}: 80 % without Fixsen et al. (2001): {text[:120]!r}")
            if "14 %" in text and "Balas" not in text:
                problems.append(f"{page}: 14 % without Balas & Boren (2000): {text[:120]!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_remarks_on_the_source_text_stand_in_the_source_note(built, lang):
    problems = []
    for page in built.content_pages(lang):
        text = text_of(article(built, page, without=(".source-note",)))
        problems += [f"{page}: {remark!r}" for remark in SOURCE_REMARKS[lang] if remark in text]
    assert not problems, "Remarks on the source documents in the reading text:\n" + "\n".join(problems)


def test_pages_with_a_source_note_show_it_labelled(built, framework):
    for lang in LANGUAGES:
        for entity in framework.pages():
            if entity.source_note:
                note = built.soup(url_for(entity, lang)).select_one("article .source-note")
                assert note is not None, f"{entity.kind}/{entity.id}: no source note on the {lang} page"
                assert text_of(note).startswith("Om kildeteksten:")
