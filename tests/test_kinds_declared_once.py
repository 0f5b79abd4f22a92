"""Each kind of data is declared once, in its JSON Schema: the model's dataclass has a field for
every property of the schema and no field the schema does not declare (relations the linker
fills are not data), and so has every nested part (a template's parts, a checklist's items ...).
The builder makes each field from its type alone (macros/builder.py), so a field added to a
schema and its dataclass needs nothing else to reach the pages' templates. References are named
after what they point at: `level` becomes `level_id`, `phases` becomes `phase_ids`, and a file's
`sources` are its `citations` (`builder.data_key`)."""
from __future__ import annotations

import dataclasses
import json
import re

import pytest
import yaml

from macros import model as m
from macros.builder import data_key, made
from macros.schema_files import COMMON, inlined

from conftest import ROOT, real_framework

SCHEMAS = ROOT / "data" / "schemas"
Text = m.Text
KINDS = {**m.PAGE_KINDS, "terms": m.Term}


def schema_of(kind: str) -> dict:
    common = json.loads((SCHEMAS / COMMON).read_text(encoding="utf-8"))
    return inlined(json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")), common)


def nested_class(annotation: str) -> type | None:
    """The model class a field holds one or many of, if it holds model objects."""
    name = re.sub(r"^tuple\[(.+), \.\.\.\]$", r"\1", annotation.removesuffix(" | None"))
    found = getattr(m, name, None)
    return found if isinstance(found, type) and dataclasses.is_dataclass(found) and found is not m.Text else None


def mismatches(cls: type, schema: dict, where: str) -> list[str]:
    """Where a dataclass and its part of the schema disagree, here and in every nested part."""
    declared = set(schema["properties"])
    fields = {data_key(field.name): field for field in dataclasses.fields(cls) if field.init and field.name != "file"}
    found = [f"{where}: field {fields[key].name} has no property '{key}'" for key in sorted(set(fields) - declared)]
    found += [f"{where}: property '{key}' has no field" for key in sorted(declared - set(fields))]
    for key, field in fields.items():
        nested = nested_class(field.type)
        if nested and key in declared:
            part = schema["properties"][key]
            found += mismatches(nested, part.get("items", part), f"{where}.{key}")
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_the_dataclass_holds_exactly_what_the_schema_declares(kind):
    assert mismatches(KINDS[kind], schema_of(kind), kind) == []


def test_a_field_added_to_a_schema_and_its_dataclass_is_built_with_nothing_else():
    """A new optional text on a factor: the builder fills it from its type, and leaves it empty where
    a file does not have it."""
    @dataclasses.dataclass(frozen=True, eq=False)
    class FactorWithExample(m.Factor):
        example: Text | None = dataclasses.field(default=None, kw_only=True)  # as the model's modules write it

    factor = real_framework().get("factors", "motivation")
    with_example = made(FactorWithExample, {**_data_of(factor), "example": {"da": "Et eksempel", "nb": "Et eksempel"}},
                        file=factor.file)
    assert with_example.example == m.Text("Et eksempel", "Et eksempel")
    assert (with_example.title, with_example.body, with_example.level_id) == (factor.title, factor.body, factor.level_id)
    assert made(FactorWithExample, _data_of(factor), file=factor.file).example is None


def _data_of(factor) -> dict:
    return yaml.safe_load((ROOT / factor.file).read_text(encoding="utf-8"))


def test_a_field_the_file_leaves_out_keeps_the_dataclass_default_and_a_subclass_is_derived_too():
    @dataclasses.dataclass(frozen=True, eq=False)
    class RankedFactor(m.Factor):
        rank: int = dataclasses.field(default=3, kw_only=True)

    factor = real_framework().get("factors", "motivation")
    data = _data_of(factor)
    data["guidance"] = {"why": {"da": "Fordi", "nb": "Fordi"}, "signs_driver": [], "signs_barrier": [], "actions": {}}
    ranked = made(RankedFactor, data, file=factor.file)
    assert ranked.rank == 3
    assert ranked.is_editorial("guidance"), "the factor's derived marks were lost on a subclass"

