"""The accessibility statement: in both languages, saying what it must say, linked from every page's footer."""
from __future__ import annotations

import pytest

from macros.urls import url_for

from conftest import LANGUAGES
from site_pages import BuiltSite, resolve

TITLES = {"da": "Tilgængelighedserklæring", "nb": "Tilgjengelighetserklæring"}
# What is tested and how, what is known not to work, how to report a problem.
SECTIONS = {"da": ["Status", "Sådan tester vi", "Det virker ikke endnu", "Meld et problem"],
            "nb": ["Status", "Slik tester vi", "Dette virker ikke ennå", "Meld fra om et problem"]}


def heading_text(heading) -> str:
    return "".join(heading.find_all(string=True, recursive=False)).strip()  # without the permalink


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_statement_says_what_is_tested_what_does_not_work_and_how_to_report(built, lang):
    soup = built.soup(url_for("accessibility", lang))
    assert heading_text(soup.select_one("article h1")) == TITLES[lang]
    assert [heading_text(h2) for h2 in soup.select("article h2")] == SECTIONS[lang]
    report = soup.select("article h2")[-1].find_next("p").find("a", href=True)
    assert report, "the report section links to where a problem is reported"
    # ... the About page, whose report section holds the addresses the site is published with
    # (no anchor: a site built without them has no such section)
    assert resolve(url_for("accessibility", lang), report["href"]) == url_for("about", lang)
    assert built.soup(url_for("about", lang)).select("#report-a-mistake ~ ul a[href^='https://']")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_links_to_the_statement_in_its_language_from_the_footer(built, lang):
    missing = []
    for page in built.content_pages(lang):
        links = built.links(page, ".md-footer a[href]")
        footer_texts = [a.get_text(strip=True) for a in built.soup(page).select(".md-footer a[href]")]
        if url_for("accessibility", lang) not in links or TITLES[lang] not in footer_texts:
            missing.append(page)
    assert missing == []
