"""`python -m macros.new <kind> <id>`: a new file with every required field, refused until filled in,
valid once filled in; an existing id or one that breaks the id rule is refused."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
import yaml

from macros.errors import DataErrors
from macros.loader import load_framework
from macros.placeholders import PLACEHOLDER, PLACEHOLDERS
from macros.relations import RELATIONS
from macros.yaml_reader import walk

from conftest import ROOT

KINDS = sorted(p.name.removesuffix(".schema.json") for p in (ROOT / "data" / "schemas").glob("*.schema.json")
               if p.name != "common.schema.json")


def new(data, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "macros.new", *args, "--data", str(data)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


@pytest.fixture
def data(tmp_path):
    """A copy of the real data folder to add files to."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


def fill_in(kind: str, document: dict, data) -> dict:
    """Replace every placeholder with a value of the right kind, as a contributor would."""
    references = {relation.path: relation.target for relation in RELATIONS if relation.kind == kind}
    counter = iter(range(1000))

    def value(path, placeholder):
        generic = tuple("*" if isinstance(part, int) else part for part in path)
        if path[-1] in PLACEHOLDERS:
            assert placeholder == PLACEHOLDERS[path[-1]], path
            return f"Ny tekst {next(counter)}" if path[-1] == "da" else f"Ny tekst {next(counter)} på norsk"
        assert placeholder == PLACEHOLDER, path
        if generic in references:
            ids = sorted(p.stem for p in (data / references[generic]).glob("*.yml"))
            return ids[next(counter) % len(ids)]
        if path[-1] == "id":
            return f"del-{next(counter)}"
        if path[-1] == "order":
            return 99
        if path[-1] == "language":
            return "da"
        return f"Ny værdi {next(counter)}"  # any other text; a field of another type fails the load below

    def filled(node, path=()):
        if isinstance(node, dict):
            return {key: filled(item, path + (key,)) for key, item in node.items()}
        if isinstance(node, list):
            return [filled(item, path + (index,)) for index, item in enumerate(node)]
        return value(path, node) if node in (*PLACEHOLDERS.values(), PLACEHOLDER) else node

    return filled(document)


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_file_is_refused_until_filled_in_and_valid_after(kind, data):
    result = new(data, kind.removesuffix("s"), "ny-ting")
    assert result.returncode == 0, result.stderr
    path = data / kind / "ny-ting.yml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# yaml-language-server: $schema=../schemas/{kind}.schema.json\n")
    document = yaml.safe_load(text)
    placeholders = [p for p, v in walk(document) if v in (*PLACEHOLDERS.values(), PLACEHOLDER)]
    assert placeholders and document["id"] == "ny-ting"
    assert any(p[-1] == "da" for p in placeholders) and any(p[-1] == "nb" for p in placeholders)

    with pytest.raises(DataErrors) as refused:
        load_framework(data)
    messages = [str(error) for error in refused.value.errors]
    assert len(messages) == len(placeholders), "\n".join(messages)
    assert all(f"data/{kind}/ny-ting.yml:" in m and "not filled in yet" in m for m in messages), messages

    first_line = text.split("\n", 1)[0]
    path.write_text(first_line + "\n" + yaml.safe_dump(fill_in(kind, document, data), allow_unicode=True,
                                                       sort_keys=False), encoding="utf-8")
    framework = load_framework(data)
    entity = framework.entities.get(kind, {}).get("ny-ting") or next(t for t in framework.terms if t.id == "ny-ting")
    assert entity.file == f"data/{kind}/ny-ting.yml"


def test_every_required_field_of_the_schema_is_in_a_new_file(data):
    """Against the schema itself: every required top-level field, texts with both languages."""
    schema = json.loads((data / "schemas" / "factors.schema.json").read_text(encoding="utf-8"))
    new(data, "factor", "laering")
    document = yaml.safe_load((data / "factors" / "laering.yml").read_text(encoding="utf-8"))
    assert list(document) == [name for name in schema["properties"] if name in schema["required"]]
    assert document["title"] == {"da": "UDFYLD", "nb": "FYLL UT"}
    assert document["sources"] == [{"source": PLACEHOLDER}]


def test_an_existing_id_is_refused_and_the_file_left_alone(data):
    before = (data / "factors" / "motivation.yml").read_bytes()
    result = new(data, "factor", "motivation")
    assert result.returncode == 1
    assert "data/factors/motivation.yml exists already" in result.stderr
    assert (data / "factors" / "motivation.yml").read_bytes() == before


@pytest.mark.parametrize("bad, suggestion", [("Ny faktor", "ny-faktor"), ("læring", "laering"),
                                             ("ny_faktor", "ny-faktor"), ("ny-", "ny"), ("ny--faktor", "ny-faktor")])
def test_an_id_that_breaks_the_id_rule_is_refused(data, bad, suggestion):
    result = new(data, "factor", bad)
    assert result.returncode == 1
    assert f"'{bad}' is not a valid id" in result.stderr and f"e.g. '{suggestion}'" in result.stderr
    assert sorted(p.name for p in (data / "factors").iterdir()) == sorted(p.name for p in (ROOT / "data" / "factors").iterdir())


def test_an_unknown_kind_is_refused_with_the_kinds_there_are(data):
    result = new(data, "faktor", "x")
    assert result.returncode == 1
    assert "unknown kind 'faktor'" in result.stderr and "factor" in result.stderr and "checklist" in result.stderr
