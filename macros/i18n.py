"""Interface texts of the site, one table per language in macros/strings/<lang>.yml."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

STRINGS_DIR = Path(__file__).parent / "strings"


@cache
def strings(lang: str) -> dict[str, str]:
    return yaml.safe_load((STRINGS_DIR / f"{lang}.yml").read_text(encoding="utf-8"))
