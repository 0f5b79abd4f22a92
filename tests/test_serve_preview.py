"""The preview a contributor runs, `mkdocs serve --dirty -f config/da.yml`: saving one YAML file
makes again the pages that show it, the ones that showed it and the hand-written pages, and no
other; the pages left alone keep their titles in the navigation and their entries in search,
once each. An edit beyond the data makes every page again."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.loader import load_framework
from macros.pages import generated_pages
from macros.partial_rebuild import FULL_BUILD_ONLY, touches
from macros.urls import former_addresses, page_source, url_for

from conftest import copy_project

# What `mkdocs serve` logs when a build starts and when a rebuild has ended (MkDocs logs its own
# "Documentation built in 0.74 seconds" only once for each text, so it cannot be counted).
STARTED, REBUILT, FAILED = "Building documentation...", "Reloading browsers", "An error happened during the rebuild"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Preview:
    def __init__(self, project: Path, site: Path, log: Path):
        self.project, self.site, self.log = project, site, log

    def framework(self):
        return load_framework(self.project / "data")

    def html_file(self, thing) -> Path:
        return self.site / url_for(thing, "da").removeprefix("da/").partition("#")[0] / "index.html"

    def written(self) -> dict[Path, int]:
        """Every page of the preview with the time it was written; not the forwarding pages at
        former addresses nor the 404 page, which every build writes."""
        other = {self.site / address / "index.html" for address, _ in former_addresses(self.framework(), "da")}
        other.add(self.site / "404.html")
        return {path: path.stat().st_mtime_ns for path in self.site.rglob("*.html") if path not in other}

    def hand_written(self) -> set[Path]:
        docs = self.project / "docs/da"
        return {self.site / path.relative_to(docs).with_suffix("").as_posix().removesuffix("index") / "index.html"
                for path in docs.rglob("*.md")}

    def search_pages(self) -> Counter:
        """How many search entries each page has."""
        docs = json.loads((self.site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
        return Counter(doc["location"].partition("#")[0] for doc in docs)

    def search_titles(self, thing) -> list[str]:
        own = url_for(thing, "da").removeprefix("da/")
        docs = json.loads((self.site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
        return [doc["title"] for doc in docs if doc["location"] == own]

    def edit(self, path: str, old: str, new: str) -> None:
        """Save one file and wait until the builds it started have finished."""
        file = self.project / path
        text = file.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        started = self.log.read_text().count(STARTED)
        file.write_text(text.replace(old, new, 1), encoding="utf-8")
        self.settle(after=started)

    def settle(self, after: int) -> None:
        """Wait until more than `after` builds have started, every one of them has finished and
        none has started for a second: a save can start more than one build."""
        deadline, last, since = time.monotonic() + 90, None, time.monotonic()
        while True:
            log = self.log.read_text()
            state = (log.count(STARTED), 1 + log.count(REBUILT) + log.count(FAILED))  # 1: the first build
            if state != last:
                last, since = state, time.monotonic()
            elif state[0] > after and state[0] == state[1] and time.monotonic() - since > 1:
                return
            assert time.monotonic() < deadline, log[-2000:]
            time.sleep(0.1)


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("preview"))
    temp = project.parent / "serve-tmp"  # mkdocs serve builds into a new folder in TMPDIR
    temp.mkdir()
    log = project.parent / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", "config/da.yml",
             "-a", f"127.0.0.1:{_free_port()}"],
            cwd=project, env={**os.environ, "TMPDIR": str(temp), "NO_MKDOCS_2_WARNING": "1"},
            stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180
        while "Serving on" not in log.read_text():
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        view = Preview(project, next(temp.glob("mkdocs_*")), log)
        view.settle(after=0)
        yield view
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_data_edit_makes_again_only_the_pages_that_show_it(preview):
    framework = preview.framework()
    factor = framework.get("factors", "motivation")
    before, search_before = preview.written(), preview.search_pages()
    preview.edit(factor.file, f"  da: {factor.title['da']}\n", "  da: Lyst og vilje\n")
    after = preview.written()

    showing = {preview.html_file(page.thing) for page in generated_pages(framework, "da")
               if touches(page.depends_on, {factor.file}) and page.kind not in FULL_BUILD_ONLY}
    for thing in (factor, factor.level, "factors"):
        assert preview.html_file(thing) in showing
        assert "Lyst og vilje" in preview.html_file(thing).read_text(encoding="utf-8"), thing
    rebuilt = {path for path in after if after[path] != before.get(path)}
    assert rebuilt == showing | preview.hand_written(), "pages made again that do not show the factor, or left stale"
    assert len(after) > 2 * len(rebuilt), "most pages are left alone"

    # A rebuilt page names the pages left alone in its navigation.
    for page in (preview.html_file(factor), preview.html_file(factor.level)):
        labels = [link.get_text(strip=True) for link in
                  BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("a.md-nav__link[href]")]
        assert labels and all(label not in ("", "None") for label in labels), f"{page}: an entry without a title"

    assert preview.search_pages() == search_before, "search lost, gained or repeated entries"
    assert preview.search_titles(factor) == ["Lyst og vilje"]


def test_a_link_removed_in_the_data_is_gone_from_the_other_side_too(preview):
    factor = preview.framework().get("factors", "motivation")
    tool = preview.framework().get("tools", "fremtidsvaerksted")
    factor_page = f"faktorer/{factor.id}/"

    def links_to_factor() -> bool:
        return any(link["href"].rstrip("/").endswith(factor_page.rstrip("/")) for link in BeautifulSoup(
            preview.html_file(tool).read_text(encoding="utf-8"), "html.parser").select("article a[href]"))

    assert links_to_factor(), "the tool page should link to the factor whose guidance names it"
    preview.edit(factor.file, "    - fremtidsvaerksted\n", "")
    assert not links_to_factor(), "the tool page still links to a factor that no longer names it"


def test_hand_written_pages_show_the_data_as_it_is_now(preview):
    level = preview.framework().get("levels", "individuelt")
    old = level.title["da"]
    preview.edit(level.file, f"  da: {old}\n", "  da: Den enkelte medarbejder\n")
    home = (preview.site / "index.html").read_text(encoding="utf-8")
    assert "Den enkelte medarbejder" in home


def test_an_edit_beyond_the_data_makes_every_page_again(preview):
    before = preview.written()
    start = f"docs/da/{page_source('start', 'da')}"
    text = (preview.project / start).read_text(encoding="utf-8")
    preview.edit(start, text, text + "\nEn ny sætning til forhåndsvisningen.\n")
    assert "En ny sætning til forhåndsvisningen." in preview.html_file("start").read_text(encoding="utf-8")
    after = preview.written()
    assert [path for path in before if after.get(path, 0) <= before[path]] == [], "pages not made again"
    guide = preview.html_file("guide").read_text(encoding="utf-8")
    assert "Lyst og vilje" in guide and "Den enkelte medarbejder" in guide, "the whole guide waits for a full build"
