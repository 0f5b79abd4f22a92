"""The glossary: every term defined in both languages, each language's page in its own alphabetical order,
and every term a section of its own that search finds.

The expected order is computed here from the Danish-Norwegian alphabet written out, not with the site's
own sort key, so a wrong key in macros/collation.py is caught.
"""
from __future__ import annotations

import json
import unicodedata

import pytest

from macros.urls import url_for

from conftest import LANGUAGES
from site_pages import BuiltSite

ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"
OTHER = {"da": "nb", "nb": "da"}


def reading_order(term: str) -> list[int]:
    """Letters by their place in the Danish-Norwegian alphabet (é as e); anything else before 'a'."""
    key = []
    for char in term.casefold():
        base = char if char in ALPHABET else unicodedata.normalize("NFD", char)[0]
        key.append(ALPHABET.index(base) + 1 if base in ALPHABET else 0)
    return key


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site)


def test_every_term_has_a_definition_in_both_languages(framework):
    for term in framework.terms:
        for lang in LANGUAGES:
            assert term.definition[lang].strip(), f"terms/{term.id}: no {lang} definition"
        assert term.definition.da.strip() != term.definition.nb.strip(), f"terms/{term.id}: definition not translated"


def test_the_terms_the_framework_relies_on_are_there(framework):
    terms = {term.da: term.nb for term in framework.terms}
    assert terms["brændende platform"] == "brennende plattform"
    assert terms["metodeloyalitet"] == "metodelojalitet"
    assert terms["ejerskab"] == "eierskap"
    assert terms["parathedsanalyse"] == "analyse av endringsberedskap"


def test_incitament_and_tilskyndelse_stay_apart_in_norwegian(framework):
    terms = {term.da: term.nb for term in framework.terms}
    assert terms["incitament"] != terms["tilskyndelser"]
    factor = framework.get("factors", "konkurrence-og-tilskyndelser")
    assert terms["incitament"] not in factor.title.nb.lower()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_reads_its_glossary_in_its_own_alphabetical_order(built, framework, lang):
    headings = built.soup(url_for("glossary", lang)).select("article h2[id]")
    names = [heading.get_text(strip=True) for heading in headings]
    assert names == sorted((term.name(lang) for term in framework.terms), key=reading_order)
    assert len(names) == len(framework.terms)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_term_shows_its_definition_and_its_translation(built, framework, lang):
    page = built.soup(url_for("glossary", lang))
    for term in framework.terms:
        entry = page.select_one(f"article h2#{term.id}").parent
        text = entry.get_text(" ", strip=True)
        assert term.name(OTHER[lang]) == entry.select_one(f"[lang={OTHER[lang]}]").get_text(strip=True)
        assert " ".join(term.definition[lang].split())[:40] in " ".join(text.split()), term.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_term_is_a_search_result_of_its_own(built, framework, lang):
    index = json.loads((built.root / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
    sections = {doc["location"]: doc["title"] for doc in index["docs"]}
    for term in framework.terms:
        location = url_for(term, lang).removeprefix(f"{lang}/")
        assert sections.get(location) == term.name(lang), f"{term.id}: no search section"


def test_the_reading_order_puts_aeoeaa_after_z():
    assert sorted(["ål", "øre", "ære", "zebra", "Anna"], key=reading_order) == ["Anna", "zebra", "ære", "øre", "ål"]
