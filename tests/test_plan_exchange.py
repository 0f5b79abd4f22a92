"""Plans in and out of the browser: JSON export and import (also how a team shares a plan), CSV for
Excel and a Word file, made by the tool in real Chromium and opened as their programs would."""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata

import docx
import jsonschema
import pytest
from pypdf import PdfReader

from conftest import LANGUAGES
from plan_page import PLAN_SCHEMA_FILE, PlanPage, fill_sample_plan

CSV_KEYS = ["phase", "id", "question", "answer", "initiatives", "responsible", "deadline", "milestones", "status", "note"]


@pytest.fixture
def contexts(browser):
    """Fresh browser profiles: nothing stored, as on a colleague's computer."""
    opened = []

    def new():
        opened.append(browser.new_context(accept_downloads=True))
        return opened[-1]
    yield new
    for context in opened:
        context.close()


@pytest.fixture
def filled(contexts, site_url, request):
    tool = PlanPage(contexts().new_page(), site_url, request.param).open()
    fill_sample_plan(tool)
    return tool


def the_plan(tool: PlanPage) -> dict:
    [plan] = tool.stored_plans()
    return plan


@pytest.mark.parametrize("filled", LANGUAGES, indirect=True)
def test_exported_json_imported_in_a_fresh_browser_is_the_same_plan(filled, contexts, site_url, tmp_path):
    exported = filled.download("plan_export_json", tmp_path)
    assert re.fullmatch(r"implementeringsplan-familiestoette-paa-aeroe-\d{4}-\d{2}-\d{2}\.json", exported.name)
    content = json.loads(exported.read_text(encoding="utf-8"))
    jsonschema.validate(content, json.loads(PLAN_SCHEMA_FILE.read_text()), format_checker=jsonschema.FormatChecker())
    assert content["plan"] == the_plan(filled)

    colleague = PlanPage(contexts().new_page(), site_url, filled.lang).open()
    colleague.import_file(exported)
    assert colleague.wait_for_status(colleague.t["plan_imported"].replace("{name}", "Familiestøtte på Ærø"))
    assert the_plan(colleague) == the_plan(filled)
    assert colleague.row_field(0, "plan_initiatives").input_value() == "Workshop om merværdi – på Ærø"
    assert colleague.row_titles() == filled.row_titles()


def test_an_import_never_replaces_a_plan_without_asking(contexts, site_url, tmp_path):
    tool = PlanPage(contexts().new_page(), site_url, "da").open()
    fill_sample_plan(tool)
    exported = tool.download("plan_export_json", tmp_path)
    tool.row_field(0, "plan_note").fill("Skrevet efter eksporten")

    tool.answer_dialogs = False  # "import as a copy", not "replace"
    tool.import_file(exported)
    tool.wait_for_status(tool.t["plan_imported"].replace("{name}", "Familiestøtte på Ærø"))
    assert tool.dialogs[-1] == tool.t["plan_import_replace"].replace("{name}", "Familiestøtte på Ærø")
    plans = tool.stored_plans()
    assert len(plans) == 2 and len({plan["id"] for plan in plans}) == 2
    assert sorted(plan["rows"][0]["note"] for plan in plans) == ["", "Skrevet efter eksporten"]

    tool.answer_dialogs = True
    tool.page.locator(".plan-status").evaluate("el => el.replaceChildren()")
    tool.import_file(exported)
    tool.wait_for_status(tool.t["plan_imported"].replace("{name}", "Familiestøtte på Ærø"))
    assert len(tool.stored_plans()) == 2
    assert sorted(plan["rows"][0]["note"] for plan in tool.stored_plans()) == ["", ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_damaged_foreign_and_too_large_files_are_refused_and_nothing_changes(contexts, site_url, tmp_path, lang):
    tool = PlanPage(contexts().new_page(), site_url, lang).open()
    fill_sample_plan(tool)
    good = json.loads(tool.download("plan_export_json", tmp_path).read_text(encoding="utf-8"))
    before = tool.stored()
    wrong_answer = json.loads(json.dumps(good))
    wrong_answer["plan"]["rows"][0]["answer"] = "måske"
    cases = {
        "plan_import_damaged": json.dumps(good)[:-40],                               # cut off
        "plan_import_foreign": json.dumps({"type": "FeatureCollection", "features": []}),
        "plan_import_too_large": json.dumps({**good, "padding": "x" * (6 * 1024 * 1024)}),
        "plan_import_invalid": json.dumps(wrong_answer),
    }
    for key, content in cases.items():
        path = tmp_path / f"{key}.json"
        path.write_text(content, encoding="utf-8")
        tool.import_file(path)
        message = tool.wait_for_status(tool.t[key])
        if key == "plan_import_invalid":
            assert message.endswith("#/plan/rows/0/answer")
        assert tool.stored() == before, key
    assert tool.dialogs == []


@pytest.mark.parametrize("filled", LANGUAGES, indirect=True)
def test_the_csv_opens_in_excel_with_the_right_columns_and_letters(filled, tmp_path, framework):
    data = filled.download("plan_export_csv", tmp_path).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    t = filled.t
    assert rows[0] == [t[f"plan_csv_{key}"] for key in CSV_KEYS]
    plan = the_plan(filled)
    assert [row[1] for row in rows[1:]] == [row.get("question") or row.get("tool") for row in plan["rows"]]
    first = dict(zip(CSV_KEYS, rows[1]))
    assert first["initiatives"] == "Workshop om merværdi – på Ærø" and first["responsible"] == "Åse Ødegård"
    assert first["answer"] == t["plan_answer_high"] and first["status"] == t["plan_status_in_progress"]
    assert first["deadline"] == "2020-03-01"
    question = framework.get("templates", "vaerktoej-5-implementeringsplan").parts[0].questions[0]
    assert first["question"] == question.text[filled.lang]
    assert first["phase"] == framework.get("phases", "forberede").title[filled.lang]


@pytest.mark.parametrize("filled", LANGUAGES, indirect=True)
def test_the_word_file_holds_the_answers(filled, tmp_path, framework):
    requested = []
    filled.page.on("request", lambda request: requested.append(request.url))
    path = filled.download("plan_export_word", tmp_path)
    assert path.suffix == ".docx"
    assert any(url.endswith("/vendor/docx-9.15.2/index.iife.js") for url in requested)
    document = docx.Document(str(path))
    assert document.core_properties.title == "Familiestøtte på Ærø"
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for text in ("Workshop om merværdi – på Ærø", "Åse Ødegård", filled.t["plan_answer_high"],
                 filled.t["plan_status_done"], "Ærø Kommune og Frivilligcenter Østerø",
                 "Målgruppen er på plads; økonomien mangler.", filled.t["gate_go_conditions"]):
        assert text in cells, text
    template = framework.get("templates", "vaerktoej-5-implementeringsplan")
    assert template.parts[0].questions[0].text[filled.lang] in cells
    header = document.tables[2].rows[0].cells  # details, readiness, then the first phase
    assert [cell.text for cell in header][:2] == [template.question_column[filled.lang], template.columns[0].title[filled.lang]]
    assert document.sections[1].page_width > document.sections[1].page_height  # the plan's tables on landscape pages


def test_the_word_library_is_loaded_only_when_asked_for(contexts, site_url):
    page = contexts().new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    tool = PlanPage(page, site_url, "da").open()
    tool.new_plan("Uden Word")
    page.wait_for_load_state("networkidle")
    assert not any("vendor/docx" in url for url in requested)


@pytest.mark.parametrize("filled", LANGUAGES, indirect=True)
def test_the_print_view_is_the_filled_plan_on_a4_forms(filled, framework):
    page = filled.page
    page.evaluate("() => { window.print = () => {}; }")  # the dialog itself is the browser's
    filled.button("plan_print").click()
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pdf.pages}
    assert sizes == {(595, 842), (842, 595)}  # A4 portrait, and landscape for the plan's wide tables
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in pdf.pages)))
    template = framework.get("templates", "vaerktoej-5-implementeringsplan")
    for expected in ("Familiestøtte på Ærø", "Workshop om merværdi – på Ærø", "Åse Ødegård", filled.t["plan_answer_high"],
                     template.columns[1].title[filled.lang], filled.t["gate_go_conditions"]):
        assert re.sub(r"\s+", "", unicodedata.normalize("NFKC", expected)) in text, expected
    for control in ("plan_new", "plan_export_csv", "plan_readiness_intro"):
        assert re.sub(r"\s+", "", filled.t[control]) not in text, control
