"""The framework as open data: the JSON files of the built site, read back as a user of the data would."""
from __future__ import annotations

import copy
import json
import subprocess
from datetime import date

import jsonschema
import pytest

from macros.model import LANGUAGES
from macros.open_data import content_version
from macros.urls import OPEN_DATA_DIR, PLAN_SCHEMA, open_data_file, open_data_url, url_for

from conftest import ROOT
from site_pages import BuiltSite

FILES = [*LANGUAGES, None]  # each language, then the file with both


def load(site, lang_folder: str, name: str) -> dict:
    return json.loads((site / open_data_url(name, lang_folder)).read_text(encoding="utf-8"))


def validator(site, lang_folder: str, document: dict) -> jsonschema.Draft202012Validator:
    """The schema the file names, read from beside the file, as an editor or a validator finds it."""
    schema = load(site, lang_folder, document["$schema"])
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("lang", FILES, ids=["da", "nb", "da-nb"])
def test_every_file_is_valid_against_the_schema_published_beside_it(site, lang):
    for folder in LANGUAGES:
        if lang and folder != lang:
            continue
        document = load(site, folder, open_data_file(lang))
        errors = [f"{error.json_path}: {error.message}" for error in validator(site, folder, document).iter_errors(document)]
        assert errors == []
        assert document["languages"] == ([lang] if lang else list(LANGUAGES))
        assert document["version"] == content_version(ROOT / "data")
        assert document["licence"]


def test_the_schema_refuses_a_file_that_does_not_fit(site):
    document = load(site, "da", open_data_file("da"))
    check = validator(site, "da", document)
    for spoil in (lambda d: d["factors"][0].pop("level"), lambda d: d["questions"][0].update(text=7),
                  lambda d: d["tools"][0]["factors"].append("Not An Id"), lambda d: d.update(extra=True),
                  lambda d: d["levels"][0].update(title={"da": "x", "nb": "y"})):
        spoilt = copy.deepcopy(document)
        spoil(spoilt)
        assert not check.is_valid(spoilt)
    bilingual = load(site, "da", open_data_file(None))
    assert not validator(site, "da", bilingual).is_valid(document)  # one language is not both


def _ids(entries) -> list[str]:
    return [entry["id"] for entry in entries]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_file_holds_what_the_site_was_built_from(site, framework, lang):
    document = load(site, lang, open_data_file(lang))
    kinds = {"levels": "levels", "factors": "factors", "phases": "phases", "gates": "gates", "tools": "tools",
             "templates": "templates", "checklists": "checklists", "process_models": "process-models",
             "topics": "topics", "sources": "sources"}
    for name, kind in kinds.items():
        assert _ids(document[name]) == [entity.id for entity in framework.all(kind)], name
        for entry in document[name]:
            entity = framework.get(kind, entry["id"])
            assert entry["title"] == entity.title[lang]
            assert entry["url"] == url_for(entity, lang)
            assert BuiltSite(site).exists(entry["url"]), entry["url"]
            assert [c["source"] for c in entry["sources"]] == [c.source_id for c in entity.citations]
    assert _ids(document["terms"]) == [term.id for term in framework.terms]

    questions = {q["id"]: q for q in document["questions"]}
    expected = [f"{t.id}#{q.id}" for t in framework.all("templates") for part in t.parts for q in part.questions]
    expected += [f"{item.checklist.id}#{item.id}" for item in framework.questions()]
    assert list(questions) == expected
    for item in framework.questions():
        question = questions[f"{item.checklist.id}#{item.id}"]
        assert question["text"] == item.text[lang] and question["factor"] == item.factor_id

    factors = {f["id"]: f for f in document["factors"]}
    for factor in framework.all("factors"):
        assert factors[factor.id]["level"] == factor.level.id
        assert factors[factor.id]["tools"] == [tool.id for tool in factor.tools]
        assert factors[factor.id]["questions"] == [f"{q.checklist.id}#{q.id}" for q in factor.questions]
    for tool in document["tools"]:
        assert all(tool["id"] in factors[factor_id]["tools"] for factor_id in tool["factors"])
    for gate in document["gates"]:
        assert gate["criteria"] == [c[lang] for c in framework.get("gates", gate["id"]).criteria]


def test_the_bilingual_file_has_every_text_in_both_languages(site, framework):
    document = load(site, "nb", open_data_file(None))
    assert document == load(site, "da", open_data_file(None))
    motivation = next(f for f in document["factors"] if f["id"] == "motivation")
    factor = framework.get("factors", "motivation")
    assert motivation["title"] == {"da": factor.title.da, "nb": factor.title.nb}
    assert motivation["url"] == {lang: url_for(factor, lang) for lang in LANGUAGES}
    assert set(document["licence"]) == set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_data_page_explains_and_links_every_file(site, lang):
    built = BuiltSite(site)
    page = f"{lang}/{OPEN_DATA_DIR}"
    links = set(built.links(page, "article a[href]"))
    for name in (open_data_file(None), open_data_file(lang), "framework.schema.json",
                 json.loads((site / open_data_url(open_data_file(None), lang)).read_text())["$schema"], PLAN_SCHEMA):
        assert open_data_url(name, lang) in links, name
    other = next(code for code in LANGUAGES if code != lang)
    assert open_data_url(open_data_file(other), other) in links
    assert all(built.exists(link.partition("#")[0]) for link in links)


def test_the_version_is_the_date_of_the_last_change_to_the_data(tmp_path):
    git = subprocess.run(["git", "log", "-1", "--format=%cs", "--", "data"], cwd=ROOT, capture_output=True, text=True)
    if git.returncode != 0 or not git.stdout.strip():
        pytest.skip("no git history here to compare with")
    assert content_version(ROOT / "data") == git.stdout.strip()
    assert content_version(tmp_path) == date.today().isoformat()  # not a repository: today's date


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_data_page_is_accessible(browser, site_url, lang):
    pytest.importorskip("axe_playwright_python", reason="axe-playwright-python is not installed (pip install -e '.[test]')")
    from axe_playwright_python.sync_playwright import Axe
    page = browser.new_page()
    try:
        page.goto(f"{site_url}{lang}/{OPEN_DATA_DIR}")
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
        assert [v["id"] for v in results.response["violations"]] == []
    finally:
        page.close()
