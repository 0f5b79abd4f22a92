"""A new data file made from its kind's JSON Schema: every required field, each text in both
languages, a placeholder wherever the contributor has to write (macros/placeholders.py).

Above each field stands the schema's description of it, beside a reference the ids there are to
choose from, and under each group of fields the optional ones it may also have. Everything comes
from the schemas and the data folder, so a new field in a schema is in the next new file.
"""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

from .data_files import SCHEMA_FOLDER
from .placeholders import PLACEHOLDER, PLACEHOLDERS
from .relations import RELATIONS

LANGUAGE_KEYS = tuple(PLACEHOLDERS)
HEADER = f"""\
# Ny fil. Erstat hvert {PLACEHOLDERS['da']} med dansk tekst og hvert {PLACEHOLDERS['nb']} med norsk tekst; hvor der står
# {PLACEHOLDER}, skriver du et id, et tal eller et valg (se kommentaren over feltet).
# Kør så: python -m macros.check. Kommentarlinjerne (#) kan du slette, når du er færdig.
# Ny fil. Erstatt hver {PLACEHOLDERS['da']} med dansk tekst og hver {PLACEHOLDERS['nb']} med norsk tekst; der det står
# {PLACEHOLDER}, skriver du en id, et tall eller et valg (se kommentaren over feltet).
# Kjør så: python -m macros.check. Kommentarlinjene (#) kan du slette når du er ferdig."""
OPTIONAL = "Kan også have / Kan også ha"
CHOOSE = "Vælg / Velg"
WIDTH = 100


def scaffold(data_dir: Path, kind: str, entity_id: str) -> str:
    """The text of a new file data/<kind>/<entity_id>.yml."""
    return _Scaffold(data_dir, kind).text(entity_id)


class _Scaffold:
    def __init__(self, data_dir: Path, kind: str):
        folder = data_dir / SCHEMA_FOLDER
        self.schemas = {path.name: json.loads(path.read_text(encoding="utf-8"))
                        for path in folder.glob("*.schema.json")}
        self.data_dir, self.kind, self.file = data_dir, kind, f"{kind}.schema.json"
        self.references = {relation.path: relation.target for relation in RELATIONS if relation.kind == kind}
        self.notes: dict[tuple, list[str]] = {}     # path -> comment lines above the field
        self.optional: dict[tuple, list[str]] = {}  # path of a group of fields -> its optional fields

    def text(self, entity_id: str) -> str:
        data = self._value(self.schemas[self.file], self.file, ())
        data["id"] = entity_id
        declaration = f"# yaml-language-server: $schema=../{SCHEMA_FOLDER}/{self.file}"
        return "\n".join([declaration, HEADER, *self._mapping(data, (), 0)]) + "\n"

    # Values, from the schema

    def _resolve(self, schema: dict, file: str) -> tuple[dict, str]:
        """Follow `$ref`s: the schema that says what the value is, and the file it is in."""
        while "$ref" in schema:
            target, _, pointer = schema["$ref"].partition("#")
            file = target or file
            schema = self.schemas[file]
            for part in filter(None, pointer.split("/")):
                schema = schema[part]
        return schema, file

    def _value(self, declared: dict, file: str, path: tuple):
        schema, file = self._resolve(declared, file)
        if set(schema.get("properties", {})) == set(LANGUAGE_KEYS):  # a text: both languages
            return dict(PLACEHOLDERS)
        if schema.get("type") == "object":
            return self._object(schema, file, path)
        if schema.get("type") == "array":  # one entry to copy from
            return [self._value(schema["items"], file, path + ("*",))]
        if "enum" in schema:
            self._note(path, f"{CHOOSE}: {', '.join(map(str, schema['enum']))}")
        elif path in self.references:
            self._note(path, f"{CHOOSE}: {', '.join(self._ids(self.references[path])) or '–'}")
        return PLACEHOLDERS.get(path[-1], PLACEHOLDER) if path else PLACEHOLDER

    def _object(self, schema: dict, file: str, path: tuple) -> dict:
        # "At least one of these" (anyOf of required fields): the first way is written out.
        first_way = next((option["required"] for option in schema.get("anyOf", []) if "required" in option), [])
        required, value = [*schema.get("required", []), *first_way], {}
        for name, declared in schema.get("properties", {}).items():
            if name not in required:
                continue
            if declared.get("description") and name not in LANGUAGE_KEYS:  # the field's own, not its type's
                self._note(path + (name,), declared["description"])
            value[name] = self._value(declared, file, path + (name,))
        optional = [name for name in schema.get("properties", {}) if name not in required]
        if optional:
            self.optional[path] = optional
        return value

    def _note(self, path: tuple, text: str):
        """A comment above the field; a description's lines ('da: ...', 'nb: ...') each wrapped on its own."""
        for line in text.splitlines():
            self.notes.setdefault(path, []).extend(
                textwrap.wrap(line, WIDTH - 2 * len(path), break_on_hyphens=False, subsequent_indent="    "))

    def _ids(self, kind: str) -> list[str]:
        return sorted(path.stem for path in (self.data_dir / kind).glob("*.yml"))

    # YAML text, with the comments

    def _mapping(self, data: dict, path: tuple, indent: int) -> list[str]:
        pad, lines = " " * indent, []
        for name, value in data.items():
            here = path + (name,)
            lines += [f"{pad}# {note}" for note in self.notes.get(here, [])]
            if isinstance(value, dict):
                lines += [f"{pad}{name}:", *self._mapping(value, here, indent + 2)]
            elif isinstance(value, list):
                lines += [f"{pad}{name}:", *self._sequence(value, here, indent + 2)]  # indented, as in the data
            else:
                lines.append(f"{pad}{name}: {value}")
        if path in self.optional:
            lines += [f"{pad}# {line}" for line in textwrap.wrap(f"{OPTIONAL}: {', '.join(self.optional[path])}",
                                                                 WIDTH - indent, break_on_hyphens=False)]
        return lines

    def _sequence(self, items: list, path: tuple, indent: int) -> list[str]:
        pad, here, lines = " " * indent, path + ("*",), []
        for item in items:
            if not isinstance(item, dict):
                lines += [f"{pad}# {note}" for note in self.notes.get(here, [])]
                lines.append(f"{pad}- {item}")
                continue
            # The first field shares the line with '- ': its comments go above that line.
            first = path + ("*", next(iter(item)))
            lines += [f"{pad}# {note}" for note in self.notes.pop(first, [])]
            body = self._mapping(item, here, indent + 2)
            lines += [f"{pad}- {body[0].lstrip()}", *body[1:]]
        return lines
