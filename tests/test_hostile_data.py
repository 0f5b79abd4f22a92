"""Hostile or broken data files, one small fixture per case: each gets one clear message naming the
file and the line, the check command exits with status 1, and nothing is written.

The cases in tests/fixtures/hostile/<case>/ are files laid over the minimal fixture; cases that
git cannot hold (links, bytes that are not UTF-8, huge or deep files) are made by the test.
"""
from __future__ import annotations

import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from macros.check import main as check

from conftest import FIXTURES, copy_data

MOTIVATION = "data/factors/motivation.yml"

STORED = [
    # case, the start of the message, words it must contain
    ("tag-python-object", f"{MOTIVATION}:4: ", ["YAML tags (!!python/object/apply:os.system) are not allowed"]),
    ("tag-custom", f"{MOTIVATION}:4: ", ["YAML tags (!foo)"]),
    ("tag-int", f"{MOTIVATION}:10: ", ["YAML tags (!!int)"]),
    ("tag-timestamp", f"{MOTIVATION}:10: ", ["YAML tags (!!timestamp)"]),
    ("alias-bomb", f"{MOTIVATION}:18: ", ["anchors and aliases", "write the text out in full"]),
    ("merge-key", f"{MOTIVATION}:7: summary: ", ["merge keys ('<<') are not allowed"]),
    ("complex-key", f"{MOTIVATION}:11: ", ["a field name must be a plain name"]),
    ("infinity", f"{MOTIVATION}:10: order: ", ["'.inf' as a special number", "whole number"]),
    ("not-a-number", f"{MOTIVATION}:10: order: ", ["'.nan' as a special number"]),
    ("html-inside-block", f"{MOTIVATION}:15: body.da: ", ["raw HTML (<b>)", "**bold**"]),
    ("unclosed-quote", f"{MOTIVATION}:4: ", ["not valid YAML", "quote opened on this line is never closed"]),
    ("stray-file", "data/stray.yml:1: ", ["belongs to no kind", "factors"]),
    ("source-cites-itself", "data/sources/ramme.yml:9: sources[0].source: ", ["is this file itself"]),
    ("gate-to-its-own-phase", "data/gates/forberede-forberede.yml:6: to_phase: ", ["between two phases", "both are 'forberede'"]),
    ("html-in-title", f"{MOTIVATION}:4: title.da: ", ["contains HTML (<img", "plain text"]),
    ("quote-breaks-out-of-attribute", f"{MOTIVATION}:4: title.da: ", ["contains HTML (<svg"]),
    ("attribute-list-in-title", f"{MOTIVATION}:4: title.da: ", ["{: autofocus onfocus=alert(1) }", "attributes"]),
    ("attribute-list-in-body", f"{MOTIVATION}:14: body.da: ", ["{: .x onclick=alert(1) }", "attributes"]),
    ("script-in-body", f"{MOTIVATION}:15: body.nb: ", ["contains a script"]),
    ("image-from-another-host", f"{MOTIVATION}:12: body.da: ", ["contains an image (https://example.org/t.png)"]),
    ("reference-image-from-another-host", f"{MOTIVATION}:13: body.da: ", ["contains an image (https://example.org/t.png)"]),
    ("javascript-link-as-entities", f"{MOTIVATION}:12: body.da: ", ["links to 'javascript:alert(1)'"]),
    ("javascript-link-in-capitals", f"{MOTIVATION}:12: body.da: ", ["links to 'JaVaScRiPt:alert(1)'"]),
    ("javascript-autolink", f"{MOTIVATION}:12: body.da: ", ["links to 'javascript:alert(1)'"]),
    ("data-link", f"{MOTIVATION}:12: body.da: ", ["links to 'data:text/html"]),
    ("vbscript-link", f"{MOTIVATION}:12: body.da: ", ["links to 'vbscript:msgbox'"]),
    ("html-in-glossary-term", "data/terms/indsats.yml:3: da: ", ["contains HTML (<script"]),
    ("html-in-source-publisher", "data/sources/ramme.yml:6: publisher: ", ["contains HTML (<b onmouseover"]),
    ("boolean-key", f"{MOTIVATION}:5: title.no: ", ["true/false", "write 'nb'"]),
]


def _replace_line(path: Path, number: int, new: bytes) -> None:
    lines = path.read_bytes().split(b"\n")
    lines[number - 1] = new
    path.write_bytes(b"\n".join(lines))


def _not_utf8(data: Path):
    _replace_line(data / "factors/motivation.yml", 4, "  da: Motivation i h\xf8j grad".encode("latin-1"))


def _nul(data: Path):
    _replace_line(data / "factors/motivation.yml", 4, b"  da: Motiva\x00tion")


def _link_loop(data: Path):
    (data / "factors/loop.yml").symlink_to("loop.yml")


def _dangling_link(data: Path):
    (data / "factors/gone.yml").symlink_to("nowhere.yml")


def _link_to_folder(data: Path):
    (data / "factors/folder.yml").symlink_to("../levels", target_is_directory=True)


def _link_out_of_data(data: Path):
    (data.parent / "secret.yml").write_text("id: secret\n", encoding="utf-8")
    (data / "factors/secret.yml").symlink_to(data.parent / "secret.yml")


def _folder_named_yml(data: Path):
    (data / "factors/folder.yml").mkdir()


def _deep_nesting(data: Path):
    path = data / "factors/motivation.yml"
    path.write_text(path.read_text(encoding="utf-8") + "note: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")


def _oversized(data: Path):
    path = data / "factors/motivation.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("  da: Om de er motiverede.", "  da: " + "bla " * 60_000),
                    encoding="utf-8")


def _broken_schema(data: Path):
    (data / "schemas/factors.schema.json").write_text('{"title": "Factor",\n  "type": }\n', encoding="utf-8")


MADE = [
    # case, how to make it, the start of the message, words it must contain
    ("not-utf8", _not_utf8, f"{MOTIVATION}:4: ", ["not UTF-8", "save the file as UTF-8"]),
    ("nul-character", _nul, f"{MOTIVATION}:4: ", ["control character (U+0000)"]),
    ("link-loop", _link_loop, "data/factors/loop.yml:1: ", ["is a link (symlink)"]),
    ("dangling-link", _dangling_link, "data/factors/gone.yml:1: ", ["is a link (symlink)"]),
    ("link-to-folder", _link_to_folder, "data/factors/folder.yml:1: ", ["is a link (symlink)"]),
    ("link-out-of-data", _link_out_of_data, "data/factors/secret.yml:1: ", ["is a link (symlink)"]),
    ("folder-named-yml", _folder_named_yml, "data/factors/folder.yml:1: ", ["is a folder inside a data folder"]),
    ("deep-nesting", _deep_nesting, f"{MOTIVATION}:17: ", ["nested more than 12 levels"]),
    ("broken-schema", _broken_schema, "data/schemas/factors.schema.json:2: ", ["not valid JSON"]),
    ("oversized-file", _oversized, f"{MOTIVATION}:1: ", ["at most 100,000 bytes", "Split"]),
]


def _stored(case: str, data: Path) -> None:
    shutil.copytree(FIXTURES / "hostile" / case, data, dirs_exist_ok=True)


CASES = [(case, lambda data, case=case: _stored(case, data), where, words) for case, where, words in STORED] + MADE


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)  # messages name files from the project folder: data/...
    return copy_data(FIXTURES / "minimal", tmp_path / "data")


@pytest.mark.parametrize("case, make, where, words", CASES, ids=[case[0] for case in CASES])
def test_each_hostile_case_gets_one_clear_message(data, capsys, case, make, where, words):
    make(data)
    before = sorted(p.relative_to(data.parent) for p in data.parent.rglob("*"))
    tracemalloc.start()
    started = time.perf_counter()
    status = check([str(data)])
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    output = capsys.readouterr()
    lines = [line.strip() for line in output.err.splitlines()[1:]]
    assert status == 1
    assert output.out == ""
    assert len(lines) == 1, f"one message expected, got {lines}"
    assert lines[0].startswith(where), lines[0]
    for word in words:
        assert word in lines[0]
    assert "Traceback" not in output.err
    assert elapsed < 1.5, f"{case} took {elapsed:.1f} s"
    assert peak < 30_000_000, f"{case} used {peak / 1e6:.0f} MB"
    assert sorted(p.relative_to(data.parent) for p in data.parent.rglob("*")) == before, "the check wrote files"


def test_a_byte_order_mark_is_simply_accepted(data, capsys):
    path = data / "factors/motivation.yml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert check([str(data)]) == 0, capsys.readouterr().err


def test_editor_files_beside_the_data_are_left_alone(data, capsys):
    (data / "factors/.motivation.yml.swp").write_bytes(b"\x00\x01binary")
    assert check([str(data)]) == 0, capsys.readouterr().err


BUILD_CASES = ["alias-bomb", "tag-python-object", "html-in-title", "stray-file"]


@pytest.mark.parametrize("case", BUILD_CASES)
def test_a_hostile_case_stops_the_build_and_leaves_the_last_good_site(project, case):
    from conftest import build_site
    site = project / "site"
    site.mkdir()
    (site / "last-good.html").write_text("the site as it was", encoding="utf-8")
    shutil.rmtree(project / "data")
    copy_data(FIXTURES / "minimal", project / "data")
    _stored(case, project / "data")
    result = build_site(project, site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    where = next(where for name, where, _ in STORED if name == case)
    assert where.strip() in output
    assert sorted(p.name for p in site.iterdir()) == ["last-good.html"]
    assert not [p for p in project.iterdir() if ".building-" in p.name], "a staging folder was left behind"


def test_links_to_other_hosts_stay_links(data, capsys):
    path = data / "factors/motivation.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  da: Om de er motiverede.", "  da: 'Se [Socialstyrelsen](https://www.socialstyrelsen.dk) og <https://nubu.no>.'"),
        encoding="utf-8")
    assert check([str(data)]) == 0, capsys.readouterr().err


def test_two_pages_cannot_share_a_norwegian_address(data, capsys):
    path = data / "factors/motivation.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: motivation\n", "id: motivation\nslug_nb: kultur\n"),
                    encoding="utf-8")
    (data / "factors/kultur.yml").write_text(path.read_text(encoding="utf-8").replace("id: motivation\nslug_nb: kultur\n", "id: kultur\n"),
                                            encoding="utf-8")
    assert check([str(data)]) == 1
    assert "data/factors/motivation.yml:3: slug_nb: 'kultur' is already the Norwegian address of factors/kultur" in capsys.readouterr().err
