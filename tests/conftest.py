"""Shared fixtures: data folders to break on purpose, the real data loaded once per session, and the real
site built once per session."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from macros.loader import load_framework

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
LANGUAGES = ("da", "nb")


def copy_data(source: Path, target: Path) -> Path:
    """A data folder laid out like the real one: the fixture's files plus the real schemas."""
    shutil.copytree(source, target)
    shutil.copytree(ROOT / "data" / "schemas", target / "schemas")
    return target


PROJECT_PARTS = ("mkdocs.yml", "config", "docs", "data", "overrides", "macros")


def copy_project(target: Path) -> Path:
    """A copy of the project to break or to poison: its configuration, pages, data, theme and code."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / part)
    return target


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


@cache
def real_framework():
    """The real data/ folder, loaded once for the whole run; tests that need it outside a fixture
    (to parametrize) call this, the others take the `framework` fixture."""
    return load_framework(ROOT / "data")


@pytest.fixture(scope="session")
def framework():
    return real_framework()


@pytest.fixture(scope="session")
def level_ids(framework) -> set[str]:
    return {level.id for level in framework.all("levels")}


@pytest.fixture
def minimal_data(tmp_path) -> Path:
    return copy_data(FIXTURES / "minimal", tmp_path / "data")


# The settings the test site is published with (macros/site_settings.py): a repository and a contact address.
PUBLISHED_WITH = {"REPO_URL": "https://github.com/example-owner/implementeringsguiden", "REPO_BRANCH": "main",
                  "CONTACT_EMAIL": "redaktion@example.org"}


def build_site(project: Path, site_dir: Path, address: str = "http://127.0.0.1:8000/",
               settings: dict | None = None) -> subprocess.CompletedProcess:
    """`settings` replace the publishing settings of the environment; none given, none are set."""
    env = {key: value for key, value in os.environ.items() if key not in PUBLISHED_WITH}
    env.update(settings or {}, NO_MKDOCS_2_WARNING="1", SITE_URL=address)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """A folder for the site and an HTTP server already bound to a free port for it, so the site
    can be built for the address it is served at (as a published site is for its own)."""
    from browser import serve
    root = tmp_path_factory.mktemp("served") / "site"
    with serve(root) as url:
        yield root, url


@pytest.fixture(scope="session")
def site_address(served) -> str:
    return served[1]


@pytest.fixture(scope="session")
def site(served) -> Path:
    """The real site, built once in strict mode, as a reader gets it."""
    root, address = served
    result = build_site(ROOT, root, address, PUBLISHED_WITH)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


@pytest.fixture(scope="session")
def site_url(site, site_address) -> str:
    return site_address


@pytest.fixture(scope="session")
def browser():
    from browser import CHROMIUM, CHROMIUM_ARGS, require_chromium
    require_chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A new browser page for each test, so no test sees another's state."""
    page = browser.new_page()
    yield page
    page.close()
