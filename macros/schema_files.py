"""Read the JSON Schemas of data/schemas/ for validation, or say which file is broken and where.

Each kind's schema refers to shared definitions in common.schema.json. For validation the
references are written out in place once, when the schemas are read: jsonschema then never looks
a reference up, which makes checking all the data several times faster.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

from .errors import DataError, DataErrors
from .yaml_reader import field_name

COMMON = "common.schema.json"


def read_schemas(schema_dir: Path) -> dict:
    """Every schema file by name, or DataErrors naming each one that is not JSON."""
    schemas, errors = {}, []
    for path in sorted(schema_dir.glob("*.schema.json")):
        try:
            schemas[path.name] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            errors.append(DataError(shown(schema_dir, path.name), exc.lineno, "", f"this is not valid JSON ({exc.msg})"))
        except UnicodeDecodeError:
            errors.append(DataError(shown(schema_dir, path.name), 1, "", "the file is not UTF-8 text; save it as UTF-8"))
    if COMMON not in schemas and not errors:
        errors.append(DataError(shown(schema_dir, COMMON), 1, "", "the shared definitions are missing; restore it"))
    if errors:
        raise DataErrors(errors)
    return schemas


def inlined(schema: dict, common: dict) -> dict:
    """`schema` with every reference to a shared definition replaced by the definition itself."""
    defs = common.get("$defs", {})

    def resolve(node):
        if isinstance(node, list):
            return [resolve(item) for item in node]
        if not isinstance(node, dict):
            return node
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.split("#")[0] in ("", COMMON) and "/$defs/" in reference:
            target = resolve(copy.deepcopy(defs[reference.rsplit("/", 1)[1]]))
            return {**target, **{key: resolve(value) for key, value in node.items() if key != "$ref"}}
        return {key: resolve(value) for key, value in node.items()}

    return resolve(schema)


def schema_problem(schema_dir: Path, name: str, schema: dict) -> DataError | None:
    """What makes a schema file invalid as a JSON Schema, if anything."""
    import jsonschema  # only when a schema failed to work (macros/schemas.py)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        return DataError(shown(schema_dir, name), 1, field_name(tuple(exc.absolute_path)),
                         f"this is not a valid JSON Schema: {exc.message}")
    return None


def shown(schema_dir: Path, name: str) -> str:
    return f"{schema_dir.parent.name}/{schema_dir.name}/{name}"
