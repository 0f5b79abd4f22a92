"""When content last changed: from the git history of the files a page is made from, on the page, on
the changelog page and as the open data's version."""
from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date

import pytest

from macros.content_history import ContentHistory, content_version, parse_log, read_history
from macros.urls import CHANGES_PAGE, url_for

from conftest import ROOT, copy_project
from site_pages import BuiltSite
from test_edit_links import build_language


def git(project, *args, when: str | None = None):
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    if when:
        env.update(GIT_AUTHOR_DATE=f"{when}T12:00:00+01:00", GIT_COMMITTER_DATE=f"{when}T12:00:00+01:00")
    subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=project, env=env, check=True,
                   capture_output=True)


def edit(path, old, new):
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def history_project(tmp_path_factory):
    """A copy of the project in a repository of its own: everything committed on 4 March 2025, then
    one factor on 15 January 2026 and the Danish about page on 2 February 2026."""
    project = copy_project(tmp_path_factory.mktemp("history"))
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Everything", when="2025-03-04")
    edit(project / "data" / "factors" / "motivation.yml", "order: 2", "order: 2\n")
    git(project, "commit", "-q", "-am", "Motivation", when="2026-01-15")
    edit(project / "docs" / "da" / "om-guiden.md", "# Om guiden", "# Om guiden\n")
    git(project, "commit", "-q", "-am", "About", when="2026-02-02")
    return project


@pytest.fixture(scope="module")
def built(history_project) -> BuiltSite:
    site = history_project / "site"
    result = build_language(history_project, "da", site / "da")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(site)


def shown_date(built, page):
    fact = built.soup(page).select_one("article .last-changed")
    return (fact.get_text(" ", strip=True), fact.time["datetime"]) if fact else None


def test_an_entity_page_shows_when_its_file_last_changed(built):
    assert shown_date(built, "da/faktorer/motivation/") == ("Sidst opdateret 15. januar 2026", "2026-01-15")
    assert shown_date(built, "da/faktorer/kultur/") == ("Sidst opdateret 4. marts 2025", "2025-03-04")


def test_an_overview_shows_the_newest_change_of_its_kind(built):
    assert shown_date(built, "da/faktorer/")[1] == "2026-01-15"
    assert shown_date(built, "da/niveauer/")[1] == "2025-03-04"


def test_a_hand_written_page_shows_when_its_markdown_last_changed(built):
    assert shown_date(built, url_for("about", "da")) == ("Sidst opdateret 2. februar 2026", "2026-02-02")
    assert shown_date(built, "da/")[1] == "2025-03-04"


def test_the_changelog_lists_the_pages_that_changed_by_day(built):
    article = built.soup(url_for(CHANGES_PAGE, "da")).select_one("article")
    days = [h2["id"] for h2 in article.select("h2[id]")]
    assert days == ["2026-02-02", "2026-01-15", "2025-03-04"]
    on_day = {h2["id"]: [a.get_text() for a in h2.find_next("ul").select("a")] for h2 in article.select("h2[id]")}
    assert on_day["2026-02-02"] == ["Om guiden"]
    assert on_day["2026-01-15"] == ["Motivation"]
    assert "Kultur" in on_day["2025-03-04"] and "Ordliste" in on_day["2025-03-04"]
    assert article.select_one("h2[id='2026-01-15']").get_text(strip=True).startswith("15. januar 2026")
    links = {link.partition("#")[0] for link in built.links(url_for(CHANGES_PAGE, "da"), "article a[href]")}
    assert {"da/faktorer/motivation/", url_for("about", "da")} <= links and all(built.exists(link) for link in links)


def test_the_open_data_version_is_the_day_the_data_last_changed(built, history_project):
    assert content_version(history_project / "data") == "2026-01-15"  # the about page is not data
    version = built.soup(url_for(CHANGES_PAGE, "da")).select_one("article p time")
    assert version["datetime"] == "2026-01-15"


def test_a_commit_made_between_two_builds_is_seen_by_the_second(history_project, tmp_path):
    """The history is read from git once per commit; a new commit must not be hidden by that."""
    project = tmp_path / "project"
    subprocess.run(["git", "clone", "-q", f"file://{history_project}", str(project)], check=True)
    assert read_history(project).last_changed("data/factors/kultur.yml") == date(2025, 3, 4)
    culture = project / "data" / "factors" / "kultur.yml"
    culture.write_text(culture.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(project, "commit", "-q", "-am", "Culture", when="2026-03-01")
    assert read_history(project).last_changed("data/factors/kultur.yml") == date(2026, 3, 1)


def test_a_shallow_clone_shows_no_dates(history_project, tmp_path):
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{history_project}", str(shallow)], check=True)
    assert read_history(shallow) == ContentHistory()


def test_a_folder_without_git_has_no_history(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "plain" / "data")
    assert read_history(tmp_path / "plain").last_changed("data/") is None
    assert content_version(tmp_path / "plain" / "data") is None


def test_the_log_is_read_newest_first_with_folders_covering_their_files():
    log = ("\x002026-01-15\n\ndata/factors/motivation.yml\n"
           "\x002025-03-04\n\ndata/factors/motivation.yml\ndata/factors/kultur.yml\ndocs/da/index.md\n"
           "\x002025-01-01\n\n")
    history = ContentHistory(parse_log(log))
    assert history.last_changed("data/factors/kultur.yml") == date(2025, 3, 4)
    assert history.last_changed("data/factors/") == date(2026, 1, 15)
    assert history.last_changed("data/fact") is None  # a folder is named with its slash
    assert history.last_changed("docs/nb/index.md") is None
    assert [day for day, _ in history.by_day()] == [date(2026, 1, 15), date(2025, 3, 4)]
