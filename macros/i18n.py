"""Interface texts of the site, one table per language in macros/strings/<lang>.yml."""
from __future__ import annotations

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
    return yaml.safe_load(path.read_text(encoding="utf-8"))
