"""What a rebuild under `mkdocs serve --dirty` must make again, so that saving one YAML file
shows the change in about a second instead of after a build of every page.

MkDocs' dirty mode builds a page again only when its file says it is modified. A hand-written
page says so when its Markdown is newer than its HTML. A generated page has no file of its own,
so the site plan says it: the page is made again when a file it depends on
(`GeneratedPage.depends_on`) changed since the last build in this process. An edit that is not
only to data files (a hand-written page, a template, the interface texts, the theme) makes
everything again, and so does the first build.

MkDocs leaves the pages it skips without titles and the search index without their text; the
titles and index entries of the last build are put back (`Preview`).
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.structure.files import File

# Everything a language's preview is made from, from the project folder; `data/` is the one that
# a partial rebuild can follow.
WATCHED = ("data", "docs", "overrides", "macros/templates", "macros/strings", "config")
SEARCH_INDEX = Path("search/search_index.json")


class PlannedFile(File):
    """A generated page's file, modified when the plan says the page must be made again."""
    stale = True

    def is_modified(self) -> bool:
        return self.stale or not Path(self.abs_dest_path).is_file()


def stamps(project: Path) -> dict[str, int]:
    """Each watched file, from the project folder, with the time it was last written."""
    found = {}
    for folder in WATCHED:
        for path in (project / folder).rglob("*"):
            if path.is_file():
                found[path.relative_to(project).as_posix()] = path.stat().st_mtime_ns
    return found


def edited(before: dict[str, int], now: dict[str, int]) -> set[str]:
    """The files written, added or removed between two stamps."""
    return {name for name in before.keys() | now.keys() if before.get(name) != now.get(name)}


def touches(depends_on: tuple[str, ...], files: set[str]) -> bool:
    """Whether a page that depends on these files and folders ('data/factors/') shows one of `files`."""
    return any(name == dependency or (dependency.endswith("/") and name.startswith(dependency))
               for dependency in depends_on for name in files)


@dataclass
class Preview:
    """One language's `mkdocs serve --dirty`: what the last build saw and wrote."""
    stamps: dict[str, int] | None = None    # None until a first build finished
    titles: dict[str, str] = field(default_factory=dict)   # src_uri -> the page's title
    search_docs: list[dict] = field(default_factory=list)  # the search index entries

    def data_only_edits(self, now: dict[str, int]) -> set[str] | None:
        """The data files edited since the last build, or None where everything must be made again."""
        if self.stamps is None:
            return None
        files = edited(self.stamps, now)
        return files if all(name.startswith("data/") for name in files) else None

    def restore_titles(self, pages) -> None:
        """Titles for the pages this build skips: the navigation and the footer links show them."""
        for page in pages:
            if not page.file.is_modified() and page.file.src_uri in self.titles:
                page.title = self.titles[page.file.src_uri]

    def merge_search_index(self, site_dir: Path, rebuilt: set[str], partial: bool) -> None:
        """Put the skipped pages' entries back into the index that MkDocs wrote for the rebuilt ones."""
        path = Path(site_dir) / SEARCH_INDEX
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        if partial:
            kept = [doc for doc in self.search_docs if doc["location"].partition("#")[0] not in rebuilt]
            index["docs"] = kept + index["docs"]
            path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        self.search_docs = index["docs"]


def clear_site(site_dir: Path) -> None:
    """Remove the last build, so that MkDocs' dirty mode makes every page again."""
    site = Path(site_dir)
    if site.is_dir():
        for child in site.iterdir():
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
