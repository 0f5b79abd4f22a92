"""Check data against the JSON Schema of its kind (data/schemas/<kind>.schema.json).

The text formats (`markdown`, `plain-text`) are checked here too, by `content_safety`, so every
text is checked by the one declaration of its field. The same schema files are declared at the
top of every data file, so a YAML-aware editor shows the same rules while the contributor types.
Messages are rewritten from jsonschema's wording into what the contributor should write instead.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from pathlib import Path

from .content_safety import UnsafeText, check_markdown, check_plain_text
from .errors import DataError, DataErrors
from .schema_files import COMMON, inlined, read_schemas, schema_problem
from .yaml_reader import YamlDocument, field_name

LANGUAGE_NAMES = {"da": "Danish", "nb": "Norwegian bokmål"}
JSON_TYPES = {"object": "a mapping of fields", "array": "a list", "string": "text",
              "integer": "a whole number", "boolean": "true or false"}


class SchemaSet:
    def __init__(self, schema_dir: Path, stamp: tuple = ()):
        self.schema_dir = schema_dir
        self.stamp = stamp  # the schema files' names, times and sizes: which version this is
        self.schemas = read_schemas(schema_dir)
        # File names are ids too: they follow the same pattern as every id written in the data.
        self.id_pattern = re.compile(self.schemas[COMMON]["$defs"]["id"]["pattern"])

    @property
    def kinds(self) -> list[str]:
        return sorted(name.removesuffix(".schema.json") for name in self.schemas if name != COMMON)

    @cached_property
    def validators(self) -> dict:
        """Made the first time a file is checked: a build whose files all passed before
        (macros/checked_files.py) never loads jsonschema."""
        import jsonschema
        formats = jsonschema.FormatChecker(formats=())
        formats.checks("markdown", raises=UnsafeText)(check_markdown)
        formats.checks("plain-text", raises=UnsafeText)(check_plain_text)
        return {kind: jsonschema.Draft202012Validator(inlined(self.schemas[f"{kind}.schema.json"],
                                                              self.schemas[COMMON]), format_checker=formats)
                for kind in self.kinds}

    def errors(self, kind: str, document: YamlDocument, shown_as: str) -> list[DataError]:
        try:
            return [_explain(error, document, shown_as) for error in self.validators[kind].iter_errors(document.data)]
        except Exception:
            # Checking every schema against the JSON Schema standard costs more than checking all
            # the data, so it is done only when a schema fails to work, to say what is wrong with it.
            problems = [problem for name in (f"{kind}.schema.json", COMMON)
                        if (problem := schema_problem(self.schema_dir, name, self.schemas[name]))]
            if problems:
                raise DataErrors(problems) from None
            raise


def schema_set(schema_dir: Path) -> SchemaSet:
    """The schemas, read again only when a schema file changed (`mkdocs serve` keeps running)."""
    files = sorted(schema_dir.glob("*.schema.json"))
    return _schema_set(schema_dir, tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files))


@lru_cache(maxsize=2)
def _schema_set(schema_dir: Path, stamp: tuple) -> SchemaSet:
    return SchemaSet(schema_dir, stamp)


def _explain(error, document: YamlDocument, shown_as: str) -> DataError:
    path = tuple(error.absolute_path)
    line = document.line_of(path)
    kind, schema, value = error.validator, error.schema, error.instance
    if kind == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extra = sorted(set(value) - set(allowed))
        unknown = extra[0] if extra else "?"
        if set(allowed) == {"da", "nb"}:
            advice = "a text has exactly two languages: 'da' (Danish) and 'nb' (Norwegian bokmål)"
        else:
            advice = f"allowed here: {', '.join(allowed)}"
        return DataError(shown_as, document.line_of(path + (unknown,)), field_name(path + (unknown,)),
                         f"unknown field '{unknown}'; {advice}")
    if kind == "required":
        missing = next(name for name in schema["required"] if name not in value)
        if missing in LANGUAGE_NAMES:
            return DataError(shown_as, line, field_name(path + (missing,)),
                             f"the {LANGUAGE_NAMES[missing]} translation is missing; add '{missing}: ...'")
        advice = f"; add 'id: {Path(shown_as).stem}' (the file name)" if path == () and missing == "id" else ""
        return DataError(shown_as, line, field_name(path + (missing,)), f"required field '{missing}' is missing{advice}")
    if kind == "format" and isinstance(error.cause, UnsafeText):
        return DataError(shown_as, document.line_in(path, error.cause.snippet), field_name(path), error.cause.message)
    if kind == "type":
        wanted = schema["type"]
        if _is_text(schema):
            wanted_text = "a text in both languages, written as 'da: ...' and 'nb: ...' on the lines below"
        else:
            wanted_text = JSON_TYPES.get(wanted, wanted)
        return DataError(shown_as, line, field_name(path), f"expected {wanted_text}, not {_describe(value)}")
    if kind == "pattern":
        return DataError(shown_as, line, field_name(path),
                         f"'{value}' is not a valid id; use lower-case letters a-z, digits and hyphens "
                         f"(æ→ae, ø→oe, å→aa), e.g. '{suggested_id(value)}'")
    if kind == "minLength":
        return DataError(shown_as, line, field_name(path), "is empty; write the text or remove the field")
    if kind == "minItems":
        return DataError(shown_as, line, field_name(path), f"needs at least {schema['minItems']} entry")
    if kind == "uniqueItems":
        return DataError(shown_as, line, field_name(path), "lists the same entry twice; keep one")
    if kind == "enum":
        return DataError(shown_as, line, field_name(path),
                         f"'{value}' is not allowed; write one of: {', '.join(map(str, schema['enum']))}")
    if kind == "anyOf" and all(set(option) == {"required"} for option in error.validator_value):
        names = [name for option in error.validator_value for name in option["required"]]
        return DataError(shown_as, line, field_name(path), f"needs at least one of: {', '.join(names)}")
    if kind in ("minimum", "maximum"):
        return DataError(shown_as, line, field_name(path), f"{value} is out of range ({error.message})")
    return DataError(shown_as, line, field_name(path), error.message)


def _is_text(schema: dict) -> bool:
    return set(schema.get("properties", {})) == {"da", "nb"}


def _describe(value) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (YAML reads yes/no/on/off as true/false; put the text in quotes)"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def suggested_id(value: str) -> str:
    """An id made from what was written: 'Ny faktor' -> 'ny-faktor'."""
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", " ": "-", "_": "-"})
    cleaned = "".join(c for c in str(value).lower().translate(table) if c.isalnum() or c == "-")
    return "-".join(part for part in cleaned.split("-") if part) or "my-id"
