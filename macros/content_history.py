"""When the content last changed, from the git history of data/ and docs/: one `git log` per build.

A page's content comes from files: an entity page from its YAML file, a hand-written page from its
Markdown, an overview from every file of its kind (a folder). A change counts from the day it
reached the branch being built (`--first-parent`: a merged pull request is dated by its merge).
Where the history is missing (a tarball, a shallow clone, no git), nothing is known and no date is
shown: a wrong date is worse than none.

The open data carries the same version as the pages: `content_version`, the day the data last changed.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

CONTENT_FOLDERS = ("data", "docs")
_MARK = "\x00"  # starts each commit's line in the log (git writes it for %x00), before its date

_cache: dict[Path, tuple] = {}  # project -> the commit its history was read at, and that history


@dataclass(frozen=True)
class Change:
    day: date
    files: frozenset[str]  # paths from the project folder: 'data/factors/motivation.yml'


@dataclass(frozen=True)
class ContentHistory:
    changes: tuple[Change, ...] = ()  # newest first
    _latest: dict = field(default_factory=dict, init=False, compare=False, repr=False)  # file -> its newest day

    def __post_init__(self):
        for change in reversed(self.changes):
            self._latest.update(dict.fromkeys(change.files, change.day))

    def last_changed(self, *paths: str) -> date | None:
        """The newest day any of `paths` changed; a path ending in '/' is a folder and all it holds."""
        days = []
        for path in paths:
            if path.endswith("/"):
                days += [day for file, day in self._latest.items() if file.startswith(path)]
            elif path in self._latest:
                days.append(self._latest[path])
        return max(days, default=None)

    def by_day(self) -> list[tuple[date, frozenset[str]]]:
        """Every day with changes, newest first, with all files changed that day."""
        days: dict[date, set[str]] = {}
        for change in self.changes:
            days.setdefault(change.day, set()).update(change.files)
        return [(day, frozenset(files)) for day, files in days.items()]


def read_history(project: Path) -> ContentHistory:
    """The history of the content folders of `project` at the commit checked out now (once per
    build): read from git only when that commit is not the one read last time."""
    project = project.resolve()
    head = _head(project)
    cached = _cache.get(project)
    if not (cached and head and cached[0] == head):
        cached = _cache[project] = (head, _read(project) if head else ContentHistory())
    return cached[1]


def current_history(project: Path) -> ContentHistory:
    """The history this build read, without asking git again (used for every page)."""
    cached = _cache.get(project.resolve())
    return cached[1] if cached is not None else read_history(project)


def content_version(data_dir: Path) -> str | None:
    """The open data's version: the day (YYYY-MM-DD) the data last changed, or None where git cannot say."""
    data_dir = Path(data_dir).resolve()
    day = current_history(data_dir.parent).last_changed(f"{data_dir.name}/")
    return day.isoformat() if day else None


def _head(project: Path) -> str | None:
    """The commit checked out; None where there is no repository, or only its newest commits
    (a shallow clone): then there are no honest dates."""
    try:
        asked = subprocess.run(["git", "-C", str(project), "rev-parse", "--is-shallow-repository", "HEAD"],
                               capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    shallow, _, head = asked.stdout.strip().partition("\n")
    return head if asked.returncode == 0 and shallow == "false" else None


def _read(project: Path) -> ContentHistory:
    git = ["git", "-C", str(project)]
    try:
        log = subprocess.run([*git, "log", "--first-parent", "--diff-merges=first-parent", "--relative",
                              "--name-only", "--format=%x00%cs", "--", *CONTENT_FOLDERS],
                             capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return ContentHistory()
    return ContentHistory(parse_log(log.stdout)) if log.returncode == 0 else ContentHistory()


def parse_log(text: str) -> tuple[Change, ...]:
    """`git log --name-only --format=%x00%cs` output as changes, newest first."""
    changes = []
    for block in text.split(_MARK)[1:]:
        day, *files = [line.strip() for line in block.splitlines() if line.strip()]
        if files:
            changes.append(Change(date.fromisoformat(day), frozenset(files)))
    return tuple(changes)
