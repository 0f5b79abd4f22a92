"""Data files that passed their reading and checks, kept between builds.

Reading and checking every YAML file is most of the time a build takes before its first page.
A file passes the same way as long as its bytes, the schemas and the code that checks it are the
same, so the build keeps what it read from each file that passed, under a hash of all three, in
its cache (macros/build_cache.py, outside the repository, written by the build alone: so it can
be a pickle). Only files that passed are kept: a problem is found again, and reported, on every
build. The references between files, which depend on every file, are checked on every build.
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from importlib.metadata import version
from pathlib import Path

from .build_cache import write_whole
from .yaml_reader import MAX_FILE_BYTES, YamlDocument


def _code_fingerprint() -> bytes:
    """Every module of the data layer and the libraries that read and check the files, as they
    are when this module is imported: the code that runs (`mkdocs serve` runs an edited module
    only after a restart, and its results must not be filed as the new code's)."""
    fingerprint = hashlib.sha256(sys.version.encode())
    for library in ("PyYAML", "jsonschema", "markdown-it-py"):
        fingerprint.update(f"{library} {version(library)}".encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        fingerprint.update(source.name.encode() + b"\0" + source.read_bytes())
    return fingerprint.digest()


_CODE = _code_fingerprint()


class CheckedFiles:
    def __init__(self, folder: Path, schema_dir: Path):
        self.path = folder / "checked-files.pickle"
        fingerprint = hashlib.sha256(_CODE)
        for schema in sorted(schema_dir.glob("*.schema.json")):
            fingerprint.update(schema.name.encode() + b"\0" + schema.read_bytes())
        self._fingerprint = fingerprint.digest()
        try:
            self._before = pickle.loads(self.path.read_bytes())
        except Exception:  # none yet, or left half-written by a killed build: check every file
            self._before = {}
        self._now: dict[str, YamlDocument] = {}

    def key(self, path: Path, shown_as: str) -> str | None:
        """None for a file too large to be data, which is refused before it is read whole."""
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        return hashlib.sha256(self._fingerprint + shown_as.encode() + b"\0" + path.read_bytes()).hexdigest()

    def passed(self, key: str | None) -> YamlDocument | None:
        """What the file held when it passed with these bytes, or None: read and check it."""
        return self._before.get(key) if key else None

    def keep(self, key: str, document: YamlDocument) -> None:
        """The file passed in this build (now, or before with the same bytes)."""
        self._now[key] = document

    def save(self) -> None:
        """Keep the files of this build only: the cache holds one data folder's worth."""
        write_whole(self.path, pickle.dumps(self._now, protocol=pickle.HIGHEST_PROTOCOL))
