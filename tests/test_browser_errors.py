"""Nothing goes wrong in a reader's browser: no console errors, no script errors, no request that
fails or answers with an error, on every page kind in both languages, and a language switch that
goes straight to the same page."""
from __future__ import annotations

import pytest

from macros.urls import url_for

from page_kinds import ids, open_page, page_kinds

PAGES = [("chooser", ""), *page_kinds()]


class Trouble:
    """Everything that went wrong while a page was open, as readable lines."""

    def __init__(self, page):
        self.lines: list[str] = []
        page.on("console", lambda message: message.type == "error" and self.lines.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: self.lines.append(f"script error: {error}"))
        page.on("requestfailed", lambda request: self.lines.append(f"failed: {request.url} ({request.failure})"))
        page.on("response", lambda response: response.status >= 400
                and self.lines.append(f"HTTP {response.status}: {response.url}"))


@pytest.mark.parametrize("path", [path for _, path in PAGES], ids=ids(PAGES))
def test_no_console_errors_and_no_failed_requests(page, site_url, path):
    trouble = Trouble(page)
    if path == "":
        page.add_init_script("Object.defineProperty(navigator, 'languages', {get: () => ['en']})")  # stay on the chooser
    open_page(page, site_url + path)
    assert trouble.lines == []


@pytest.mark.parametrize("kind, start_lang, target_lang", [("factors", "da", "nb"), ("home", "nb", "da")])
def test_the_language_switch_goes_straight_to_the_same_page(page, site_url, framework, kind, start_lang, target_lang):
    """Material's language code used to take over this click and go to the page's address without its
    last slash (a redirect, or a 404 on hosts that do not redirect)."""
    thing = framework.get("factors", "motivation") if kind == "factors" else None
    start, target = [url_for(thing, lang) if thing else f"{lang}/" for lang in (start_lang, target_lang)]
    trouble = Trouble(page)
    documents = []
    page.on("response", lambda response: response.request.resource_type == "document" and documents.append(response))
    open_page(page, site_url + start)
    page.locator(".md-header .md-select").hover()
    page.locator(f"a.md-select__link[hreflang={target_lang}]").click()
    page.wait_for_url(site_url + target)
    page.wait_for_load_state("networkidle")
    assert [(response.status, response.url) for response in documents] == [
        (200, site_url + start), (200, site_url + target)]
    assert trouble.lines == []
