"""Completeness of the content, counted against the source documents.

The expected numbers are parsed from the seed texts in ``../shared/seeds`` (the text extractions the
site is written from), not written down here: if a writer leaves out a question, a factor or a step,
or the data and the source drift apart, these tests say which and where. Where the seeds' structure
cannot be parsed the test says why in a comment.
"""
from __future__ import annotations

import copy
import dataclasses
import difflib
import re
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from macros import model as m
from macros.loader import load_framework

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"

if not SEEDS.is_dir() or not list(SEEDS.glob("0*_*.txt")):
    pytest.skip(f"the source documents are not available at {SEEDS}; the content cannot be counted against them",
                allow_module_level=True)

# The tools of the content brief's fixed id list (not a count from a seed: the brief fixes the ids).
TOOLS = ("maalhierarki", "forandringsteori", "interessentanalyse", "milepaelsplan", "risikoanalyse",
         "parathedsanalyse", "implementeringsplan", "forankringsplan", "standarddagsorden", "standardoplaeg",
         "samarbejdsaftale", "monitoreringssystem", "implementeringsteam", "fremtidsvaerksted")

# Slide headings of seed 003 -> the checklist that transcribes the slide (ids fixed by the content brief).
NORWEGIAN_CHECKLISTS = {
    "Sjekkliste": "sjekkliste-lokal-implementering",
    "Vurdering av hvor godt tiltaket passer til kommunen": "vurdering-af-passform",
    "Risiko-analyse: hva kan gå galt?": "risici",
    "Kommunenes erfaringer med - suksessfaktorer i planarbeidet": "suksessfaktorer",
    "Brukermedvirkning": "brukermedvirkning",
}


# ---------------------------------------------------------------------------------------------------
# Helpers

def seed(number: int) -> str:
    paths = sorted(SEEDS.glob(f"{number:03d}_*.txt"))
    assert paths, f"seed {number:03d} is missing in {SEEDS}"
    return paths[0].read_text(encoding="utf-8")


QUOTES = str.maketrans({c: "" for c in "'\"‘’‚“”„«»`"})
DASHES = str.maketrans({c: "-" for c in "‐‑‒–—−"})


def norm(text: str) -> str:
    """Text as a reader reads it: no HTML, Markdown, bullets, quotes or extra whitespace; lower case."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&amp;", "&")
    text = re.sub(r"[*_]+", "", text)
    text = text.replace("•", " ").replace("…", " ").translate(QUOTES).translate(DASHES)
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text.strip(" ,.;:")


def ratio(a: str, b: str) -> float:
    """Similarity of two texts, by characters or, to allow repaired word order, by their sorted words."""
    a, b = norm(a), norm(b)
    by_characters = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    by_words = difflib.SequenceMatcher(None, sorted(a.split()), sorted(b.split()), autojunk=False).ratio()
    return max(by_characters, by_words)


def slug(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def assert_similar(data_texts, seed_texts, minimum: float, what: str):
    """The data transcribes the seed item by item, in order (allowing repaired typos and OCR damage)."""
    assert len(data_texts) == len(seed_texts), (
        f"{what}: {len(data_texts)} in the data, {len(seed_texts)} in the source")
    for number, (ours, theirs) in enumerate(zip(data_texts, seed_texts), start=1):
        assert ratio(ours, theirs) >= minimum, (
            f"{what}, item {number}: the data's text does not transcribe the source "
            f"(similarity {ratio(ours, theirs):.2f} < {minimum}):\n  data:   {ours!r}\n  source: {theirs!r}")


def sections(text: str, marker: str) -> dict[str, str]:
    """Markdown sections at one heading depth: heading text -> body (first occurrence wins)."""
    found: dict[str, str] = {}
    parts = re.split(rf"^{re.escape(marker)} +(.+?) *$", text, flags=re.M)
    for heading, body in zip(parts[1::2], parts[2::2]):
        found.setdefault(heading.strip(), body)
    return found


def bullets(body: str) -> list[str]:
    """Top-level Markdown list items ('- ' at the start of the line)."""
    return [line[2:].strip() for line in body.splitlines() if line.startswith("- ")]


def fragment(html: str) -> list[Tag]:
    soup = BeautifulSoup(html, "lxml")
    return [child for child in soup.body.children if isinstance(child, Tag)] if soup.body else []


def own_text(li: Tag) -> str:
    """A list item's text without its nested lists."""
    li = copy.copy(li)
    for nested in li.find_all("ul"):
        nested.decompose()
    return li.get_text(" ")


def top_items(ul: Tag) -> list[Tag]:
    return ul.find_all("li", recursive=False)


@pytest.fixture(scope="module")
def fw():
    return load_framework(ROOT / "data")


@pytest.fixture(scope="module")
def slides() -> dict[str, str]:
    """Seed 000, slide heading -> slide text."""
    return sections(seed(0), "#")


@pytest.fixture(scope="module")
def level_ids(fw) -> set[str]:
    return {level.id for level in fw.all("levels")}


def level_of(heading: str, level_ids) -> str:
    """'Individuelt - Kompetencer', '2.1. Individuelt niveau - Kompetencer', 'Infrastrukturelt/kontekst niveau'
    -> the level id (the source names the levels by the same word as the fixed ids)."""
    word = re.sub(r"^[\d.\s]+", "", heading).split()[0].split("/")[0].lower()
    assert word in level_ids, f"source heading {heading!r} names no known level ({sorted(level_ids)})"
    return word


# ---------------------------------------------------------------------------------------------------
# Levels and factors (seed 000 slide «Vores tilgang til implementering», seed 001 sections 2.1–2.4)

@pytest.fixture(scope="module")
def slide_factors(slides, level_ids) -> dict[str, list[str]]:
    """Slide «Vores tilgang til implementering»: '## Individuelt - Kompetencer' with '- ' items."""
    slide = sections(slides["Vores tilgang til implementering"], "##")
    return {level_of(heading, level_ids): bullets(body) for heading, body in slide.items()
            if heading.split()[0].lower() in level_ids}


@pytest.fixture(scope="module")
def ramme_factors(level_ids) -> dict[str, list[str]]:
    """Ramme sections 2.1–2.4: every factor is a top-level '- **Name** explanation' item (the management
    levels under 'Ledelse og ledelsesstrukturer' are indented, so they are not counted). Section 2.4 has
    no such list: the infrastructural factors are only listed on the slide."""
    found = {}
    for heading, body in sections(seed(1), "##").items():
        if re.match(r"2\.\d\.", heading):
            names = [re.match(r"\*\*(.+?)\*\*", item).group(1).strip(" .") for item in bullets(body)
                     if item.startswith("**")]
            if names:
                found[level_of(heading, level_ids)] = names
    return found


def expected_factors(level_id, slide_factors, ramme_factors) -> list[str]:
    """The factor names the site must have on a level: the Ramme's list where the Ramme has one, else the slide's.

    - individuelt: slide and Ramme both name 3 (Kompetencer/Fagprofessionelle kompetencer, Motivation,
      Caselod pr. medarbejder/Caseload).
    - interpersonelt: the slide has 'Samarbejdsrelationer', 'Vaner, værdier og normer', 'Kommunikation';
      Ramme 2.2 groups differently: 'Samarbejdsrelationerne og kommunikationen', 'Kultur', 'Værdier og
      normer'. The site follows the Ramme: 3.
    - institutionelt: the Ramme (2.3) has the slide's 6 plus 'Incitamentsstrukturer', which the slide lacks;
      the union of both lists is the Ramme's 7 (checked in test_institutional_factors_are_the_union).
    - infrastrukturelt: only the slide lists them (Ramme 2.4 is prose): 8.
    """
    return ramme_factors.get(level_id) or slide_factors[level_id]


def test_the_sources_list_factors_for_every_level(fw, slide_factors, ramme_factors):
    assert set(slide_factors) == {level.id for level in fw.all("levels")}
    assert "infrastrukturelt" not in ramme_factors  # the Ramme has no list for it: the slide decides
    assert len(slide_factors["individuelt"]) == len(ramme_factors["individuelt"])


def test_institutional_factors_are_the_union(slide_factors, ramme_factors):
    slide, ramme = slide_factors["institutionelt"], ramme_factors["institutionelt"]
    only_on_slide = [name for name in slide if max(ratio(name, other) for other in ramme) < 0.75]
    assert not only_on_slide, f"institutional factors on the slide but not in Ramme 2.3: {only_on_slide}"
    assert len(ramme) == len(slide) + 1  # the Ramme adds 'Incitamentsstrukturer'
    assert norm(ramme[-1]) == "incitamentsstrukturer"


def test_factors_per_level(fw, slide_factors, ramme_factors):
    for level in fw.all("levels"):
        expected = expected_factors(level.id, slide_factors, ramme_factors)
        factors = sorted(level.factors, key=lambda f: f.order)
        assert [f.order for f in factors] == list(range(1, len(factors) + 1)), f"{level.id}: factor order"
        assert len(factors) == len(expected), (
            f"level {level.id}: {len(factors)} factors in data/factors, the source lists {len(expected)}: {expected}")
        assert_similar([f.title.da for f in factors], expected, 0.75, f"factors of level {level.id}")


def test_infrastructural_level_has_the_slides_eight(fw, slide_factors):
    assert len(slide_factors["infrastrukturelt"]) == 8  # parsed; the brief states the slide has 8
    assert len(fw.get("levels", "infrastrukturelt").factors) == len(slide_factors["infrastrukturelt"])


def test_central_questions(fw, slides, level_ids):
    slide = sections(slides["Vores fire centrale spørgsmål"], "##")
    questions = {level_of(heading, level_ids): bullets(body) for heading, body in slide.items()}
    assert set(questions) == level_ids, "the slide has one central question per level"
    for level in fw.all("levels"):
        assert len(questions[level.id]) == 1
        assert " ".join(level.central_question.da.split()) == " ".join(questions[level.id][0].split()), (
            f"level {level.id}: central question differs from slide «Vores fire centrale spørgsmål»")
        assert level.central_question.nb.strip()


# ---------------------------------------------------------------------------------------------------
# Reflection questions (seed 001 section 3, a two-column table split over two pages, as HTML fragments)

@pytest.fixture(scope="module")
def reflection() -> dict[str, list[dict]]:
    """Section id -> the questions of the source, each {'text', 'label', 'points'}, in source order.

    The table's header row gives the process column's name ('Processpørgsmål'); its first cell holds the
    process questions (top-level <li>, sub-points in a nested <ul>), the second cell the implementation
    questions under <p><b>Level/x niveau</b></p> headings, the institutional ones in the sub-lists
    'Ledelse:' and 'Organisationsstrukturer'. The table breaks across the page inside the
    Organisationsstrukturer list: the second half starts with a plain <p> (the rest of the cut question)
    and a top-level <ul> with the rest of that sub-list. The cut question is counted once.
    """
    text = seed(1).split("## 3. Refleksionsspørgsmål", 1)[1]
    rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
    headers = [cells for cells in rows if "<" not in "".join(cells)]
    halves = [cells for cells in rows if "<" in "".join(cells)]
    assert len(headers) == len(halves) == 2, "section 3 is a table printed on two pages"
    process_id = slug(headers[0][0].strip())

    result: dict[str, list[dict]] = {process_id: []}
    level_heading, group = None, None
    for process_cell, implementation_cell in halves:
        for ul in fragment(process_cell):
            for li in top_items(ul):
                nested = li.find("ul")
                result[process_id].append({
                    "label": li.find("b").get_text(" ").strip(),
                    "text": own_text(li),
                    "points": [item.get_text(" ") for item in top_items(nested)] if nested else [],
                })
        for element in fragment(implementation_cell):
            if element.name == "p" and element.find("b"):
                level_heading = element.get_text(" ").strip()
                group = slug(level_heading.split("/")[0])
                result.setdefault(group, [])
            elif element.name == "p":  # the rest of a question cut by the page break
                result[group][-1]["text"] += " " + element.get_text(" ")
            elif element.name == "ul":
                for li in top_items(element):
                    nested = li.find("ul")
                    if nested:  # 'Ledelse:' / 'Organisationsstrukturer' with their questions
                        label = li.find("b").get_text(" ").strip(" :")
                        group = f"{slug(level_heading.split('/')[0])}-{slug(label)}"
                        result[group] = [{"text": item.get_text(" "), "label": None, "points": []}
                                         for item in top_items(nested)]
                    else:
                        result[group].append({"text": own_text(li), "label": None, "points": []})
    return {key: value for key, value in result.items() if value}


def test_reflection_question_sections(fw, reflection):
    checklist = fw.get("checklists", "refleksionsspoergsmaal")
    counts = {section.id: len(section.items) for section in checklist.sections}
    expected = {key: len(value) for key, value in reflection.items()}
    assert list(counts) == list(expected), "sections of refleksionsspoergsmaal.yml vs Ramme section 3"
    assert counts == expected, "questions per section of refleksionsspoergsmaal.yml vs Ramme section 3"


def test_reflection_question_texts(fw, reflection):
    checklist = fw.get("checklists", "refleksionsspoergsmaal")
    for section in checklist.sections:
        source = reflection[section.id]
        ours = [f"{item.label.da if item.label else ''} {item.text.da}" for item in section.items]
        assert_similar(ours, [q["text"] for q in source], 0.9, f"refleksionsspoergsmaal, section {section.id}")
        for item, question in zip(section.items, source):
            if question["label"]:
                assert norm(item.label.da) == norm(question["label"]), f"label of {item.id}"
            assert_similar([p.da for p in item.points], question["points"], 0.9, f"sub-points of {item.id}")


def test_reflection_implementation_questions_have_their_level(fw, reflection, level_ids):
    checklist = fw.get("checklists", "refleksionsspoergsmaal")
    for section in checklist.sections:
        level = section.id.split("-")[0]
        if level in level_ids:
            wrong = [item.id for item in section.items if item.level_id != level]
            assert not wrong, f"section {section.id}: items without level {level}: {wrong}"


def test_reflection_sub_points(fw, reflection):
    """Forandringsteori has 5 sub-points and Monitoreringssystem og opfølgning 3 in the source."""
    process = next(iter(reflection.values()))
    with_points = {norm(q["label"]): len(q["points"]) for q in process if q["points"]}
    assert with_points == {"forandringsteori": 5, "monitoreringssystem og opfølgning": 3}
    items = {norm(item.label.da): len(item.points)
             for item in fw.get("checklists", "refleksionsspoergsmaal").items if item.label and item.points}
    assert items == with_points


# ---------------------------------------------------------------------------------------------------
# Værktøj 5 (seed 004): two parts, each tab-separated tables of questions

@pytest.fixture(scope="module")
def vaerktoej5() -> list[dict]:
    """[{'title', 'headers': [[cells]], 'questions': [{'text', 'note'}]}] per 'DEL n:' heading.

    Header rows are the rows with text in the answer cells; question rows have the answer cells empty.
    """
    parts = []
    for line in seed(4).splitlines():
        heading = re.match(r"^#+\s*(DEL\s+\d+\s*:.*?)\s*$", line)
        if heading:
            parts.append({"title": heading.group(1), "headers": [], "questions": []})
        elif "\t" in line and parts:
            cells = line.split("\t")
            if any(cell.strip() for cell in cells[1:]):
                parts[-1]["headers"].append(cells)
            else:
                note = re.search(r"<i>(.*?)</i>", cells[0])
                parts[-1]["questions"].append({"text": re.sub(r"<i>.*?</i>", "", cells[0]),
                                               "note": note.group(1) if note else None})
    return parts


def test_vaerktoej5_parts_and_questions(fw, vaerktoej5):
    template = fw.get("templates", "vaerktoej-5-implementeringsplan")
    assert len(template.parts) == len(vaerktoej5) == 2
    for part, source in zip(template.parts, vaerktoej5):
        assert ratio(part.title.da, source["title"]) >= 0.9, f"{part.id}: title vs {source['title']!r}"
        assert len(part.questions) == len(source["questions"]), (
            f"{part.id}: {len(part.questions)} questions, the source's tables have {len(source['questions'])}")
        assert_similar([q.text.da for q in part.questions], [q["text"] for q in source["questions"]], 0.9,
                       f"Værktøj 5, {part.id}")
        for question, theirs in zip(part.questions, source["questions"]):
            assert (question.note is None) == (theirs["note"] is None), f"{question.id}: italic note"
            if question.note:
                assert ratio(question.note.da, theirs["note"]) >= 0.9, f"{question.id}: note"


def test_vaerktoej5_columns(fw, vaerktoej5):
    template = fw.get("templates", "vaerktoej-5-implementeringsplan")
    widths = {len(cells) for part in vaerktoej5 for cells in part["headers"]}
    assert len(widths) == 1, "every table of Værktøj 5 has the same columns"
    answer_columns = widths.pop() - 1  # minus the question column
    assert len(template.columns) == answer_columns
    first_header = vaerktoej5[0]["headers"][0]
    assert norm(template.question_column.da) == norm(first_header[0])
    for column, cell in zip(template.columns, first_header[1:]):
        title = re.sub(r"\s*\(.*\)\s*$", "", cell)
        hint = re.search(r"\((.*)\)\s*$", cell)
        assert norm(column.title.da) == norm(title), f"column {column.id}"
        assert (column.hint is None) == (hint is None), f"column {column.id}: hint"
        if hint:
            assert norm(column.hint.da) == norm(hint.group(1)), f"column {column.id}: hint"


# ---------------------------------------------------------------------------------------------------
# Phases and gates (seed 000 slide «Overordnet plan for implementeringsforløb»)

@pytest.fixture(scope="module")
def overall_plan(slides) -> dict:
    """The slide's rows: FORMAL (phase names, STOP/GO), MILEPÆLE, FORM and VÆRKTØJER, each a Markdown table
    whose cells are <ul> lists, one per column."""
    slide = slides["Overordnet plan for implementeringsforløb"]
    lines = slide.splitlines()

    def start(label):  # the row labels: 'FORMAL', 'MILEPÆLE/', 'FORM', 'Soc VÆRKTØJER'
        return next(i for i, line in enumerate(lines) if line.strip() == label or line.startswith(label + " "))

    def columns(first, last):
        uls = BeautifulSoup("\n".join(lines[first:last]), "lxml").find_all("ul")
        return [[li.get_text(" ").replace("•", " ").strip() for li in ul.find_all("li")] for ul in uls]

    formal, milestones, form, tools = start("FORMAL"), start("MILEPÆLE/"), start("FORM"), start("Soc VÆRKTØJER")
    first_gate = start("STOP/GO")
    return {
        "names": [line.strip() for line in lines[formal + 1:first_gate] if line.strip()],
        "gates": re.findall(r"STOP/GO\s+(.+?\?)", slide, flags=re.S),
        "milestones": columns(milestones, form),
        "form": columns(form, tools),
        "tools": columns(tools, len(lines)),
    }


def test_phases_are_the_columns_of_the_plan(fw, overall_plan):
    phases = fw.all("phases")
    assert [p.order for p in phases] == list(range(1, len(phases) + 1))
    assert len(phases) == len(overall_plan["milestones"]) == len(overall_plan["form"]) == len(overall_plan["tools"])
    # The FORMAL row names the last three columns; the first (start-up) column has no name on the slide.
    names = overall_plan["names"]
    assert [p.title.da for p in phases[-len(names):]] == names
    for phase, milestones, form in zip(phases, overall_plan["milestones"], overall_plan["form"]):
        assert_similar([t.da for t in phase.milestones], milestones, 0.9, f"milestones of {phase.id}")
        work_forms = [part for cell in form for part in re.split(r",\s*", cell)]
        assert len(phase.work_forms) == len(work_forms), f"work forms of {phase.id}: {work_forms}"


def test_tools_of_the_plan_have_their_phase(fw, overall_plan):
    tools = fw.all("tools")
    for phase, cells in zip(fw.all("phases"), overall_plan["tools"]):
        for name in (part for cell in cells for part in re.split(r",\s*", cell)):
            matches = [t for t in tools if norm(name).startswith(norm(t.title.da))]
            assert matches, f"the slide's tool {name!r} ({phase.id}) has no file in data/tools"
            tool = max(matches, key=lambda t: len(t.title.da))
            assert phase.id in tool.phase_ids, f"tool {tool.id} is listed for {phase.id} on the slide"


def test_gates(fw, overall_plan):
    gates, phases = fw.all("gates"), fw.all("phases")
    assert len(gates) == len(overall_plan["gates"]) == 2
    # The gates stand between the named phases: one fewer than there are names.
    assert len(gates) == len(overall_plan["names"]) - 1
    by_order = {p.order: p for p in phases}
    for gate in gates:
        assert by_order.get(gate.from_phase.order + 1) is gate.to_phase, f"{gate.id} must lead to the next phase"
        assert gate.from_phase.title.da in overall_plan["names"]
    assert sorted(g.from_phase.order for g in gates) == [p.order for p in phases[-len(gates) - 1:-1]]
    for gate, question in zip(sorted(gates, key=lambda g: g.from_phase.order), overall_plan["gates"]):
        assert norm(gate.question.da) == norm(question)


# ---------------------------------------------------------------------------------------------------
# Process models

def test_implementeringsguide_steps(fw, slides):
    source = [re.sub(r"^\d+\.\s+", "", line) for line in slides["Implementeringsguide"].splitlines()
              if re.match(r"^\d+\.\s", line)]
    model = fw.get("process-models", "implementeringsguide-5-trin")
    assert len(source) == 5
    assert_similar([s.title.da for s in model.steps], source, 0.9, "implementeringsguide-5-trin")


def test_styringsgrundlag_steps(fw):
    # 'Trin N: Title. ...' in seed 002 (OCR-damaged: 'Leeringsfase' = Læringsfase)
    found = re.findall(r"Trin (\d+): ([^.:]+)", seed(2))
    numbers = [int(n) for n, _ in found]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 7
    model = fw.get("process-models", "styringsgrundlag-7-trin")
    assert_similar([s.title.da for s in model.steps], [f"Trin {n}: {title}" for n, title in found], 0.85,
                   "styringsgrundlag-7-trin")


def test_vaerktoej5_phases(fw, vaerktoej5):
    model = fw.get("process-models", "vaerktoej-5-faser")
    assert_similar([s.title.da for s in model.steps], [p["title"] for p in vaerktoej5], 0.9, "vaerktoej-5-faser")


def test_active_implementation_framework_has_steps(fw):
    # Editorial: seed 003 has only the slide title «The active implementation framework (Fixsen et al., 2005)».
    assert len(fw.get("process-models", "active-implementation-framework").steps) >= 1


# ---------------------------------------------------------------------------------------------------
# Norwegian checklists (seed 003: a heading line followed by '- ' items)

@pytest.fixture(scope="module")
def norwegian_slides() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    heading = None
    for line in seed(3).splitlines():
        if line.startswith("- "):
            if heading is not None:
                found[heading].append(line[2:].strip())
        elif line.strip():
            heading = line.strip()
            found.setdefault(heading, [])
    return found


@pytest.mark.parametrize("heading, checklist_id", NORWEGIAN_CHECKLISTS.items())
def test_norwegian_checklist(fw, norwegian_slides, heading, checklist_id):
    source = norwegian_slides[heading]
    checklist = fw.get("checklists", checklist_id)
    assert source, f"slide «{heading}» has no items"
    assert len(checklist.items) == len(source), (
        f"{checklist_id}: {len(checklist.items)} items, slide «{heading}» has {len(source)}")
    assert_similar([item.text.nb for item in checklist.items], source, 0.85, f"{checklist_id} (nb)")


# ---------------------------------------------------------------------------------------------------
# Tools, relations, texts

def test_every_tool_of_the_brief_exists(fw):
    ids = {tool.id for tool in fw.all("tools")}
    assert not set(TOOLS) - ids, f"missing tools: {sorted(set(TOOLS) - ids)}"


def test_every_tool_has_a_phase(fw):
    assert not [t.id for t in fw.all("tools") if not t.phases]


def test_every_page_has_titles_summaries_and_citations(fw):
    for entity in fw.pages():
        where = f"{entity.kind}/{entity.id}"
        for field in ("title", "summary"):
            for lang in m.LANGUAGES:
                assert getattr(entity, field)[lang].strip(), f"{where}: {field}.{lang} is empty"
        if not isinstance(entity, m.Source):
            assert entity.citations, f"{where}: cites no source"


def test_the_seed_sources_are_the_seed_documents(fw):
    # A source without citations is one of the documents the site is written from; there is one per seed file.
    seeds = [s for s in fw.all("sources") if s.is_seed]
    assert len(seeds) == len(list(SEEDS.glob("0*_*.txt")))


def test_relations(fw):
    problems = []
    for factor in fw.all("factors"):
        if factor.level is None:
            problems.append(f"factor {factor.id} has no level")
        if not factor.questions and not factor.tools:
            problems.append(f"factor {factor.id} has no question and no tool")
    problems += [f"tool {t.id} has no phase" for t in fw.all("tools") if not t.phases]
    problems += [f"phase {p.id} has no tool" for p in fw.all("phases") if not p.tools]
    for item in fw.get("checklists", "refleksionsspoergsmaal").items:
        if not (item.level or item.factor or item.phase or item.tool):
            problems.append(f"refleksionsspoergsmaal item {item.id} has no level, factor, phase or tool")
    assert not problems, "\n".join(problems)


def texts(obj):
    """Every Text an entity's own fields hold (not its citations, nor the relations the linker fills)."""
    for field in dataclasses.fields(obj):
        if not field.init or field.name in ("citations", "editorial"):
            continue
        yield from _texts(getattr(obj, field.name))


def _texts(value):
    if isinstance(value, m.Text):
        yield value
    elif isinstance(value, tuple):
        for element in value:
            yield from _texts(element)
    elif dataclasses.is_dataclass(value) and not isinstance(value, m.Entity):
        yield from texts(value)


@pytest.mark.parametrize("kind", ["factors", "levels", "tools", "checklists"])
def test_texts_are_translated(fw, kind):
    for entity in fw.all(kind):
        found = list(texts(entity))
        assert any(t.da.strip() != t.nb.strip() for t in found), f"{kind}/{entity.id}: da and nb are identical"
        # A long text that is the same in both languages was copied, not translated.
        copied = [t.da[:60] for t in found if len(t.da) > 80 and t.da.strip() == t.nb.strip()]
        assert not copied, f"{kind}/{entity.id}: untranslated texts {copied}"


def test_terms(fw):
    seen: dict[str, str] = {}
    for term in fw.terms:
        assert term.da.strip() and term.nb.strip(), f"terms/{term.id}"
        key = term.da.strip().casefold()
        assert key not in seen, f"terms/{term.id} and terms/{seen[key]} both define {term.da!r}"
        seen[key] = term.id
