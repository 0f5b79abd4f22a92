"""WCAG 2.1 A and AA, as axe-core finds it in real Chromium, on one page of every kind."""
from __future__ import annotations

import pytest

from macros import model as m
from macros.loader import load_framework
from macros.urls import PROSE_PAGES, url_for

from conftest import LANGUAGES, ROOT

FRAMEWORK = load_framework(ROOT / "data")
PAGES = ["", *(f"{lang}/" for lang in LANGUAGES)]
PAGES += [url_for(FRAMEWORK.all(kind)[0], lang) for kind in m.PAGE_KINDS for lang in LANGUAGES]
PAGES += [url_for(kind, "da") for kind in ("levels", "phases", "process-models", "sources", "glossary", "tools")]
PAGES += [url_for("phases", "nb")]  # the phases figure in Norwegian
PAGES += [url_for(name, lang) for name in PROSE_PAGES for lang in LANGUAGES]
# Forms with checkboxes, radio buttons and rows taken from elsewhere, and the whole guide.
PAGES += [url_for(FRAMEWORK.get("templates", "parathedsanalyse-skabelon"), "nb"), url_for("guide", "da")]
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture(scope="module")
def axe():
    pytest.importorskip("axe_playwright_python", reason="axe-playwright-python is not installed (pip install -e '.[test]')")
    from axe_playwright_python.sync_playwright import Axe
    return Axe()


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


@pytest.mark.parametrize("path", PAGES)
def test_no_accessibility_violations(page, site_url, axe, path):
    if path == "":
        page.add_init_script("Object.defineProperty(navigator, 'languages', {get: () => ['en']})")  # stay on the chooser
    page.goto(site_url + path)
    results = axe.run(page, options=WCAG)
    violations = [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})"
                  for v in results.response["violations"]]
    assert violations == []


def test_wide_tables_scroll_in_a_focusable_region_on_a_phone(browser, site_url, axe):
    phone = browser.new_page(viewport={"width": 390, "height": 800})
    try:
        phone.goto(site_url + url_for(FRAMEWORK.all("templates")[0], "da"))
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
        region = phone.locator(".form-table--wide").first
        assert region.get_attribute("tabindex") == "0" and region.get_attribute("aria-label")
        assert region.evaluate("el => el.scrollWidth > el.clientWidth"), "the table is squeezed instead of scrolling"
        assert axe.run(phone, options=WCAG).response["violations"] == []
    finally:
        phone.close()
