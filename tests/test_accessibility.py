"""WCAG 2.0 and 2.1, A and AA, as axe-core finds it in real Chromium: every page kind in both
languages, the search dialog open with results, and the forms on a phone."""
from __future__ import annotations

import pytest

from macros.urls import url_for

from conftest import real_framework
from page_kinds import ids, open_page, page_kinds, search_shown

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
# Beyond the WCAG tags: a dialog without a name is a "best practice" rule to axe, but Lighthouse
# counts it, and a screen reader announces the search dialog by it.
NAMES = {"runOnly": {"type": "rule", "values": ["aria-dialog-name"]}}
PAGES = [("chooser", ""), *page_kinds()]


@pytest.fixture(scope="module")
def axe():
    pytest.importorskip("axe_playwright_python", reason="axe-playwright-python is not installed (pip install -e '.[test]')")
    from axe_playwright_python.sync_playwright import Axe
    return Axe()


def violations(axe, page, options=WCAG) -> list[str]:
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})"
            for v in axe.run(page, options=options).response["violations"]]


@pytest.mark.parametrize("path", [path for _, path in PAGES], ids=ids(PAGES))
def test_no_accessibility_violations(page, site_url, axe, path):
    if path == "":
        page.add_init_script("Object.defineProperty(navigator, 'languages', {get: () => ['en']})")  # stay on the chooser
    open_page(page, site_url + path)
    assert violations(axe, page) + violations(axe, page, NAMES) == []


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_the_open_search_passes_before_anything_is_typed(page, site_url, axe, lang):
    open_page(page, f"{site_url}{lang}/")
    page.locator(".md-search__input").focus()
    page.locator(".md-search-result__meta").wait_for(state="visible")
    search_shown(page)
    assert violations(axe, page) + violations(axe, page, NAMES) == []


def test_wide_tables_scroll_in_a_focusable_region_on_a_phone(browser, site_url, axe):
    phone = browser.new_page(viewport={"width": 390, "height": 800})
    try:
        phone.goto(site_url + url_for(real_framework().all("templates")[0], "da"))
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
        region = phone.locator(".form-table--wide").first
        assert region.get_attribute("tabindex") == "0" and region.get_attribute("aria-label")
        assert region.evaluate("el => el.scrollWidth > el.clientWidth"), "the table is squeezed instead of scrolling"
        assert violations(axe, phone) == []
    finally:
        phone.close()
