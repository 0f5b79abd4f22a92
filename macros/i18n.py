"""Interface texts of the site, one table per language in macros/strings/<lang>.yml."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

STRINGS_DIR = Path(__file__).parent / "strings"


def strings(lang: str) -> dict[str, str]:
    """The table of one language, read again when its file changed (`mkdocs serve` keeps running)."""
    path = STRINGS_DIR / f"{lang}.yml"
    return _table(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _table(path: Path, stamp: int) -> dict[str, str]:
    # Our own files, not contributors' data (macros/yaml_reader.py): read with libyaml where present.
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def long_date(day: date | str, lang: str) -> str:
    """'29. november 2026' for a date or '2026-11-29': the same order in Danish and Norwegian."""
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{day.day}. {strings(lang)['months'].split()[day.month - 1]} {day.year}"
