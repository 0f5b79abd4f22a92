"""What a rebuild under `mkdocs serve --dirty` must make again, so that saving one YAML file
shows the change in about a second instead of after a build of every page.

MkDocs' dirty mode builds a page again only when its file says it is modified. A generated page
has no file of its own, so the site plan says it: the page is made again when a file it depends
on (`GeneratedPage.depends_on`, as it is now or was at the last build, so that a removed link is
also removed from the other side) changed since the last build in this process. The few
hand-written pages are made again on every data edit, since they may show data (level cards,
sources). An edit that is not only to existing data files (a new or deleted file, a hand-written
page, a template, the interface texts, the theme) makes everything again, and so does the first
build. The whole guide is made from every other page's content, which a partial rebuild does
not have, so it waits for the next full build.

MkDocs leaves the pages it skips without titles and the search index without their text; the
titles and index entries of the last build are put back.
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
FULL_BUILD_ONLY = ("guide",)  # kinds of generated page made from all other pages
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


def touches(depends_on: tuple[str, ...], files: set[str]) -> bool:
    """Whether a page that depends on these files and folders ('data/factors/') shows one of `files`."""
    return any(name == dependency or (dependency.endswith("/") and name.startswith(dependency))
               for dependency in depends_on for name in files)


@dataclass
class Preview:
    """One language's `mkdocs serve --dirty`: what the last build saw, and what this one makes again."""
    stamps: dict[str, int] | None = None    # None until a first build finished
    titles: dict[str, str] = field(default_factory=dict)   # src_uri -> the page's title
    search_docs: list[dict] = field(default_factory=list)  # the search index entries
    depends: dict[str, tuple[str, ...]] = field(default_factory=dict)  # generated src_uri -> depends_on
    edits: set[str] | None = None           # this build's edited data files; None: everything
    pending: dict[str, int] = field(default_factory=dict)  # this build's stamps

    @property
    def partial(self) -> bool:
        return self.edits is not None

    def start(self, project: Path, site_dir: Path) -> None:
        """Before the data is read: what changed since the last build that finished."""
        self.pending = stamps(project)
        self.edits = self._data_edits(self.pending)
        if not self.partial:
            clear_site(site_dir)  # dirty mode makes again every page whose HTML is missing

    def _data_edits(self, now: dict[str, int]) -> set[str] | None:
        if self.stamps is None or self.stamps.keys() != now.keys():
            return None
        edited = {name for name in now if self.stamps[name] != now[name]}
        return edited if all(name.startswith("data/") for name in edited) else None

    def is_stale(self, page) -> bool:
        """Whether the generated `page` must be made again; remembers what it depends on now."""
        before, self.depends[page.source] = self.depends.get(page.source, ()), page.depends_on
        if not self.partial:
            return True
        if page.kind in FULL_BUILD_ONLY:
            return False
        return touches(page.depends_on, self.edits) or touches(before, self.edits)

    def remake(self, hand_written: File) -> None:
        """A hand-written page is made again after a data edit: without its HTML it counts as modified."""
        if self.partial:
            Path(hand_written.abs_dest_path).unlink(missing_ok=True)

    def restore_titles(self, pages) -> None:
        """Titles for the pages this build skips: the navigation and the footer links show them."""
        if self.partial:
            for page in pages:
                if not page.file.is_modified() and page.file.src_uri in self.titles:
                    page.title = self.titles[page.file.src_uri]

    def finish(self, site_dir: Path, rebuilt: set[str]) -> None:
        """After a build: the skipped pages' entries back into the search index, which holds only
        the rebuilt pages' (Material's own merge for dirty builds is switched off: it expects one
        page a rebuild), and the stamps that the next build compares with."""
        path = Path(site_dir) / SEARCH_INDEX
        if path.is_file():
            index = json.loads(path.read_text(encoding="utf-8"))
            if self.partial:
                kept = [doc for doc in self.search_docs if doc["location"].partition("#")[0] not in rebuilt]
                index["docs"] = kept + index["docs"]
                path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            self.search_docs = index["docs"]
        self.stamps = self.pending


def clear_site(site_dir: Path) -> None:
    """Remove the last build, so that MkDocs' dirty mode makes every page again."""
    site = Path(site_dir)
    if site.is_dir():
        for child in site.iterdir():
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
