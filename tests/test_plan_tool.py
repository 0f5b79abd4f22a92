"""The plan tool's page in both languages: what it reads, the language of a plan, privacy,
accessibility and a phone, in real Chromium."""
from __future__ import annotations

import hashlib
import json
import re

import pytest

from macros.i18n import strings
from macros.urls import open_data_file, open_data_url

from conftest import LANGUAGES, ROOT
from plan_page import TEMPLATE, PlanPage, fill_sample_plan

PLAN_ASSETS = ROOT / "overrides" / "assets" / "plan"
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
# The vendored libraries, exactly as their npm packages ship them (docx@9.15.2: dist/index.iife.js;
# @cfworker/json-schema@4.1.6: dist/esm/*.js). A changed file is a changed dependency: update it here knowingly.
VENDORED = {
    "docx-9.15.2/index.iife.js": "c4af8674f408b38d38db71a5683da7fcaf2973bcafe86dae9e93420a08ab0252",
    "json-schema-4.1.6/deep-compare-strict.js": "e2505a61f0825178ac42d5a506d506abe418ab11116bc091bb9a442f5af13856",
    "json-schema-4.1.6/dereference.js": "1e56a8ad39adc596097362727b2dfe2731efe7e6de31395519b8abe0de341f36",
    "json-schema-4.1.6/format.js": "2cf9acde33bceee0f8a766325ce25ced44bbbe78efafb092d3948b6f6b47834b",
    "json-schema-4.1.6/index.js": "0bc2e59622e49255d9fd72e46a829fba87e17967342e35558c6742f8f75790fb",
    "json-schema-4.1.6/pointer.js": "e2e6a1c6ed3c298ebef9972718f1b0c24098457a5982ffc2840269d2b300084f",
    "json-schema-4.1.6/types.js": "f6c22b344e9da38187d85cbd93e15bb7ec0b245d8b09ba3e2f37e563813c4187",
    "json-schema-4.1.6/ucs2-length.js": "86b053d97a90e5cb81b8feda48aeded8b9da078f521447ad5d7d63823f974d0c",
    "json-schema-4.1.6/validate.js": "0a39e19822777b23c8f373eee9e0ba19dd1fa4f2c61a559aa97545390aa62571",
    "json-schema-4.1.6/validator.js": "9d448d37388bbf096fc31b0e654927739070653df56c54d44504d21e06227525",
}


@pytest.fixture
def context(browser):
    context = browser.new_context(accept_downloads=True)
    yield context
    context.close()


def test_the_vendored_libraries_are_the_pinned_files_with_their_licences():
    vendor = PLAN_ASSETS / "vendor"
    scripts = {path.relative_to(vendor).as_posix() for path in vendor.rglob("*.js")}
    assert scripts == set(VENDORED)
    for name, digest in VENDORED.items():
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name
    assert all((vendor / folder / "LICENSE").is_file() for folder in {name.split("/")[0] for name in VENDORED})


def test_the_tool_keeps_no_text_of_the_framework(framework):
    """Questions, factors and phases come from the open data only: none of their texts is in the code."""
    code = "\n".join(path.read_text(encoding="utf-8") for path in PLAN_ASSETS.glob("*.js"))
    texts = [q.text[lang] for q in framework.questions() for lang in LANGUAGES]
    texts += [q.text[lang] for t in framework.all("templates") for p in t.parts for q in p.questions for lang in LANGUAGES]
    texts += [e.title[lang] for kind in ("factors", "phases", "levels", "gates", "tools") for e in framework.all(kind)
              for lang in LANGUAGES]
    assert [text for text in texts if text in code] == []


def test_the_tool_shows_what_the_open_data_says(context, site_url, site):
    """Change a question in the data file the page loads, and the tool shows the change."""
    data = json.loads((site / open_data_url(open_data_file("da"), "da")).read_text(encoding="utf-8"))
    question = next(q for q in data["questions"] if q["id"] == f"{TEMPLATE}#mervaerdi")
    question["text"] = "Et spørgsmål, som kun findes i denne test?"
    context.route(f"**/{open_data_url(open_data_file('da'), 'da')}",
                  lambda route: route.fulfill(json=data))
    tool = PlanPage(context.new_page(), site_url, "da").open()
    tool.new_plan("Testplan")
    assert tool.row_titles()[0] == "Et spørgsmål, som kun findes i denne test?"


def test_a_plan_made_in_danish_opens_in_norwegian_with_norwegian_questions(context, site_url, framework):
    danish = PlanPage(context.new_page(), site_url, "da").open()
    fill_sample_plan(danish)
    danish_titles = danish.row_titles()
    norwegian = PlanPage(context.new_page(), site_url, "nb").open()
    titles = norwegian.row_titles()
    template = framework.get("templates", TEMPLATE)
    assert titles[0] == template.parts[0].questions[0].text.nb != danish_titles[0]
    questions = {f"{q.checklist.id}#{q.id}": q for q in framework.questions()}
    [plan] = norwegian.stored_plans()
    barrier_rows = [row["question"] for row in plan["rows"] if row.get("factor") == "motivation"]
    assert barrier_rows and all(questions[ref].text.nb in " ".join(titles) for ref in barrier_rows)
    assert not set(titles) & set(danish_titles) - {q.text.nb for q in template.parts[0].questions}
    assert norwegian.row_field(0, "plan_initiatives").input_value() == "Workshop om merværdi – på Ærø"  # as written
    assert norwegian.row_field(0, "plan_answer").locator("option:checked").inner_text() == strings("nb")["plan_answer_high"]
    assert norwegian.page.locator("h2#plan-readiness-heading").inner_text() == strings("nb")["plan_readiness_heading"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_leaves_this_computer_and_no_cookie_is_set(context, site_url, tmp_path, lang):
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    tool = PlanPage(page, site_url, lang).open()
    fill_sample_plan(tool)
    tool.download("plan_export_json", tmp_path)
    tool.download("plan_export_csv", tmp_path)
    tool.download("plan_export_word", tmp_path)
    tool.import_file(next(tmp_path.glob("*.json")))
    tool.wait_for_status(tool.t["plan_imported"].replace("{name}", "Familiestøtte på Ærø"))
    page.wait_for_load_state("networkidle")
    assert requested and [url for url in requested if not url.startswith(site_url)] == []
    assert all(re.match(r"http://127\.0\.0\.1:\d+/", url) for url in requested)
    assert context.cookies() == [] and page.evaluate("document.cookie") == ""


@pytest.fixture(scope="module")
def axe():
    pytest.importorskip("axe_playwright_python", reason="axe-playwright-python is not installed (pip install -e '.[test]')")
    from axe_playwright_python.sync_playwright import Axe
    return Axe()


def _violations(axe, page) -> list[str]:
    results = axe.run(page, options=WCAG)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:160]})"
            for v in results.response["violations"]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_nothing_on_the_empty_and_the_filled_tool(context, site_url, axe, lang):
    tool = PlanPage(context.new_page(), site_url, lang).open()
    assert _violations(axe, tool.page) == []
    fill_sample_plan(tool)
    tool.page.locator("#plan-overview details").first.evaluate("el => el.open = true")
    assert _violations(axe, tool.page) == []


def test_every_control_has_a_label_and_a_visible_focus(context, site_url):
    tool = PlanPage(context.new_page(), site_url, "da").open()
    fill_sample_plan(tool)
    unlabelled = tool.page.evaluate("""() => [...document.querySelectorAll('#plan-app input, #plan-app select, #plan-app textarea')]
        .filter(el => el.type !== 'file' && !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
        .map(el => el.outerHTML)""")
    assert unlabelled == []
    tool.page.keyboard.press("Tab")
    tool.page.get_by_role("button", name=tool.t["plan_new"]).focus()
    tool.page.keyboard.press("Tab")
    outline = tool.page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_the_keyboard_alone_makes_and_fills_a_plan(context, site_url):
    page = context.new_page()
    tool = PlanPage(page, site_url, "nb").open()
    page.get_by_role("button", name=tool.t["plan_new"]).focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == tool.field("plan_name").get_attribute("id")
    page.keyboard.press("Control+A")
    page.keyboard.type("Plan med tastatur")
    tool.row_field(0, "plan_answer").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")
    [plan] = tool.stored_plans()
    assert plan["name"] == "Plan med tastatur"
    assert plan["rows"][0]["answer"] == "high" and plan["rows"][0]["status"] == "in-progress"
    announced = page.get_by_role("status")
    assert announced.inner_text().strip() == tool.t["plan_created"].replace("{name}", f"{tool.t['plan_default_name']} 1")


def test_the_tool_works_on_a_phone(browser, site_url, axe):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        tool = PlanPage(context.new_page(), site_url, "da").open()
        fill_sample_plan(tool)
        assert tool.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
        box = tool.row_field(0, "plan_initiatives").bounding_box()
        assert box["width"] > 250
        assert _violations(axe, tool.page) == []
    finally:
        context.close()


def test_once_loaded_the_tool_works_without_a_network(context, site_url, tmp_path):
    tool = PlanPage(context.new_page(), site_url, "da").open()
    tool.page.wait_for_load_state("networkidle")
    context.set_offline(True)
    fill_sample_plan(tool)
    exported = tool.download("plan_export_json", tmp_path)
    tool.download("plan_export_csv", tmp_path)
    tool.import_file(exported)
    tool.wait_for_status(tool.t["plan_imported"].replace("{name}", "Familiestøtte på Ærø"))
    assert len(tool.stored_plans()) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_barrier_gets_what_the_data_links_to_it_and_nothing_else(context, site_url, framework, lang):
    tool = PlanPage(context.new_page(), site_url, lang).open()
    tool.new_plan("Barrierer")
    before = tool.row_titles()
    factor = framework.get("factors", "caseload")
    tool.mark_factor(factor.id, "plan_mark_barrier")
    block = tool.page.locator(f'fieldset[data-factor="{factor.id}"] .plan-suggestions')
    offered = block.locator("label").all_inner_texts()
    questions = [" ".join(filter(None, (q.label[lang] if q.label else None, q.text[lang]))) for q in factor.questions]
    assert offered == questions + [linked.title[lang] for linked in factor.tools]
    assert sorted(tool.row_titles()) == sorted(before + questions)  # the questions go in; the tools are picked
    block.get_by_label(factor.tools[0].title[lang], exact=True).check()
    assert factor.tools[0].title[lang] in tool.row_titles()
    tool.mark_factor(factor.id, "plan_mark_driver")  # nothing written in its rows: they go again
    assert tool.row_titles() == before
    assert tool.page.locator(f'fieldset[data-factor="{factor.id}"] .plan-suggestions').inner_text() == ""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_overview_shows_progress_what_is_overdue_next_and_open_before_each_gate(context, site_url, framework, lang):
    tool = PlanPage(context.new_page(), site_url, lang).open()
    fill_sample_plan(tool)  # row 1: overdue (2020), in progress; row 2: done
    overview = tool.page.locator("#plan-overview")
    [plan] = tool.stored_plans()
    preparing = [row for row in plan["rows"] if row["phase"] == "forberede"]
    progress = tool.t["plan_progress"].format_map({"phase": framework.get("phases", "forberede").title[lang],
                                                   "done": 1, "total": len(preparing), "started": 1})
    assert progress in overview.inner_text()
    titles = tool.row_titles()
    overdue = overview.locator("h3").nth(1).locator("xpath=following-sibling::*[1]")
    assert overdue.locator("a").all_inner_texts() == [titles[0]]
    assert overview.get_by_role("link", name=titles[0]).first.get_attribute("href").startswith("#row-")
    gates = overview.locator(".plan-gate-status > li")
    first_gate = framework.get("gates", "forberede-forandre")
    assert first_gate.title[lang] in gates.first.inner_text()
    open_before = tool.t["plan_gate_open"].format_map({"n": len(preparing) - 1})
    assert open_before in gates.first.inner_text()
    assert tool.t["gate_go_conditions"] in gates.first.inner_text()  # the recorded decision
