"""Alphabetical order as Danish and Norwegian readers expect it: æ, ø and å come after z.

Python orders by code point, which puts å (U+00E5) before æ and ø, and capitals before small
letters. Both alphabets end ... x, y, z, æ, ø, å; accented letters such as é sort as their base letter.
"""
from __future__ import annotations

import unicodedata

_AFTER_Z = {"æ": "{0", "ø": "{1", "å": "{2"}  # "{" follows "z" in ASCII


def alphabetical(text: str) -> tuple[str, str]:
    """A sort key: the Danish-Norwegian order first, the exact text to break ties."""
    letters = []
    for char in text.casefold():
        if char in _AFTER_Z:
            letters.append(_AFTER_Z[char])
        else:
            letters.append("".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)))
    return "".join(letters), text
