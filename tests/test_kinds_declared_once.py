"""Each kind of data is declared once, in its JSON Schema: the model's dataclass has a field for
every property of the schema and no field the schema does not declare (relations the linker
fills are not data). References are named after what they point at: `level` becomes `level_id`,
`phases` becomes `phase_ids`, and a file's `sources` are its `citations`."""
from __future__ import annotations

import dataclasses
import json

import pytest

from macros import model as m
from macros.relations import RELATIONS

from conftest import ROOT

SCHEMAS = ROOT / "data" / "schemas"


def field_for(kind: str, name: str) -> str:
    """The dataclass field that holds a schema property of a kind's file."""
    if name == "sources":
        return "citations"
    reference = next((r for r in RELATIONS if r.kind == kind and r.path in ((name,), (name, "*"))), None)
    return reference.id_field if reference else name


@pytest.mark.parametrize("kind", m.PAGE_KINDS)
def test_the_dataclass_holds_exactly_what_the_schema_declares(kind):
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    declared = {field_for(kind, name) for name in schema["properties"]}
    data_fields = {field.name for field in dataclasses.fields(m.PAGE_KINDS[kind]) if field.init} - {"file"}
    assert data_fields - declared == set(), f"{kind}: fields the schema does not declare"
    assert declared - data_fields == set(), f"{kind}: properties without a field"
