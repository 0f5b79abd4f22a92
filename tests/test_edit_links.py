"""Edit pencils, the report and contribute links, and the footer: what the publishing settings put on
every page, and that nothing points at a repository when none is set."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from macros.site_settings import SettingError, settings_from
from macros.urls import CHANGES_PAGE, prose_url, url_for

from conftest import LANGUAGES, PUBLISHED_WITH, ROOT, copy_project
from site_pages import BuiltSite

REPOSITORY = PUBLISHED_WITH["REPO_URL"]
EDIT = f"{REPOSITORY}/edit/main/"
PENCIL = "article a.md-content__button[rel=edit]"


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site)


def build_language(project, lang, site_dir, settings=None) -> subprocess.CompletedProcess:
    """One language of a copy of the project, built alone (faster than the whole site)."""
    env = {key: value for key, value in os.environ.items() if key not in PUBLISHED_WITH}
    env.update(settings or {}, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", f"config/{lang}.yml",
                           "--site-dir", str(site_dir)], cwd=project, env=env, capture_output=True, text=True,
                          timeout=600)


def pencil(built: BuiltSite, page: str) -> str | None:
    link = built.soup(page).select_one(PENCIL)
    return link["href"] if link else None


def test_an_entity_page_s_pencil_opens_its_yaml_file(built, framework):
    for lang in LANGUAGES:
        for entity in framework.pages():
            assert pencil(built, url_for(entity, lang)) == EDIT + entity.file
            assert entity.file == f"data/{entity.kind}/{entity.id}.yml"


def test_a_hand_written_page_s_pencil_opens_its_markdown(built):
    for lang in LANGUAGES:
        prose = sorted((ROOT / "docs" / lang).rglob("*.md"))
        assert len(prose) >= 2
        for page in prose:
            src_uri = page.relative_to(ROOT / "docs" / lang).as_posix()
            assert pencil(built, prose_url(src_uri, lang)) == f"{EDIT}docs/{lang}/{src_uri}", src_uri


def test_an_overview_is_made_from_many_files_and_has_no_pencil(built):
    for lang in LANGUAGES:
        for overview in ("factors", "glossary", "sources", CHANGES_PAGE):
            assert pencil(built, url_for(overview, lang)) is None


def test_material_s_repository_widget_is_never_rendered(built):
    """Its script asks the code host's API for star counts from the reader's browser."""
    for lang in LANGUAGES:
        for page in built.content_pages(lang):
            assert built.soup(page).select("[data-md-component=source], .md-source") == [], page


def test_the_about_page_links_to_the_issue_form_the_guide_and_the_contact_address(built):
    for lang, title in (("da", "Om guiden"), ("nb", "Om veiviseren")):
        about = built.soup(url_for("about", lang))
        assert about.select_one("article h1").get_text(strip=True).removesuffix("¶") == title
        links = {a["href"] for a in about.select("article a[href]")}
        assert f"{REPOSITORY}/issues/new?template=content-error.yml" in links
        assert f"{REPOSITORY}/blob/main/CONTRIBUTING.md" in links
        assert "mailto:redaktion@example.org" in links
        assert (ROOT / ".github" / "ISSUE_TEMPLATE" / "content-error.yml").is_file()


def test_every_page_s_footer_links_to_the_about_page_the_changes_and_the_accessibility_statement(built):
    for lang in LANGUAGES:
        for page in built.content_pages(lang):
            footer = {link.partition("#")[0] for link in built.links(page, "footer .site-links a[href]")}
            assert footer == {url_for("about", lang), url_for(CHANGES_PAGE, lang), url_for("accessibility", lang)}, page


@pytest.fixture(scope="module")
def unpublished(tmp_path_factory) -> BuiltSite:
    """Norwegian, built from a copy with no settings and no git history (as from a tarball)."""
    project = copy_project(tmp_path_factory.mktemp("unpublished"))
    result = build_language(project, "nb", project / "site" / "nb")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(project / "site")


def test_without_a_repository_no_page_has_a_pencil_or_a_repository_link(unpublished):
    pages = unpublished.content_pages("nb")
    assert len(pages) > 50
    for page in pages:
        soup = unpublished.soup(page)
        assert soup.select(PENCIL) == [], page
        assert not [a["href"] for a in soup.select("a[href]") if "github.com" in a["href"] or "mailto:" in a["href"]]
    about = unpublished.soup(url_for("about", "nb")).select_one("article")
    assert about.select("#report-a-mistake, #contribute") == []


def test_without_history_no_page_shows_a_date(unpublished):
    for page in unpublished.content_pages("nb"):
        assert unpublished.soup(page).select(".last-changed") == [], page
    changes = unpublished.soup(url_for(CHANGES_PAGE, "nb")).select_one("article")
    assert "bygget uten historikken sin" in changes.get_text() and not changes.select("time")


@pytest.mark.parametrize("extra, message", [
    ({"repo_url": "github.com/owner/repo"}, "REPO_URL 'github.com/owner/repo' is not a repository's web address"),
    ({"repo_url": "https://github.com/o/r\" onmouseover=\"x"}, "is not a repository's web address"),
    ({"repo_url": "javascript:alert(1)//github.com/o/r"}, "is not a repository's web address"),
    ({"contact_email": "redaktion"}, "CONTACT_EMAIL 'redaktion' is not an e-mail address"),
    ({"contact_email": "a@b.dk?subject=<x>"}, "is not an e-mail address"),
    ({"repo_url": "https://github.com/o/r", "repo_branch": "main branch"}, "REPO_BRANCH 'main branch' is not a branch name"),
])
def test_a_setting_that_is_no_address_is_refused(extra, message):
    with pytest.raises(SettingError, match=message.replace("(", r"\(").replace("?", r"\?")):
        settings_from(extra)


def test_settings_are_read_as_given_and_empty_means_unset():
    settings = settings_from({"repo_url": "https://github.com/owner/repo.git", "repo_branch": "", "contact_email": ""})
    assert settings.edit_url("data/factors/kultur.yml") == "https://github.com/owner/repo/edit/main/data/factors/kultur.yml"
    assert settings.mailto is None
    unset = settings_from({"repo_url": "", "contact_email": " "})
    assert unset.edit_base is None and unset.report_url is None and unset.contributing_url is None


def test_a_bad_setting_stops_the_build_with_a_clear_message(tmp_path):
    project = copy_project(tmp_path)
    result = build_language(project, "da", tmp_path / "out", {"REPO_URL": "www.github.com/owner/repo"})
    assert result.returncode != 0
    assert "REPO_URL 'www.github.com/owner/repo' is not a repository's web address" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
