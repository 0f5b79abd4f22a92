"""Help in the editor: every field of every schema is described for contributors in Danish and Norwegian
bokmål (VS Code's YAML extension shows the description while you type), and every example is valid."""
from __future__ import annotations

import json
import re

import jsonschema
import pytest
import referencing

from conftest import ROOT

SCHEMA_DIR = ROOT / "data" / "schemas"
SCHEMAS = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(SCHEMA_DIR.glob("*.schema.json"))}
BILINGUAL = re.compile(r"da: \S[^\n]*\nnb: \S[^\n]*")


def described(schema: dict, pointer: str = ""):
    """(JSON pointer, schema) of the schema itself, each of its definitions and each property, at any depth."""
    yield pointer, schema
    for name, sub in schema.get("$defs", {}).items():
        yield from described(sub, f"{pointer}/$defs/{name}")
    for name, sub in schema.get("properties", {}).items():
        yield from described(sub, f"{pointer}/properties/{name}")
    if isinstance(schema.get("items"), dict):
        yield from described(schema["items"], f"{pointer}/items")


def properties(schema: dict):
    return [(pointer, sub) for pointer, sub in described(schema) if re.search(r"/properties/[^/]+$", pointer)]


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_property_has_a_description_in_danish_and_norwegian(name):
    fields = properties(SCHEMAS[name])
    assert fields, f"{name} has no properties"
    undescribed = [pointer for pointer, sub in fields if not BILINGUAL.fullmatch(sub.get("description", ""))]
    assert undescribed == [], f"{name}: write 'da: ...\\nnb: ...' as the description of {undescribed}"


@pytest.mark.parametrize("name", SCHEMAS)
def test_the_schema_and_its_definitions_are_described_the_same_way(name):
    for pointer, sub in described(SCHEMAS[name]):
        if "description" in sub or pointer == "" or re.search(r"/\$defs/[^/]+$", pointer):
            assert BILINGUAL.fullmatch(sub.get("description", "")), f"{name}#{pointer}"


def test_the_check_finds_a_property_without_description():
    schema = {"properties": {"title": {"description": "da: Titel.\nnb: Tittel."},
                             "parts": {"description": "da: Dele.\nnb: Deler.", "type": "array",
                                       "items": {"properties": {"id": {"description": "Id"}}}}}}
    assert [p for p, sub in properties(schema) if not BILINGUAL.fullmatch(sub.get("description", ""))] == [
        "/properties/parts/items/properties/id"]


def test_every_example_is_a_valid_value_of_its_field():
    registry = referencing.Registry().with_resources(
        (name, referencing.Resource.from_contents(schema)) for name, schema in SCHEMAS.items())
    checked = 0
    for name, schema in SCHEMAS.items():
        for pointer, sub in described(schema):
            for example in sub.get("examples", []):
                validator = jsonschema.Draft202012Validator({"$ref": f"{name}#{pointer}"}, registry=registry)
                assert not list(validator.iter_errors(example)), f"{name}#{pointer}: {example!r}"
                checked += 1
    assert checked >= 20
