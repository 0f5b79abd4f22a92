"""The preview a contributor runs, `mkdocs serve --dirty -f config/da.yml`: saving one YAML file
makes again the pages that show it and only those; the pages left alone keep their titles in the
navigation and their place in search. An edit beyond the data makes every page again."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.loader import load_framework
from macros.pages import generated_pages
from macros.partial_rebuild import touches
from macros.urls import former_addresses, page_source, url_for

from conftest import copy_project


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in _fetch(url):
            return
        time.sleep(0.1)
    raise AssertionError(f"{url} never showed {text!r}")


class Preview:
    def __init__(self, project: Path, site: Path, address: str):
        self.project, self.site, self.address = project, site, address
        self.framework = load_framework(project / "data")

    def url(self, thing) -> str:
        return self.address + url_for(thing, "da")

    def html_file(self, thing) -> Path:
        return self.site / url_for(thing, "da").removeprefix("da/") / "index.html"

    def written(self) -> dict[Path, int]:
        """Every page of the preview with the time it was written; not the forwarding pages at
        former addresses nor the 404 page, which every build writes."""
        other = {self.site / address / "index.html" for address, _ in former_addresses(self.framework, "da")}
        other.add(self.site / "404.html")
        return {path: path.stat().st_mtime_ns for path in self.site.rglob("*.html") if path not in other}

    def search_docs(self) -> list[dict]:
        return json.loads((self.site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]

    def edit(self, path: str, old: str, new: str) -> None:
        file = self.project / path
        text = file.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        time.sleep(0.05)  # a new modification time even on coarse clocks
        file.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("preview"))
    temp = project.parent / "serve-tmp"  # mkdocs serve builds into a new folder in TMPDIR
    temp.mkdir()
    port = _free_port()
    log = (project.parent / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", "config/da.yml", "-a", f"127.0.0.1:{port}"],
        cwd=project, env={**os.environ, "TMPDIR": str(temp), "NO_MKDOCS_2_WARNING": "1"},
        stdout=log, stderr=subprocess.STDOUT)
    try:
        view = None
        deadline = time.monotonic() + 180
        while view is None and time.monotonic() < deadline and server.poll() is None:
            sites = list(temp.glob("mkdocs_*"))
            if sites and (sites[0] / "search/search_index.json").is_file():
                view = Preview(project, sites[0], f"http://127.0.0.1:{port}/")
            time.sleep(0.2)
        assert view is not None, (project.parent / "serve.log").read_text()
        _wait_for(view.address + "da/", "<title>")
        time.sleep(1.5)  # the watcher starts after the first build
        yield view
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_a_data_edit_makes_again_only_the_pages_that_show_it(preview):
    factor = preview.framework.get("factors", "motivation")
    before, docs_before = preview.written(), preview.search_docs()
    preview.edit(factor.file, f"  da: {factor.title['da']}\n", "  da: Lyst og vilje\n")
    _wait_for(preview.url(factor), "Lyst og vilje")
    time.sleep(0.5)  # the build writes its last files after the pages
    after = preview.written()

    showing = {preview.html_file(page.thing) for page in generated_pages(preview.framework, "da")
               if touches(page.depends_on, {factor.file})}
    for thing in (factor, factor.level, "factors"):
        assert preview.html_file(thing) in showing
        assert "Lyst og vilje" in preview.html_file(thing).read_text(encoding="utf-8"), thing
    rebuilt = {path for path in after if after[path] != before.get(path)}
    assert rebuilt == showing, "pages made again that do not show the factor, or left stale that do"

    # A rebuilt page names the pages left alone in its navigation.
    assert len(after) > 2 * len(rebuilt), "most pages are left alone"
    for page in (preview.html_file(factor), preview.html_file(factor.level)):
        labels = [link.get_text(strip=True) for link in
                  BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("a.md-nav__link[href]")]
        assert labels and all(label not in ("", "None") for label in labels), f"{page}: an entry without a title"

    docs = preview.search_docs()
    pages = {doc["location"].partition("#")[0] for doc in docs}
    assert pages == {doc["location"].partition("#")[0] for doc in docs_before}, "search lost or gained pages"
    own = url_for(factor, "da").removeprefix("da/")
    assert any(doc["location"] == own and doc["title"] == "Lyst og vilje" for doc in docs)


def test_an_edit_beyond_the_data_makes_every_page_again(preview):
    before = preview.written()
    start = page_source("start", "da")
    text = (preview.project / "docs/da" / start).read_text(encoding="utf-8")
    preview.edit(f"docs/da/{start}", text, text + "\nEn ny sætning til forhåndsvisningen.\n")
    _wait_for(preview.address + url_for("start", "da"), "En ny sætning til forhåndsvisningen.")
    time.sleep(0.5)
    after = preview.written()
    stale = [path for path in before if after.get(path, 0) <= before[path]]
    assert stale == [], "pages not made again after a hand-written page changed"
