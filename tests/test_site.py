"""The real site, built once: pages, links, relations and languages as a reader meets them."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from macros import model as m
from macros.relations import RELATIONS
from macros.site_audit import audit_site
from macros.urls import CHANGES_PAGE, OVERVIEW_KINDS, PROSE_PAGES, former_addresses, former_download_path, url_for

from conftest import LANGUAGES, ROOT
from site_pages import BuiltSite, resolve


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site)


def test_every_entity_has_a_page_in_both_languages(built, framework):
    for lang in LANGUAGES:
        for entity in framework.pages():
            path = url_for(entity, lang)
            assert built.exists(path), f"no page {path}"
            heading = built.soup(path).select_one("article h1").get_text(" ", strip=True)
            assert heading == entity.label[lang].replace("*", "")


def test_every_page_belongs_to_an_entity_an_overview_or_a_prose_page(built, framework):
    expected = {url_for(e, lang) for e in framework.pages() for lang in LANGUAGES}
    expected |= {url_for(kind, lang) for kind in (*OVERVIEW_KINDS, CHANGES_PAGE) for lang in LANGUAGES}
    prose = {f"{lang}/{p.relative_to(ROOT / 'docs' / lang).with_suffix('').as_posix()}/".replace("index/", "")
             for lang in LANGUAGES for p in (ROOT / "docs" / lang).rglob("*.md")}
    for lang in LANGUAGES:
        pages = set(built.content_pages(lang))
        assert pages - expected - prose == set()
        assert expected - pages == {p for p in expected if not p.startswith(lang)} - pages


def test_both_languages_have_the_same_pages(built):
    for lang, other in (("da", "nb"), ("nb", "da")):
        counterparts = set()
        for page in built.content_pages(lang):
            alternate = built.soup(page).select_one(f'link[rel="alternate"][hreflang="{other}"]')["href"]
            counterparts.add(other + "/" + alternate.split(f"/{other}/", 1)[1])
        assert counterparts == set(built.content_pages(other))


def test_every_link_and_anchor_resolves(built):
    broken = []
    for lang in LANGUAGES:
        for page in built.content_pages(lang):
            for link in built.links(page):
                path, _, anchor = link.partition("#")
                if not built.exists(path):
                    broken.append(f"{page} -> {link} (no page)")
                elif anchor and anchor not in built.ids(path):
                    broken.append(f"{page} -> {link} (no anchor)")
    assert broken == []


def _pairs(framework):
    """Every (owner, target) pair the data relates, with the objects that have pages or anchors."""
    for relation in RELATIONS:
        for entity in framework.all(relation.kind):
            owners = entity.citations if relation.owner is m.Citation else (
                [entity] if isinstance(entity, relation.owner) else
                [part for part in _nested(entity) if isinstance(part, relation.owner)])
            for owner in owners:
                related = getattr(owner, relation.forward)
                for target in (related if relation.many else [related] if related else []):
                    yield (entity if relation.owner is m.Citation else owner), target


def _nested(entity):
    return [*getattr(entity, "parts", ()), *getattr(entity, "items", ()), *getattr(entity, "steps", ())]


def test_every_relation_is_linked_in_both_directions(built, framework):
    missing = []
    for lang in LANGUAGES:
        for owner, target in _pairs(framework):
            owner_url, target_url = url_for(owner, lang), url_for(target, lang)
            owner_page, target_page = owner_url.partition("#")[0], target_url.partition("#")[0]
            if target_url not in built.main_links(owner_page):
                missing.append(f"{owner_url} does not link to {target_url}")
            if owner_url not in built.main_links(target_page):
                missing.append(f"{target_url} does not link back to {owner_url}")
    assert missing == []


def _same_page(framework):
    """page -> {language: the same page in that language}, for every page of both languages."""
    things = [*framework.pages(), *OVERVIEW_KINDS, CHANGES_PAGE, *PROSE_PAGES]
    pages = {url_for(thing, lang): {code: url_for(thing, code) for code in LANGUAGES}
             for thing in things for lang in LANGUAGES}
    for lang in LANGUAGES:  # other hand-written pages have the same file name in both languages
        for path in (ROOT / "docs" / lang).rglob("*.md"):
            if path.relative_to(ROOT / "docs" / lang).as_posix() in {files[lang] for files in PROSE_PAGES.values()}:
                continue
            rest = path.relative_to(ROOT / "docs" / lang).with_suffix("").as_posix().removesuffix("index") + "/"
            pages[f"{lang}/{rest}".replace("//", "/")] = {code: f"{code}/{rest}".replace("//", "/") for code in LANGUAGES}
    return pages


def test_language_switch_keeps_the_reader_on_the_same_page(built, framework):
    same = _same_page(framework)
    for lang in LANGUAGES:
        for page in built.content_pages(lang):
            targets = built.links(page, "a.md-select__link")
            assert sorted(targets) == sorted(same[page].values()), page
            assert all(built.exists(target) for target in targets)


def test_pages_declare_their_language_and_their_translations(built, framework, site_address):
    same = _same_page(framework)
    for lang in LANGUAGES:
        for page in built.content_pages(lang):
            soup = built.soup(page)
            assert soup.html["lang"] == lang
            alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
            assert alternates == {code: site_address + path for code, path in same[page].items()}


def test_interface_is_in_the_page_language(built):
    assert built.soup("da/").select_one(".md-search__input")["placeholder"] == "Søg"
    assert built.soup("nb/").select_one(".md-search__input")["placeholder"] == "Søk"


def test_every_page_cites_its_sources(built, framework):
    for lang in LANGUAGES:
        for page in built.content_pages(lang):
            sources = url_for("sources", lang)
            if page.startswith((url_for("glossary", lang), sources, url_for(CHANGES_PAGE, lang),
                                url_for("accessibility", lang))):
                continue  # the glossary is editorial and says so; source pages are the sources; changes
                # and the accessibility statement are about the site itself
            box = built.soup(page).select_one("article .citations")
            assert box is not None, f"{page} cites no source"
            assert any(link.startswith(sources) for link in built.links(page, "article .citations a[href]")), page


def test_editorial_additions_are_marked(built, framework):
    tool = next(t for t in framework.all("tools") if "how" in t.editorial)
    page = built.soup(url_for(tool, "da"))
    assert page.select_one("article .editorial .editorial__label").get_text() == "Redaktionel tilføjelse"


def test_search_index_uses_each_languages_stemming(built, framework):
    for lang, lunr in (("da", ["da"]), ("nb", ["no"])):
        index = json.loads((built.root / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["config"]["lang"] == lunr
        titles = {doc["title"] for doc in index["docs"]}
        assert {f.title[lang] for f in framework.all("factors")} <= titles


def test_root_page_sends_readers_to_their_language(built):
    assert {link for link in built.links("", "a[href]")} == {"da/", "nb/"}
    assert set(built.links("", "script[src]")) == {"chooser.js", "da/assets/language.js"}
    assert "location.replace" in (built.root / "chooser.js").read_text(encoding="utf-8")


def test_no_page_loads_from_another_host_or_runs_a_script_we_did_not_write(built, site_address):
    assert audit_site(built.root, {urlsplit(site_address).hostname}) == []
    for file in built.html_files():
        text = file.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "api.github.com" not in text, file


def test_the_audit_finds_what_content_must_never_add(tmp_path):
    page = tmp_path / "x" / "index.html"
    page.parent.mkdir()
    page.write_text('<html><body><p onclick="x()">a</p><img srcset="a.png 1x, https://evil.example/t.png 2x">'
                    '<script>steal()</script><div style="background:url(//evil.example/p.gif)"></div>'
                    '<link rel="stylesheet" href="https://cdn.example/x.css"><a href="https://example.org/">ok</a>'
                    '</body></html>', encoding="utf-8")
    problems = audit_site(tmp_path, {"127.0.0.1"})
    assert sorted(problems) == sorted([
        "x/index.html: <p> has an event handler attribute onclick",
        "x/index.html: <img srcset> loads from another host: https://evil.example/t.png",
        "x/index.html: style loads from another host: //evil.example/p.gif",
        "x/index.html: <link href> loads from another host: https://cdn.example/x.css",
        "x/index.html: an inline <script> the project did not write: steal()",
    ])


def test_the_audit_scans_again_what_changed_and_what_passed_for_another_host(tmp_path, monkeypatch):
    site, cache = tmp_path / "site", tmp_path / "cache"
    for name in ("a", "b"):
        (site / name).mkdir(parents=True)
        (site / name / "index.html").write_text('<p>ok</p><img src="https://guide.example/logo.svg">',
                                                encoding="utf-8")
    assert audit_site(site, {"guide.example"}, cache) == []
    scanned = []
    monkeypatch.setattr("macros.site_audit.audit_page", lambda text, hosts: scanned.append(text) or [])
    assert audit_site(site, {"guide.example"}, cache) == []
    assert scanned == [], "an unchanged page was scanned again"
    monkeypatch.undo()

    # The same bytes as a page and as a style sheet: passing as the one is no pass as the other.
    (site / "a" / "x.html").write_text("@import 'https://evil.example/x.css';", encoding="utf-8")
    (site / "a" / "x.css").write_text("@import 'https://evil.example/x.css';", encoding="utf-8")
    for _ in range(2):
        assert audit_site(site, {"guide.example"}, cache) == ["a/x.css: style loads from another host: https://evil.example/x.css"]
    (site / "a" / "x.html").unlink()
    (site / "a" / "x.css").unlink()

    (site / "b" / "index.html").write_text('<p onclick="steal()">ok</p>', encoding="utf-8")
    assert audit_site(site, {"guide.example"}, cache) == ["b/index.html: <p> has an event handler attribute onclick"]
    # Passed for the site's own host, not for another: the logo is then from another host.
    assert audit_site(site, {"elsewhere.example"}, cache) == [
        "a/index.html: <img src> loads from another host: https://guide.example/logo.svg",
        "b/index.html: <p> has an event handler attribute onclick",
    ]


def test_the_root_remembers_the_chosen_language(browser, site_url):
    page = browser.new_page(locale="da-DK")
    try:
        page.goto(f"{site_url}da/faktorer/motivation/")
        page.locator("a.md-select__link[hreflang='nb']").dispatch_event("click")
        page.wait_for_url(f"{site_url}nb/faktorer/motivasjon/")
        page.goto(site_url)
        page.wait_for_url(f"{site_url}nb/")
    finally:
        page.close()


def test_a_reader_s_browser_asks_no_other_host(browser, site_url, framework):
    requested = []
    page = browser.new_page()
    page.on("request", lambda request: requested.append(request.url))
    try:
        for path in ("", "da/", url_for(framework.all("templates")[0], "nb"), url_for(framework.all("factors")[0], "da")):
            page.goto(site_url + path)
            page.wait_for_load_state("networkidle")
    finally:
        page.close()
    assert requested and [url for url in requested if not url.startswith(site_url)] == []


def test_every_former_address_sends_the_reader_to_the_page(built, framework):
    for lang in LANGUAGES:
        for address, thing in former_addresses(framework, lang):
            soup = built.soup(f"{lang}/{address}")
            refresh = soup.find("meta", attrs={"http-equiv": "refresh"})["content"]
            target = resolve(f"{lang}/{address}", refresh.partition("url=")[2])
            assert target == url_for(thing, lang), address
            assert built.exists(target)
            assert soup.find("a")["href"] == refresh.partition("url=")[2]
        for entity in framework.all("templates") + framework.all("checklists") + framework.all("gates"):
            assert built.exists(f"{lang}/{former_download_path(entity, lang)}")


def test_an_old_link_lands_on_the_page_in_a_browser(browser, site_url, framework):
    page = browser.new_page()
    try:
        page.goto(f"{site_url}nb/factors/motivation/")
        page.wait_for_url(f"{site_url}nb/faktorer/motivasjon/")
        assert page.locator("article h1").inner_text() == framework.get("factors", "motivation").title["nb"]
    finally:
        page.close()
