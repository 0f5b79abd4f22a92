"""Search in the browser, in each language, with that language's stemming."""
from __future__ import annotations

import pytest


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
