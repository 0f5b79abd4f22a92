"""A way in and guidance to act on, as a reader meets them on the built site (issue 9, sections 4, 5, and
the screen points of 3): the start page, the figures, the phase pages' key block, the factors' guidance,
the practice pages, the footer, the language switch and one label per page."""
from __future__ import annotations

import re

import pytest

from macros import model as m
from macros.i18n import strings
from macros.urls import KIND_FOLDERS, PROSE_PAGES, OVERVIEW_KINDS, page_source, url_for

from conftest import LANGUAGES, ROOT
from site_pages import BuiltSite, resolve


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site)


def text(element) -> str:
    """What a reader reads: the headings' permalink signs left out, white space as one space."""
    words = (s for s in element.find_all(string=True) if not s.find_parent(class_="headerlink"))
    return re.sub(r"\s+", " ", " ".join(words)).strip()


def guide_page(name: str, lang: str) -> str:
    return url_for(name, lang)


def content_links(built: BuiltSite, page: str) -> list[str]:
    """The article's links in reading order, without the edit button and the headings' permalinks."""
    return built.links(page, "article a[href]:not(.md-content__button):not(.headerlink)")


def marked_under_the_heading(soup, selector: str, label: str) -> bool:
    """The page's first element after its heading is the mark (the editorial or the example note)."""
    notes = soup.select("article h1 ~ div[role=note]")
    return any(note.select_one(selector) and text(note.select_one(selector)) == label for note in notes[:2])


# ---------------------------------------------------------------------------------------------------
# The start page and the home page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_start_page_is_the_first_content_link_on_the_home_page(built, lang):
    start = guide_page("start", lang)
    assert built.exists(start), f"no start page {start}"
    assert content_links(built, f"{lang}/")[0] == start
    assert text(built.soup(start).select_one("article h1")) == "Kom i gang"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_says_what_the_framework_is_in_prose_not_a_link_list(built, lang):
    article = built.soup(f"{lang}/").select_one("article")
    first_section = []
    for element in article.select_one("h1").find_next_siblings():
        if element.name == "h2":
            break
        first_section.append(element)
    prose = " ".join(text(e) for e in first_section if e.name == "p")
    assert len(prose.split()) > 80, "the home page should say in a few sentences what the framework is"
    assert not any(e.name in ("ul", "ol") for e in first_section), "the opening is a link list"
    for phase in ("Forberede", "Forandre", "Forankre"):
        assert phase in prose


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_start_page_points_by_role_and_by_situation_to_concrete_pages(built, lang):
    page = guide_page("start", lang)
    soup = built.soup(page)
    sections = [text(h) for h in soup.select("article h2")]
    assert len(sections) >= 2
    assert len(soup.select("article h3")) == 3 + 4, "three roles and four situations"
    kinds = {kind for kind, folders in KIND_FOLDERS.items() for link in built.main_links(page)
             if link.startswith(f"{lang}/{folders[lang]}/")}
    assert {"phases", "gates", "tools", "checklists", "factors", "templates"} <= kinds
    for name in ("roles", "example", "workshop", "plan"):
        assert guide_page(name, lang) in built.main_links(page), f"the start page does not lead to {name}"
    assert marked_under_the_heading(soup, ".editorial__label", strings(lang)["editorial_label"])


# ---------------------------------------------------------------------------------------------------
# Figures

FIGURE_PAGES = {"levels": ["home", "levels"], "phases": ["start", "phases"]}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("figure", FIGURE_PAGES)
def test_figures_have_a_text_alternative_that_names_everything_they_show(built, framework, lang, figure):
    for where in FIGURE_PAGES[figure]:
        soup = built.soup(url_for(where, lang))
        svg = soup.select_one(f"article figure svg[aria-labelledby~=figure-{figure}-title]")
        assert svg is not None, f"{url_for(where, lang)}: no {figure} figure"
        assert svg["role"] == "img"
        title, desc = (soup.find(id=ref) for ref in svg["aria-labelledby"].split())
        assert title.name == "title" and desc.name == "desc" and title.parent is svg and desc.parent is svg
        assert text(svg.find_parent("figure").select_one("figcaption"))
        alternative = text(desc)
        if figure == "levels":
            expected = [level.label[lang] for level in framework.levels]
            expected += [factor.title[lang] for factor in framework.all("factors")]
        else:
            expected = [phase.title[lang] for phase in framework.phases]
            expected += [milestone[lang] for phase in framework.phases for milestone in phase.milestones]
            expected += [gate.question[lang] for gate in framework.all("gates")]
        assert [thing for thing in expected if thing not in alternative] == []
        assert not svg.select("[href], [src], script, foreignObject"), "a figure loads or runs nothing"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_levels_figure_nests_the_four_levels(built, framework, lang):
    boxes = built.soup(url_for("levels", lang)).select("article figure svg rect.figure__level")
    assert len(boxes) == len(framework.levels) == 4
    frames = [tuple(float(box[a]) for a in ("x", "y", "width", "height")) for box in boxes]
    for (x, y, w, h), (ix, iy, iw, ih) in zip(frames, frames[1:]):
        assert x < ix and y < iy and ix + iw < x + w and iy + ih < y + h, "each level lies inside the one before"


# ---------------------------------------------------------------------------------------------------
# Phase pages: what to do first, the full lists after


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phase_pages_open_with_the_key_activities_the_decision_and_the_tools(built, framework, lang):
    t = strings(lang)
    for phase in framework.phases:
        page = url_for(phase, lang)
        article = built.soup(page).select_one("article")
        headings = [h.get("id") for h in article.select("h2")]
        assert headings[0] == "key", f"{phase.id}: the page does not open with what to do"
        key = article.select_one(".phase-key")
        for later in ("tools", "checklists", "questions", "process-models"):
            found = article.select_one(f"#{later}")
            if found is not None:
                assert key in found.find_all_previous("div"), f"{phase.id}: #{later} comes before the key block"
        activities = key.select_one("#activities")
        assert activities is not None and len(activities.find_next_sibling("ul").select("li")) == len(phase.activities)
        if phase.is_editorial("activities"):
            assert text(activities.find_parent("div").select_one(".editorial__label")) == t["editorial_label"]
        assert len(key.select("#milestones > li")) == len(phase.milestones)
        key_links = set(built.links(page, ".phase-key a[href]"))
        assert {url_for(gate, lang) for gate in phase.gates_out} <= key_links
        assert {url_for(tool, lang) for tool in phase.named_by_source("tools")} <= key_links
        assert {url_for(part, lang) for part in phase.template_parts} <= key_links
        assert not {url_for(tool, lang) for tool in phase.tools if tool.is_editorial("phases")} & key_links


def test_every_phase_has_key_activities_marked_editorial(framework):
    assert all(phase.activities and phase.is_editorial("activities") for phase in framework.phases)


# ---------------------------------------------------------------------------------------------------
# Factors: "Sådan arbejder I med ..." / "Slik arbeider dere med ..."


def test_every_factor_has_guidance_and_it_is_editorial_by_definition(framework):
    factors = framework.all("factors")
    assert len(factors) == 21
    for factor in factors:
        guidance = factor.guidance
        assert guidance, f"{factor.id} has no guidance"
        assert factor.is_editorial("guidance")
        assert guidance.why and guidance.signs_driver and guidance.signs_barrier and guidance.actions
        assert {level for level, _ in guidance.actions} <= set(m.MANAGEMENT_LEVELS)
        assert all(1 <= len(actions) <= 4 for _, actions in guidance.actions)
        assert factor.guidance_tools, f"{factor.id}: no tools that help"
        assert all(factor in tool.guidance_for for tool in factor.guidance_tools)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_factor_page_shows_its_guidance_marked_editorial(built, framework, lang):
    t = strings(lang)
    for factor in framework.all("factors"):
        page = url_for(factor, lang)
        soup = built.soup(page)
        heading = soup.select_one("article h2#guidance")
        assert heading is not None, f"{page}: no guidance"
        assert text(heading) == f"{t['guidance_heading']} {factor.title[lang].lower()}"
        box = heading.find_next_sibling()
        assert "editorial" in box["class"] and text(box.select_one(".editorial__label")) == t["editorial_label"]
        for part in ("why", "driver", "barrier", "actions", "tools"):
            assert box.select_one(f"#guidance-{part}"), f"{page}: the guidance has no {part}"
        assert len(box.select("h4")) == len(factor.guidance.actions)
        assert {url_for(tool, lang) for tool in factor.guidance_tools} <= set(built.links(page, ".guidance a[href]"))


# ---------------------------------------------------------------------------------------------------
# Practice pages: roles, a worked example, a workshop


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", ("start", "roles", "example", "workshop"))
def test_practice_pages_exist_cite_their_sources_and_are_marked_editorial(built, lang, name):
    page = guide_page(name, lang)
    assert built.exists(page), f"no page {page}"
    soup = built.soup(page)
    assert marked_under_the_heading(soup, ".editorial__label", strings(lang)["editorial_label"]), page
    assert any(link.startswith(url_for("sources", lang)) for link in built.links(page, "article .citations a[href]"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_worked_example_is_marked_as_an_example_and_goes_through_every_phase(built, framework, lang):
    page = guide_page("example", lang)
    soup = built.soup(page)
    assert marked_under_the_heading(soup, ".example-note__label", strings(lang)["example_label"])
    links = built.main_links(page)
    assert {url_for(phase, lang) for phase in framework.phases} <= links
    assert {url_for(gate, lang) for gate in framework.all("gates")} <= links
    assert url_for(framework.get("tools", "parathedsanalyse"), lang) in links
    template = framework.get("templates", "vaerktoej-5-implementeringsplan")
    quoted = text(soup.select_one("article"))
    assert sum(q.text[lang] in quoted for part in template.parts for q in part.questions) >= 3, \
        "the example fills in questions of Værktøj 5 as the template words them"
    assert "STOP" in quoted and "GO" in quoted


@pytest.mark.parametrize("lang, other", [("da", "nb"), ("nb", "da")])
def test_the_roles_page_names_each_role_in_both_languages(built, lang, other):
    soup = built.soup(guide_page("roles", lang))
    rows = soup.select("article table tbody tr")
    assert len(rows) == 5, "political leaders, senior leaders, middle leaders, the implementation team, staff"
    assert all(row.select_one(f'span[lang="{other}"]') for row in rows)
    assert len(soup.select("article h2")) >= 6


# ---------------------------------------------------------------------------------------------------
# Screen: the footer, the language switch, one label per page


@pytest.mark.parametrize("lang, other", [("da", "nb"), ("nb", "da")])
def test_the_footer_speaks_the_page_s_language_only(built, lang, other):
    own = {"da": "Indhold fra Socialstyrelsen", "nb": "Innhold fra Socialstyrelsen"}
    for page in (f"{lang}/", guide_page("start", lang), url_for("factors", lang)):
        footer = text(built.soup(page).select_one(".md-copyright"))
        assert own[lang] in footer and own[other] not in footer, page


@pytest.mark.parametrize("lang, word", [("da", "Norsk"), ("nb", "Dansk")])
def test_the_language_switch_names_the_other_language_in_a_word(built, lang, word):
    for page in built.content_pages(lang):
        button = built.soup(page).select_one(".md-header button.language-switch")
        assert text(button.select_one(".language-switch__word")) == word, page
        assert not button.has_attr("aria-label"), "an aria-label would hide the visible word from the name"


@pytest.mark.parametrize("width", [1366, 390])
def test_the_language_word_is_visible_on_desktop_and_phone(browser, site_url, width):
    page = browser.new_page(viewport={"width": width, "height": 800})
    try:
        page.goto(site_url + url_for("phases", "da"))
        word = page.locator(".language-switch__word")
        assert word.is_visible() and word.inner_text() == "Norsk"
        assert "Norsk" in page.locator("button.language-switch").evaluate("b => b.textContent")
    finally:
        page.close()


def nav_labels(built: BuiltSite, lang: str) -> dict[str, str]:
    """Site path -> the label the navigation gives it. Each page carries only the part of the
    navigation it shows (navigation.prune), so the labels are gathered from every page."""
    labels = {}
    for page in built.content_pages(lang):
        for link in built.soup(page).select("nav.md-nav--primary a.md-nav__link[href]"):
            labels.setdefault(resolve(page, link["href"]), text(link))
    return labels


@pytest.mark.parametrize("lang", LANGUAGES)
def test_overview_and_level_pages_have_one_label_in_navigation_heading_and_links(built, framework, lang):
    targets = [url_for(kind, lang) for kind in OVERVIEW_KINDS] + [url_for(level, lang) for level in framework.levels]
    labels = nav_labels(built, lang)
    link_texts: dict[str, set[str]] = {target: set() for target in targets}
    for page in built.content_pages(lang):
        soup = built.soup(page)
        for anchor in soup.select("article a[href]:not(.md-content__button):not(.headerlink)"):
            target = resolve(page, anchor["href"])
            if target in link_texts:
                link_texts[target].add(text(anchor))
    problems = []
    for target in targets:
        heading = text(built.soup(target).select_one("article h1"))
        if labels.get(target) != heading:
            problems.append(f"{target}: navigation {labels.get(target)!r}, heading {heading!r}")
        problems += [f"{target}: linked as {other!r}, heading {heading!r}" for other in link_texts[target] - {heading}]
    assert problems == []


def test_hand_written_pages_of_both_languages_match(framework):
    for name in PROSE_PAGES:
        assert all((ROOT / "docs" / lang / page_source(name, lang)).is_file() for lang in LANGUAGES), name
