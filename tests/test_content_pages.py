"""How the corrected content stands on the built pages: what the source says apart from what the editors
add, questions apart from risks, a way on where a factor has no questions, and the original publications.

The slide «Overordnet plan for implementeringsforløb» (seed 000) is parsed as in test_content_process.py.
"""
from __future__ import annotations

import re
from functools import cache

import pytest

from macros.urls import url_for

from conftest import LANGUAGES, real_framework
from seed_documents import needs_seeds, normalise, slides
from site_pages import BuiltSite


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site)


def section_after(page, heading_id: str):
    """The elements between the heading with this id and the next heading of its level or above."""
    heading = page.select_one(f"article #{heading_id}")
    assert heading is not None, f"no heading #{heading_id}"
    found = []
    for sibling in heading.find_next_siblings():
        if re.fullmatch(r"h[1-6]", sibling.name) and sibling.name <= heading.name:
            break
        found.append(sibling)
    return found


@cache
def _ids_by_address(lang: str) -> dict[str, str]:
    return {url_for(entity, lang).split("/", 1)[1]: entity.id for entity in real_framework().pages()}


def linked(elements, lang: str) -> set[str]:
    """The ids of the entities the elements link to (their addresses end in '<kind>/<slug>/')."""
    return {_ids_by_address(lang)["/".join(a["href"].rstrip("/").split("/")[-2:]) + "/"]
            for element in elements for a in element.select("a[href]")}


# ---------------------------------------------------------------------------------------------------
# Tools of a phase: the source's row apart from the editors' suggestions

@pytest.fixture(scope="module")
def slide_tools(framework) -> dict[str, set[str]]:
    """Phase id -> the ids of the tools the slide's VÆRKTØJER row names for it."""
    slide = slides()["Overordnet plan for implementeringsforløb"]
    row = slide[slide.index("VÆRKTØJER"):]
    cells = [re.sub(r"<[^>]+>|•", " ", cell) for cell in re.findall(r"<ul[^>]*>(.*?)</ul>", row, flags=re.S)]
    tools = framework.all("tools")
    found = {}
    for phase, cell in zip(framework.phases, cells):
        names = [name for name in re.split(r",\s*", " ".join(cell.split())) if name]
        found[phase.id] = {max((t for t in tools if normalise(name).startswith(normalise(t.title.da))),
                               key=lambda t: len(t.title.da)).id for name in names}
    return found


@needs_seeds
@pytest.mark.parametrize("lang", LANGUAGES)
def test_phase_pages_show_the_source_s_tools_apart_from_the_editors(built, framework, slide_tools, lang):
    for phase in framework.phases:
        page = built.soup(url_for(phase, lang))
        assert linked(section_after(page, "tools"), lang) == slide_tools[phase.id], f"{phase.id}: the source's tools"
        suggested = {tool.id for tool in phase.tools} - slide_tools[phase.id]
        if suggested:
            block = section_after(page, "suggested-tools")
            assert linked(block, lang) == suggested, f"{phase.id}: the editors' suggestions"
            assert block[0].select_one(".editorial__label"), f"{phase.id}: suggestions not marked editorial"
        else:
            assert page.select_one("article #suggested-tools") is None


@needs_seeds
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_phases_overview_shows_the_editors_tools_in_a_row_of_their_own(built, framework, slide_tools, lang):
    rows = built.soup(url_for("phases", lang)).select("article table tbody tr")
    source_row = next(row for row in rows if row.th.get_text(strip=True) == {"da": "Værktøjer", "nb": "Verktøy"}[lang])
    editorial_row = next(row for row in rows if "editorial-row" in row.get("class", []))
    assert editorial_row.select_one(".editorial__label")
    for phase, source_cell, editorial_cell in zip(framework.phases, source_row.select("td"), editorial_row.select("td")):
        assert linked([source_cell], lang) == slide_tools[phase.id]
        assert linked([editorial_cell], lang) == {tool.id for tool in phase.tools} - slide_tools[phase.id]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phase_pages_show_the_editors_checklists_apart(built, framework, lang):
    for phase in framework.phases:
        page = built.soup(url_for(phase, lang))
        ours = {c.id for c in phase.checklists if c.is_editorial("phases")}
        if page.select_one("article #checklists"):
            assert not linked(section_after(page, "checklists"), lang) & ours, f"{phase.id}: editorial checklists mixed in"
        if ours:
            block = section_after(page, "suggested-checklists")
            assert linked(block, lang) == ours and block[0].select_one(".editorial__label"), phase.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_checklist_item_s_editorial_phase_is_marked(built, framework, lang):
    item = next(i for i in framework.questions() if i.phase and i.is_editorial("phase"))
    page = built.soup(url_for(item.checklist, lang))
    links = page.select_one(f"article li#{item.id} .checklist__links")
    assert links.select_one(".editorial-mark"), f"{item.id}: the editorial phase link is not marked"
    phase_page = built.soup(url_for(item.phase, lang))
    entry = next(li for li in phase_page.select("article .question-list > li")
                 if li.select_one(f"a[href$='#{item.id}']"))
    assert entry.select_one(".editorial-mark")


# ---------------------------------------------------------------------------------------------------
# Factor pages: questions, risks and success factors each under their own heading

@pytest.mark.parametrize("lang", LANGUAGES)
def test_factor_pages_list_each_checklist_s_items_under_its_own_heading(built, framework, lang):
    for factor in framework.all("factors"):
        page = built.soup(url_for(factor, lang))
        for item in factor.questions:
            listed = section_after(page, item.checklist.id)
            assert any(el.select_one(f"a[href$='#{item.id}']") for el in listed), (
                f"{factor.id}: {item.checklist.id}#{item.id} not under the heading «{item.checklist.title[lang]}»")
            assert page.select_one(f"article #{item.checklist.id}").get_text(strip=True).startswith(
                item.checklist.title[lang])


def test_risks_are_not_reflection_questions(built, framework):
    factor = next(f for f in framework.all("factors") if any(i.checklist.id == "risici" for i in f.questions))
    page = built.soup(url_for(factor, "da"))
    questions = section_after(page, "refleksionsspoergsmaal") if page.select_one("#refleksionsspoergsmaal") else []
    assert not any(el.select_one("a[href*='checklists/risici/']") for el in questions)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_factors_without_questions_point_to_their_level_s_questions(built, framework, lang):
    without = [factor for factor in framework.all("factors") if not factor.questions]
    assert without, "every factor has questions: the pointer is not needed any more"
    for factor in without:
        page = built.soup(url_for(factor, lang))
        pointer = page.select_one("article .factor-no-questions")
        assert pointer is not None, f"{factor.id}: says nothing about questions"
        target = url_for(factor.level, lang) + "#questions"
        assert target in built.links(url_for(factor, lang), "article .factor-no-questions a[href]")
        assert built.soup(url_for(factor.level, lang)).select_one("article #questions") is not None


# ---------------------------------------------------------------------------------------------------
# The framework's own framing, the AIF's stages and the original publications

@pytest.mark.parametrize("lang, words", [("da", ("De fire I'er", "De fire K'er")), ("nb", ("de fire I-ene", "de fire K-ene"))])
def test_the_four_is_and_ks_frame_the_levels(built, framework, lang, words):
    """Ramme section 2: the levels, 'De fire I'er' or 'De fire K'er', are the starting point of the analysis."""
    for entity in ("levels", framework.get("topics", "hvad-er-implementering")):
        text = built.soup(url_for(entity, lang)).select_one("article").get_text(" ")
        assert all(word in text for word in words), f"{url_for(entity, lang)}: {words}"


def test_the_aif_lists_as_many_stages_as_it_says(framework):
    body = framework.get("process-models", "active-implementation-framework").body
    for lang in LANGUAGES:
        text = re.sub(r"[ \t]*\n[ \t]*(?!\d+\.)", " ", body[lang])  # lines joined, list items kept apart
        six = "seks stadier"
        assert six in text
        stages = re.findall(r"^\s*\d+\.\s", text.split(six, 1)[1], flags=re.M)
        assert len(stages) == 6, f"{lang}: {len(stages)} stages listed after «{six}»"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sources_link_to_the_original_publication(built, framework, lang):
    with_url = [source for source in framework.all("sources") if source.url]
    assert with_url
    for source in with_url:
        page = built.soup(url_for(source, lang))
        assert page.select_one(f"article .source-facts a[href='{source.url}']"), f"{source.id}: no link on its page"
        citing = source.cited_by[0] if source.cited_by else None
        if citing is not None and citing.kind != "sources":
            box = built.soup(url_for(citing, lang)).select_one("article .citations")
            assert box.select_one(f"a[href='{source.url}']"), f"{citing.id}: the citation of {source.id} has no link"
