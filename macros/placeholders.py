"""The words a new file holds where the contributor still has to write something (macros/new.py),
and the check that none is left: a placeholder is valid YAML, so without this check a new page
could go out saying "UDFYLD"."""
from __future__ import annotations

from .errors import DataError
from .yaml_reader import YamlDocument, field_name, walk

PLACEHOLDERS = {"da": "UDFYLD", "nb": "FYLL UT"}      # a text in one language: "fill in"
PLACEHOLDER = f"{PLACEHOLDERS['da']} / {PLACEHOLDERS['nb']}"  # anything else: an id, a number, a choice
_ALL = {*PLACEHOLDERS.values(), PLACEHOLDER}


def unfilled(document: YamlDocument, shown_as: str) -> list[DataError]:
    """One message for every placeholder still in the file."""
    errors = []
    for path, value in walk(document.data):
        if isinstance(value, str) and value.strip() in _ALL:
            what = {"da": "the Danish text", "nb": "the Norwegian bokmål text"}.get(
                path[-1] if path else "", "the id, number or choice the comment above it asks for")
            errors.append(DataError(shown_as, document.line_of(path), field_name(path),
                                    f"not filled in yet: replace '{value.strip()}' with {what}"))
    return errors
