"""The GitHub Actions workflow: the same checks as .ci/run, the site built, a pull request's site kept as
a preview, main published with the official Pages actions; and the repository's contributor files."""
from __future__ import annotations

import json
import re

import pytest
import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(job: dict) -> list[dict]:
    return job["steps"]


def uses(job: dict) -> list[str]:
    return [step["uses"].split("@")[0] for step in steps(job) if "uses" in step]


def step_using(job: dict, action: str) -> dict:
    return next(step for step in steps(job) if step.get("uses", "").startswith(action + "@"))


def test_it_runs_on_pull_requests_and_on_main(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare 'on' as true
    assert triggers["push"]["branches"] == ["main"]
    assert "pull_request" in triggers
    assert workflow["permissions"] == {"contents": "read"}


def test_the_test_job_runs_the_same_checks_as_ci(workflow):
    job = workflow["jobs"]["test"]
    runs = [step.get("run", "") for step in steps(job)]
    assert ".ci/run" in runs
    assert any("python -m macros.check" in run for run in runs)
    readme_command = re.search(r"```sh\n(python3 -m venv .venv && .*pytest)\n```", (ROOT / "README.md").read_text())
    assert readme_command and readme_command.group(1) in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bookworm" in job["container"]  # Debian's Chromium and LibreOffice, as .ci/run expects


def test_checkouts_fetch_the_whole_history_for_the_last_changed_dates(workflow):
    for name in ("test", "build"):
        assert step_using(workflow["jobs"][name], "actions/checkout")["with"]["fetch-depth"] == 0


def test_the_build_job_builds_the_site_with_its_settings(workflow):
    job = workflow["jobs"]["build"]
    build = next(step for step in steps(job) if "mkdocs build" in step.get("run", ""))
    assert "--strict" in build["run"]
    assert {"SITE_URL", "REPO_URL", "CONTACT_EMAIL"} <= set(build["env"])
    assert "steps.pages.outputs.base_url" in build["env"]["SITE_URL"]
    assert "github.repository" in build["env"]["REPO_URL"]


def test_a_pull_request_s_site_is_kept_as_a_preview_artifact(workflow):
    upload = step_using(workflow["jobs"]["build"], "actions/upload-artifact")
    assert upload["if"] == "github.event_name == 'pull_request'"
    assert upload["with"]["path"] == "site/" and upload["with"]["name"] == "site-preview"


def test_main_is_published_with_the_official_pages_actions(workflow):
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert {"actions/configure-pages", "actions/upload-pages-artifact"} <= set(uses(build))
    pages = step_using(build, "actions/upload-pages-artifact")
    assert "refs/heads/main" in pages["if"] and pages["with"]["path"] == "site/"
    assert uses(deploy) == ["actions/deploy-pages"]
    assert set(deploy["needs"]) == {"test", "build"}
    assert "refs/heads/main" in deploy["if"] and "pull_request" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"


def test_every_action_is_an_official_one_at_a_fixed_major_version(workflow):
    for job in workflow["jobs"].values():
        for step in steps(job):
            if "uses" in step:
                assert re.fullmatch(r"actions/[a-z-]+@v\d+", step["uses"]), step["uses"]


def test_the_editor_is_told_to_use_the_yaml_extension():
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.validate"] is True


def test_the_templates_for_pull_requests_and_content_errors():
    checklist = (ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    for item in ("sources:", "da:", "nb:", "editorial:"):
        assert item in checklist
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "content-error.yml").read_text(encoding="utf-8"))
    fields = {item["id"] for item in form["body"] if "id" in item}
    assert {"page", "wrong", "source"} <= fields  # 'page' is filled in by the link on every page
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
