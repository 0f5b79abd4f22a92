"""The plan tool keeps plans in the browser: every change saved at once, many plans, nothing lost,
and plans stored by the tool's first version still open (real Chromium, both languages)."""
from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import FIXTURES, LANGUAGES
from plan_page import PLAN_SCHEMA_FILE, TEMPLATE, PlanPage, fill_sample_plan

VERSION_1 = FIXTURES / "plan" / "version-1-storage.json"


@pytest.fixture
def tool(browser, site_url, request):
    context = browser.new_context()
    yield lambda lang: PlanPage(context.new_page(), site_url, lang).open()
    context.close()


def exported(plan: dict) -> dict:
    return {"format": "implementeringsguiden-plan", "version": 2, "exported": "2026-01-01T00:00:00.000Z", "plan": plan}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_plan_is_still_there_after_a_reload(tool, lang):
    page = tool(lang)
    assert page.page.locator(".plan-empty").is_visible()
    fill_sample_plan(page)
    titles = page.row_titles()
    page.reload()
    assert page.page.get_by_label(page.t["plan_choose"]).locator("option:checked").inner_text() == "Familiestøtte på Ærø"
    assert page.field("form_organisation").input_value() == "Ærø Kommune og Frivilligcenter Østerø"
    assert page.field("plan_period_to").input_value() == "2026-12-31"
    assert page.row_titles() == titles
    assert page.row_field(0, "plan_answer").input_value() == "high"
    assert page.row_field(0, "plan_initiatives").input_value() == "Workshop om merværdi – på Ærø"
    assert page.row_field(0, "plan_responsible").input_value() == "Åse Ødegård"
    assert page.row_field(0, "plan_deadline").input_value() == "2020-03-01"
    assert page.row_field(1, "plan_status").input_value() == "done"
    assert page.page.locator('fieldset[data-factor="motivation"]').get_by_label(page.t["plan_mark_barrier"]).is_checked()
    gate = page.page.locator(".plan-gate").first
    assert gate.get_by_label(page.t["gate_go_conditions"], exact=True).is_checked()
    [stored] = page.stored_plans()
    jsonschema.validate(exported(stored), json.loads(PLAN_SCHEMA_FILE.read_text()), format_checker=jsonschema.FormatChecker())


def test_many_plans_created_duplicated_and_deleted_with_undo(tool):
    page = tool("da")
    page.new_plan("Første plan")
    page.row_field(0, "plan_initiatives").fill("Kun i den første")
    page.button("plan_duplicate").click()
    assert "Første plan (kopi)" in page.status()
    page.row_field(0, "plan_initiatives").fill("Ændret i kopien")
    chooser = page.page.get_by_label(page.t["plan_choose"])
    assert chooser.locator("option").all_inner_texts() == ["Første plan", "Første plan (kopi)"]
    chooser.select_option(label="Første plan")
    assert page.row_field(0, "plan_initiatives").input_value() == "Kun i den første"

    page.answer_dialogs = False
    page.button("plan_delete").click()
    assert len(page.stored_plans()) == 2  # the user said no
    page.answer_dialogs = True
    page.button("plan_delete").click()
    assert page.dialogs[-1] == page.t["plan_delete_confirm"].replace("{name}", "Første plan")
    assert [plan["name"] for plan in page.stored_plans()] == ["Første plan (kopi)"]
    page.page.get_by_role("button", name=page.t["plan_undo"]).click()
    assert sorted(plan["name"] for plan in page.stored_plans()) == ["Første plan", "Første plan (kopi)"]
    assert page.row_field(0, "plan_initiatives").input_value() == "Kun i den første"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_plan_stored_in_the_first_format_is_migrated(tool, lang, framework):
    page = tool(lang)
    page.page.evaluate("value => localStorage.setItem('implementeringsguiden.plans', value)", VERSION_1.read_text())
    page.reload()
    assert page.field("plan_name").input_value() == "Værestedet på Nørrebro"
    assert page.field("plan_period_from").input_value() == "2025-02-01"
    preparing, running = [[q.text[lang] for q in part.questions] for part in framework.get("templates", TEMPLATE).parts]
    inter_tab = next(q for q in framework.questions() if q.id == "inter-tab")
    assert inter_tab.label is None and inter_tab.phase is None  # so it goes to its checklist's first phase
    assert page.row_titles() == [*preparing, inter_tab.text[lang], *running]  # rows are shown phase by phase
    assert page.row_field(0, "plan_answer").input_value() == "high"
    assert page.row_field(0, "plan_status").input_value() == "done"
    assert page.row_field(1, "plan_answer").input_value() == "some"
    assert page.row_field(1, "plan_status").input_value() == "in-progress"
    assert page.row_field(1, "plan_note").input_value() == "Tages op på næste møde"
    assert page.page.locator('fieldset[data-factor="motivation"]').get_by_label(page.t["plan_mark_barrier"]).is_checked()

    stored = page.stored()
    assert "implementeringsguiden.plans" not in stored
    [plan] = page.stored_plans()
    schema = json.loads(PLAN_SCHEMA_FILE.read_text())
    jsonschema.validate(exported(plan), schema, format_checker=jsonschema.FormatChecker())
    assert plan["updated"] == "2025-03-02T14:05:00.000Z"  # migrating is not a change by the user


def test_blocked_storage_is_said_plainly_and_an_export_offered(browser, site_url):
    context = browser.new_context()
    context.add_init_script("Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('no', 'SecurityError'); }})")
    try:
        page = PlanPage(context.new_page(), site_url, "da").open()
        alert = page.page.get_by_role("alert")
        assert alert.inner_text().strip() == page.t["plan_storage_blocked"]
        page.new_plan("Kun i hukommelsen")
        assert page.t["plan_storage_blocked"] in alert.inner_text()
        assert alert.get_by_role("button", name=page.t["plan_export_json"]).is_visible()
    finally:
        context.close()


def test_a_full_storage_is_said_plainly(tool):
    page = tool("nb")
    page.new_plan("Stor plan")
    page.page.evaluate("""() => { Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError'); }; }""")
    page.row_field(0, "plan_note").fill("Dette får ikke plass")
    alert = page.page.get_by_role("alert")
    assert page.t["plan_storage_full"] in alert.inner_text()
    with page.page.expect_download() as download:
        alert.get_by_role("button", name=page.t["plan_export_json"]).click()
    assert json.loads(open(download.value.path(), encoding="utf-8").read())["plan"]["rows"][0]["note"] == "Dette får ikke plass"
