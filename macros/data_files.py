"""Find the data files: `data/<kind>/<id>.yml`, plain files only, and a message for anything else.

Every path under data/ either becomes a data file or gets one message naming it. Links are
refused whatever they point at (a loop, nothing, a folder, a file outside data/), so reading
never leaves the folder and never follows a cycle. Names starting with a dot are editors' and
operating systems' own files (swap files, .DS_Store) and are left alone.
"""
from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import DataError

SCHEMA_FOLDER = "schemas"


@dataclass(frozen=True)
class DataFile:
    kind: str
    id: str
    path: Path
    shown_as: str  # the path as the contributor sees it: 'data/factors/motivation.yml'


def data_files(data_dir: Path, kinds: list[str], id_pattern) -> tuple[list[DataFile], list[DataError]]:
    root = data_dir.parent
    found: list[DataFile] = []
    errors: list[DataError] = []

    def refuse(path: Path, message: str):
        errors.append(DataError(path.relative_to(root).as_posix(), 1, "", message))

    for folder in _entries(data_dir):
        if folder.name == SCHEMA_FOLDER and _kind_of(folder) == "folder":
            continue
        problem = _entry_problem(folder, "folder")
        if problem:
            refuse(folder, problem if _kind_of(folder) != "file" else
                   f"this file belongs to no kind of data; move it into one of the folders: {', '.join(kinds)}")
            continue
        if folder.name not in kinds:
            refuse(folder, f"unknown kind of data '{folder.name}'; data folders are: {', '.join(kinds)}")
            continue
        for file in _entries(folder):
            problem = _entry_problem(file, "file") or _name_problem(file, id_pattern)
            if problem:
                refuse(file, problem)
            else:
                found.append(DataFile(folder.name, file.stem, file, file.relative_to(root).as_posix()))
    return found, errors


def _entries(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if not path.name.startswith("."))


def _kind_of(path: Path) -> str:
    mode = path.lstat().st_mode
    if stat.S_ISLNK(mode):
        return "link"
    return "folder" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "other"


def _entry_problem(path: Path, wanted: str) -> str | None:
    kind = _kind_of(path)
    if kind == wanted:
        return None
    if kind == "link":
        return ("this is a link (symlink), not a real " + wanted + "; data must be plain files inside data/: "
                "copy the content here instead of linking to it")
    if wanted == "file" and kind == "folder":
        return "this is a folder inside a data folder; data files go directly in data/<kind>/, e.g. data/factors/motivation.yml"
    return f"this is not a plain {wanted}; data/ holds only folders of '.yml' files"


def _name_problem(file: Path, id_pattern) -> str | None:
    if file.suffix == ".yaml":
        if file.with_suffix(".yml").exists():
            return f"duplicate id '{file.stem}': {file.stem}.yml in the same folder has it too; keep one of the two"
        return f"name data files '.yml', not '.yaml': rename it to {file.stem}.yml"
    if file.suffix != ".yml":
        return "only '.yml' files belong in a data folder; move this file elsewhere"
    if not id_pattern.match(file.stem):
        return (f"the file name '{file.name}' is not a valid id; use lower-case letters a-z, digits and "
                "hyphens (æ→ae, ø→oe, å→aa), e.g. 'ledelse-og-ledelsesstrukturer.yml'")
    return None
