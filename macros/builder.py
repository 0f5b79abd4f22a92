"""Turn checked data of one file into a model object (relations are linked afterwards).

The builder knows no kind and no field: a kind's JSON Schema declares its fields, its dataclass
holds them (tests/test_kinds_declared_once.py keeps the two the same), and each value is made
from the type the dataclass gives it:

    Text              <- {da: ..., nb: ...}            tuple[Text, ...]  <- a list of those
    tuple[str, ...]   <- a list of ids or names        str, int          <- as written
    a model class     <- a mapping (a citation, an aspect, a template part ...), or a list of them

A reference is written as what it names and held as its id: `level` -> `level_id`, `phases` ->
`phase_ids`; a file's `sources` are its `citations`. What no schema can say (a value taken from
the enclosing entity, a derived mark) is in DERIVED, by class.
"""
from __future__ import annotations

import dataclasses
import re
from functools import cache

from . import model as m

_OPTIONAL = " | None"
_MANY = re.compile(r"^tuple\[(.+), \.\.\.\]$")


def editorial(names) -> tuple[str, ...]:
    """The fields marked editorial, once each and sorted: a set's repr follows the string hash seed
    of the process, and the model's repr must be the same in every build (the Word forms' cache key)."""
    return tuple(sorted(set(names)))


def build(kind: str, entity_id: str, file: str, data: dict):
    cls = m.Term if kind == "terms" else m.PAGE_KINDS[kind]
    return made(cls, {**data, "id": entity_id}, file=file)


def made(cls: type, data: dict, **given):
    """An object of the model class `cls` from one mapping of checked data. A field the data leaves
    out keeps its default, where the dataclass gives one, or is empty (None, or an empty tuple)."""
    values = {name: convert(data.get(key)) for name, key, convert, has_default in _fields(cls)
              if name not in given and (key in data or not has_default)}
    made_object = cls(**values, **given)
    for derive in (DERIVED[base] for base in cls.__mro__ if base in DERIVED):
        made_object = derive(made_object)
    return made_object


def data_key(field_name: str) -> str:
    """Where a dataclass field is written in a data file."""
    if field_name == "citations":
        return "sources"
    if field_name.endswith("_ids"):
        return field_name.removesuffix("_ids") + "s"
    return field_name.removesuffix("_id")


@cache
def _fields(cls: type) -> tuple:
    """(field, key in the data, how to make its value, whether it has a default) for every field
    the data fills."""
    return tuple((field.name, data_key(field.name),
                  CONVERTERS.get((cls, field.name)) or _converter(field.name, field.type),
                  field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING)
                 for field in dataclasses.fields(cls) if field.init)


def _converter(name: str, annotation: str):
    """How to make a field's value from the data, read from its type annotation (a string)."""
    if name == "editorial":
        return lambda value: editorial(value or ())
    annotation = annotation.removesuffix(_OPTIONAL)
    many = _MANY.match(annotation)
    if many:
        one = _converter("", many.group(1))
        return lambda values: tuple(one(value) for value in values or ())
    if annotation == "Text":
        return lambda value: m.Text(da=value["da"], nb=value["nb"]) if value else None
    if annotation in ("str", "int"):
        return lambda value: value
    nested = getattr(m, annotation)
    return lambda value: made(nested, value) if value else None


def _actions(actions) -> tuple:
    """(management level, things to do), strategic first, whatever order the file has."""
    to_do = _converter("", "tuple[Text, ...]")
    return tuple((level, to_do(actions[level])) for level in m.MANAGEMENT_LEVELS if level in actions)


def _factor(factor: m.Factor) -> m.Factor:
    """The editors' advice is editorial by definition, whether or not the file says so."""
    if not factor.guidance:
        return factor
    return dataclasses.replace(factor, editorial=editorial((*factor.editorial, "guidance")))


def _template(template: m.Template) -> m.Template:
    """A part without a question column or columns of its own has the template's."""
    parts = tuple(dataclasses.replace(part, question_column=part.question_column or template.question_column,
                                      columns=part.columns or template.columns) for part in template.parts)
    return dataclasses.replace(template, parts=parts)


CONVERTERS = {(m.FactorGuidance, "actions"): _actions}  # a mapping held as ordered pairs
DERIVED = {m.Factor: _factor, m.Template: _template}
