"""Each kind of bad input gets one clear error naming the file, the line and the field."""
from __future__ import annotations

import tracemalloc

import pytest

from macros.errors import DataErrors
from macros.loader import load_framework

FACTOR = "data/factors/motivation.yml"


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(data_dir, cache=None) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        load_framework(data_dir, cache)
    return [str(error) for error in caught.value.errors]


CASES = [
    # (name, file to change, old text, new text, expected start of the error, words the message must contain)
    ("broken YAML", "factors/motivation.yml", "  da: Motivation\n", "  da: Motivation: [\n",
     f"{FACTOR}:4: ", ["not valid YAML"]),
    ("unknown field", "factors/motivation.yml", "order: 1\n", "order: 1\ncolour: red\n",
     f"{FACTOR}:11: colour: ", ["unknown field 'colour'", "allowed here", "summary"]),
    ("missing translation", "factors/motivation.yml", "  nb: Motivasjon\n", "",
     f"{FACTOR}:3: title.nb: ", ["Norwegian bokmål translation is missing", "nb:"]),
    ("wrong type", "factors/motivation.yml", "order: 1\n", "order: first\n",
     f"{FACTOR}:10: order: ", ["expected a whole number", "first"]),
    ("text given as plain string", "factors/motivation.yml", "title:\n  da: Motivation\n  nb: Motivasjon\n",
     "title: Motivation\n", f"{FACTOR}:3: title: ", ["da: ...", "nb: ..."]),
    ("reference to a missing level", "factors/motivation.yml", "level: individuelt", "level: individ",
     f"{FACTOR}:9: level: ", ["no level 'individ' (known: individuelt)"]),
    ("reference to a missing source", "factors/motivation.yml", "- source: ramme", "- source: rammen",
     f"{FACTOR}:15: sources[0].source: ", ["no source 'rammen' (known: ramme)"]),
    ("nested reference to a missing factor", "checklists/spoergsmaal.yml", "factor: motivation", "factor: motivasjon",
     "data/checklists/spoergsmaal.yml:13: sections[0].items[0].factor: ", ["no factor 'motivasjon'"]),
    ("duplicate nested id", "checklists/spoergsmaal.yml", "- id: plan", "- id: motiverede",
     "data/checklists/spoergsmaal.yml:14: sections[0].items[1].id: ", ["duplicate id 'motiverede'"]),
    ("id differs from file name", "factors/motivation.yml", "id: motivation", "id: caseload",
     f"{FACTOR}:2: id: ", ["differs from the file name", "id: motivation"]),
    ("boolean key from YAML 1.1", "factors/motivation.yml", "  nb: Motivasjon\n", "  no: Motivasjon\n",
     f"{FACTOR}:5: title.no: ", ["true/false", "write 'nb'"]),
    ("same field twice", "factors/motivation.yml", "order: 1\n", "order: 1\norder: 2\n",
     f"{FACTOR}:11: order: ", ["given twice", "line 10"]),
    ("raw HTML", "factors/motivation.yml", "  da: Om de er motiverede.", "  da: Om de er <b>motiverede</b>.",
     f"{FACTOR}:12: body.da: ", ["raw HTML", "<b>", "**bold**"]),
    ("script", "factors/motivation.yml", "  nb: Om de er motivert.", "  nb: |\n    <script>alert(1)</script>",
     f"{FACTOR}:14: body.nb: ", ["script"]),
    ("javascript link", "factors/motivation.yml", "  da: Om de er motiverede.", "  da: Se [her](javascript:alert(1)).",
     f"{FACTOR}:12: body.da: ", ["javascript:"]),
    ("empty text", "factors/motivation.yml", "  da: Motivation\n", "  da: ''\n",
     f"{FACTOR}:4: title.da: ", ["is empty"]),
    ("invalid id in a list", "tools/implementeringsplan.yml", "phases: [forberede]", "phases: [Forberede Fase]",
     "data/tools/implementeringsplan.yml:9: phases[0]: ", ["not a valid id", "forberede-fase"]),
    ("editorial names a missing field", "factors/motivation.yml", "order: 1\n", "order: 1\neditorial: [purpose]\n",
     f"{FACTOR}:11: editorial[0]: ", ["'purpose' is not a field", "body"]),
]


@pytest.mark.parametrize("name, file, old, new, where, words", CASES, ids=[case[0] for case in CASES])
def test_bad_input_is_reported_with_file_line_and_field(minimal_data, name, file, old, new, where, words):
    replace_in(minimal_data / file, old, new)
    assert_reported(problems(minimal_data), where, words)


def assert_reported(found: list[str], where: str, words: list[str]) -> None:
    """An error starts with `where` (file, line, field), and the errors there say every one of `words`."""
    matching = [p for p in found if p.startswith(where)]
    assert matching, f"no error at {where!r}; got {found}"
    for word in words:
        assert any(word in p for p in matching), f"{word!r} not in {matching}"


def test_missing_schema_declaration(minimal_data):
    factor = minimal_data / "factors/motivation.yml"
    factor.write_text(factor.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    assert_reported(problems(minimal_data), f"{FACTOR}:1: ", ["$schema=../schemas/factors.schema.json"])


def test_duplicate_file_id(minimal_data):
    (minimal_data / "factors/motivation.yaml").write_text("id: motivation\n", encoding="utf-8")
    assert_reported(problems(minimal_data), "data/factors/motivation.yaml:1: ", ["motivation.yml"])


def test_file_name_that_is_not_an_id(minimal_data):
    (minimal_data / "factors/motivation.yml").rename(minimal_data / "factors/Motivation.yml")
    assert_reported(problems(minimal_data), "data/factors/Motivation.yml:1: ", ["not a valid id"])


def test_unknown_data_folder(minimal_data):
    (minimal_data / "factor").mkdir()
    assert_reported(problems(minimal_data), "data/factor:1: ", ["factors"])


def test_every_problem_of_a_run_is_reported_at_once(minimal_data):
    replace_in(minimal_data / "factors/motivation.yml", "level: individuelt", "level: individ")
    replace_in(minimal_data / "tools/implementeringsplan.yml", "summary: {da: En plan., nb: En plan.}", "summary: {da: En plan.}")
    replace_in(minimal_data / "levels/individuelt.yml", "order: 1", "order: 1\nshape: round")
    found = problems(minimal_data)
    assert len(found) >= 3
    assert {p.split(":")[0] for p in found} >= {
        "data/factors/motivation.yml", "data/tools/implementeringsplan.yml", "data/levels/individuelt.yml"}


def test_valid_fixture_loads(minimal_data):
    framework = load_framework(minimal_data)
    assert [f.id for f in framework.all("factors")] == ["motivation"]


def test_files_that_passed_are_not_read_again_until_their_bytes_change(minimal_data, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = load_framework(minimal_data, cache)
    read = []
    monkeypatch.setattr("macros.loader._checked", {})  # as in a new process: only the cache folder remembers
    monkeypatch.setattr("macros.loader.read_yaml", lambda path, shown_as: read.append(shown_as) or (None, []))
    again = load_framework(minimal_data, cache)
    assert read == [], "a file that passed was read again"
    assert [f.title["nb"] for f in again.all("factors")] == [f.title["nb"] for f in first.all("factors")]
    monkeypatch.undo()

    replace_in(minimal_data / "factors/motivation.yml", "order: 1", "order: first")
    assert_reported(problems(minimal_data, cache), f"{FACTOR}:", ["expected a whole number"])


def test_a_schema_change_checks_every_file_again(minimal_data, tmp_path):
    cache = tmp_path / "cache"
    load_framework(minimal_data, cache)
    replace_in(minimal_data / "schemas/factors.schema.json", "\n  \"required\": [", "\n  \"required\": [\"colour\", ")
    assert_reported(problems(minimal_data, cache), f"{FACTOR}:", ["required field 'colour'"])


def test_a_broken_cache_file_is_read_as_no_cache(minimal_data, tmp_path):
    cache = tmp_path / "cache"
    load_framework(minimal_data, cache)
    (cache / "checked-files.pickle").write_bytes(b"half a pick")
    assert [f.id for f in load_framework(minimal_data, cache).all("factors")] == ["motivation"]


def test_a_file_too_large_to_be_data_is_refused_unread_with_the_cache_too(minimal_data, tmp_path):
    huge = minimal_data / "factors" / "kaempe.yml"
    with huge.open("wb") as out:
        out.write(b"id: kaempe\n")
        out.truncate(50_000_000)
    tracemalloc.start()
    try:
        found = problems(minimal_data, tmp_path / "cache")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_reported(found, "data/factors/kaempe.yml:1: ", ["at most 100,000 bytes"])
    assert peak < 5_000_000, f"the file was read: {peak:,} bytes at the peak"
