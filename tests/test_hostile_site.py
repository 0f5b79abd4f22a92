"""The real site built from data whose every text holds a hostile string that the checks accept:
template syntax that would write a file if it ever ran, quotes that would end an attribute, and
HTML written as entities. The build must run none of it, and readers must see it as text."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from docx import Document

from macros import model as m
from macros.loader import load_framework
from macros.site_audit import audit_site
from macros.urls import download_path, url_for

from conftest import LANGUAGES, build_site, copy_project
from hostile_project import hostile_text, make_hostile
from site_pages import BuiltSite


@pytest.fixture(scope="module")
def hostile_served(tmp_path_factory):
    from browser import serve
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    with serve(project / "site") as url:
        yield project, url


@pytest.fixture(scope="module")
def hostile_address(hostile_served) -> str:
    return hostile_served[1]


@pytest.fixture(scope="module")
def hostile(hostile_served):
    project, address = hostile_served
    marker = project / "template-ran"
    make_hostile(project, marker)
    result = build_site(project, project / "site", address)
    assert result.returncode == 0, result.stdout + result.stderr
    return project, marker, load_framework(project / "data")


@pytest.fixture(scope="module")
def hostile_url(hostile, hostile_address) -> str:
    return hostile_address


def test_no_text_from_the_data_ever_runs_as_a_template(hostile):
    project, marker, _ = hostile
    assert not marker.exists()


def test_hostile_text_is_shown_exactly_as_written(hostile):
    project, marker, framework = hostile
    built = BuiltSite(project / "site")
    factor = framework.all("factors")[0]
    for lang in LANGUAGES:
        soup = built.soup(url_for(factor, lang))
        title = factor.title[lang]
        assert hostile_text(marker).strip() in title
        assert soup.title.get_text() == f"{title} - Implementeringsguiden"
        assert soup.find("meta", attrs={"name": "description"})["content"] == factor.summary[lang]
        assert soup.select_one("article h1").get_text() == title
        nav_titles = [a.get_text(" ", strip=True) for a in soup.select(".md-nav__link")]
        assert any(title in text for text in nav_titles)


def test_hostile_text_reaches_the_word_forms_as_text(hostile):
    project, _, framework = hostile
    template = framework.all("templates")[0]
    document = Document(project / "site" / "da" / download_path(template, "da"))
    assert document.core_properties.title.startswith(template.title["da"][:200])
    question = template.parts[0].questions[0].text["da"]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any("&lt;/title&gt;&lt;script&gt;" in text and '" onmouseover="alert(2)"' in text for text in cells), question


def test_the_hostile_site_passes_the_audit(hostile, hostile_address):
    assert audit_site(hostile[0] / "site", {urlsplit(hostile_address).hostname}) == []


def _pages(framework):
    paths = [f"{lang}/" for lang in LANGUAGES] + [url_for("glossary", lang) for lang in LANGUAGES]
    paths += [url_for(framework.all(kind)[0], lang) for kind in m.PAGE_KINDS for lang in LANGUAGES]
    return paths + [url_for(kind, "da") for kind in ("levels", "phases", "process-models", "sources")]


def test_nothing_runs_and_nothing_leaves_loopback_in_a_browser(browser, hostile, hostile_url):
    dialogs, outside = [], []
    page = browser.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: None if request.url.startswith(hostile_url) else outside.append(request.url))
    try:
        for path in _pages(hostile[2]):
            page.goto(hostile_url + path)
            page.wait_for_load_state("networkidle")
            page.mouse.move(200, 300)
            page.mouse.move(400, 500)
            handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(el =>
                [...el.attributes].filter(a => a.name.startsWith('on')).map(a => el.tagName + ' ' + a.name))""")
            assert handlers == [], path
        page.goto(hostile_url + "da/")
        field = page.locator(".md-search__input")
        field.click()
        field.press_sequentially("Motivation")
        page.locator(".md-search-result__item").first.wait_for(timeout=15000)
        page.locator(".md-search-result__item").first.hover()
        assert page.evaluate("document.querySelectorAll('.md-search-result [onmouseover], .md-search-result script').length") == 0
    finally:
        page.close()
    assert dialogs == []
    assert outside == []
