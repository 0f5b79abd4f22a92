"""The questions, counted against the seeds: the reflection questions of the Ramme (seed 001, section 3) and
the questions of Værktøj 5, the implementation plan template (seed 004).

The expected numbers and texts are parsed from the seeds, not written down here (see seed_documents.py).
"""
from __future__ import annotations

import re

import pytest

from seed_documents import (assert_similar, fragment, needs_seeds, normalise, own_text, seed, similarity, slug,
                            top_items, vaerktoej5)

pytestmark = needs_seeds


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


def test_reflection_question_sections(framework, reflection):
    checklist = framework.get("checklists", "refleksionsspoergsmaal")
    counts = {section.id: len(section.items) for section in checklist.sections}
    expected = {key: len(value) for key, value in reflection.items()}
    assert list(counts) == list(expected), "sections of refleksionsspoergsmaal.yml vs Ramme section 3"
    assert counts == expected, "questions per section of refleksionsspoergsmaal.yml vs Ramme section 3"


def test_reflection_question_texts(framework, reflection):
    checklist = framework.get("checklists", "refleksionsspoergsmaal")
    for section in checklist.sections:
        source = reflection[section.id]
        ours = [f"{item.label.da if item.label else ''} {item.text.da}" for item in section.items]
        assert_similar(ours, [q["text"] for q in source], 0.9, f"refleksionsspoergsmaal, section {section.id}")
        for item, question in zip(section.items, source):
            if question["label"]:
                assert normalise(item.label.da) == normalise(question["label"]), f"label of {item.id}"
            assert_similar([p.da for p in item.points], question["points"], 0.9, f"sub-points of {item.id}")


def test_reflection_implementation_questions_have_their_level(framework, reflection, level_ids):
    checklist = framework.get("checklists", "refleksionsspoergsmaal")
    for section in checklist.sections:
        level = section.id.split("-")[0]
        if level in level_ids:
            wrong = [item.id for item in section.items if item.level_id != level]
            assert not wrong, f"section {section.id}: items without level {level}: {wrong}"


def test_reflection_sub_points(framework, reflection):
    """Forandringsteori has 5 sub-points and Monitoreringssystem og opfølgning 3 in the source."""
    process = next(iter(reflection.values()))
    with_points = {normalise(q["label"]): len(q["points"]) for q in process if q["points"]}
    assert with_points == {"forandringsteori": 5, "monitoreringssystem og opfølgning": 3}
    items = {normalise(item.label.da): len(item.points)
             for item in framework.get("checklists", "refleksionsspoergsmaal").items if item.label and item.points}
    assert items == with_points


# ---------------------------------------------------------------------------------------------------
# Værktøj 5 (seed 004): two parts, each tab-separated tables of questions

def test_vaerktoej5_parts_and_questions(framework):
    template, parts = framework.get("templates", "vaerktoej-5-implementeringsplan"), vaerktoej5()
    assert len(template.parts) == len(parts) == 2
    for part, source in zip(template.parts, parts):
        assert similarity(part.title.da, source["title"]) >= 0.9, f"{part.id}: title vs {source['title']!r}"
        assert len(part.questions) == len(source["questions"]), (
            f"{part.id}: {len(part.questions)} questions, the source's tables have {len(source['questions'])}")
        assert_similar([q.text.da for q in part.questions], [q["text"] for q in source["questions"]], 0.9,
                       f"Værktøj 5, {part.id}")
        for question, theirs in zip(part.questions, source["questions"]):
            assert (question.note is None) == (theirs["note"] is None), f"{question.id}: italic note"
            if question.note:
                assert similarity(question.note.da, theirs["note"]) >= 0.9, f"{question.id}: note"


def test_vaerktoej5_columns(framework):
    template, parts = framework.get("templates", "vaerktoej-5-implementeringsplan"), vaerktoej5()
    widths = {len(cells) for part in parts for cells in part["headers"]}
    assert len(widths) == 1, "every table of Værktøj 5 has the same columns"
    answer_columns = widths.pop() - 1  # minus the question column
    assert len(template.columns) == answer_columns
    first_header = parts[0]["headers"][0]
    assert normalise(template.question_column.da) == normalise(first_header[0])
    for column, cell in zip(template.columns, first_header[1:]):
        title = re.sub(r"\s*\(.*\)\s*$", "", cell)
        hint = re.search(r"\((.*)\)\s*$", cell)
        assert normalise(column.title.da) == normalise(title), f"column {column.id}"
        assert (column.hint is None) == (hint is None), f"column {column.id}: hint"
        if hint:
            assert normalise(column.hint.da) == normalise(hint.group(1)), f"column {column.id}: hint"


# ---------------------------------------------------------------------------------------------------
# Links from questions to factors

def test_a_question_s_factor_is_on_the_question_s_level(framework):
    """A question asked on one level cannot be about a factor of another (the interpersonal 'brændende
    platform' question was linked to motivation, an individual-level factor)."""
    wrong = [f"{item.checklist.id}#{item.id}: {item.factor.id} is on {item.factor.level.id}, the item on {item.level.id}"
             for item in framework.questions() if item.factor and item.level and item.factor.level is not item.level]
    assert not wrong, "\n".join(wrong)


def test_the_source_s_sub_lists_decide_the_factor(framework, reflection):
    """Ramme section 3 groups the institutional questions under 'Ledelse:' and 'Organisationsstrukturer':
    each question of a sub-list concerns the factor the sub-list names (the technology question stands
    under Organisationsstrukturer, so it is not a question about formaliseringsgrad)."""
    checklist = framework.get("checklists", "refleksionsspoergsmaal")
    sub_lists = [section for section in checklist.sections if section.id.count("-") and section.id in reflection
                 and section.id.split("-")[0] in {level.id for level in framework.levels}]
    assert len(sub_lists) == 2, [section.id for section in sub_lists]
    for section in sub_lists:
        level_id, label = section.id.split("-", 1)
        factors = framework.get("levels", level_id).factors
        named = max(factors, key=lambda factor: similarity(factor.title.da, label))
        wrong = [item.id for item in section.items if item.factor is not named]
        assert not wrong, f"section {section.id} (factor {named.id}): items linked elsewhere: {wrong}"


def test_an_item_s_editorial_mark_names_a_link_it_has(framework):
    for item in framework.questions():
        for name in item.editorial:
            assert getattr(item, name, None), f"{item.checklist.id}#{item.id}: editorial names {name!r}, which it has not"


def test_links_to_another_document_s_framework_are_marked_editorial(framework):
    """Terje Ogden's checklists (seed 003) do not use the Danish framework's factors and tools: every such
    link is the editors' reading and says so."""
    for checklist in framework.all("checklists"):
        if {c.source_id for c in checklist.citations} & {"ramme-for-implementering"}:
            continue
        for item in checklist.items:
            for name in ("level", "factor", "tool"):
                if getattr(item, name):
                    assert item.is_editorial(name), f"{checklist.id}#{item.id}: {name} link not marked editorial"
