"""Search in the browser, in each language, with that language's stemming."""
from __future__ import annotations

import json

import pytest

from macros.urls import url_for

from site_pages import BuiltSite


@pytest.mark.parametrize("lang, query, expected", [
    # inflected forms find the page through the language's stemmer
    ("da", "ledelsen", "Ledelse og ledelsesstrukturer"),
    ("nb", "kompetansen", "Fagfolkenes kompetanse"),
    ("nb", "ledelsen", "Ledelse og ledelsesstrukturer"),
])
def test_search_finds_pages_in_the_page_language(browser, site_url, lang, query, expected):
    page = browser.new_page()
    try:
        page.goto(f"{site_url}{lang}/")
        field = page.locator(".md-search__input")
        field.click()
        field.press_sequentially(query)  # Material's search listens to key presses, as a reader types
        results = page.locator(".md-search-result__item")
        results.first.wait_for(timeout=15000)
        titles = results.all_inner_texts()
        assert any(expected in title for title in titles), titles
    finally:
        page.close()


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_the_search_index_leaves_out_repeated_lists_and_keeps_the_glossary(site, framework, lang):
    """Every page view downloads the index: lists of related pages and the sources boxes, which
    repeat other pages' titles and summaries, stay out; every glossary term stays findable."""
    built = BuiltSite(site)
    docs = json.loads((site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    left_out = {f"{page.removeprefix(lang + '/')}#{heading['id']}"
                for page in built.content_pages(lang)
                for heading in built.soup(page).select("[data-search-exclude][id]")}
    assert len(left_out) > 100
    assert [doc["location"] for doc in docs if doc["location"] in left_out] == []
    glossary_page = url_for("glossary", lang).removeprefix(f"{lang}/")
    glossary = " ".join(doc["title"] + " " + doc["text"] for doc in docs
                        if doc["location"].startswith(glossary_page)).lower()
    assert glossary
    assert [term.da for term in framework.terms if term.da.lower() not in glossary] == []
    assert [term.nb for term in framework.terms if term.nb.lower() not in glossary] == []
