"""CONTRIBUTING.md shows what the tools really say: its error messages are produced here again from a
broken copy of the real data, and its file excerpts are the real files."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
DANISH, NORWEGIAN = GUIDE.split("\n## Norsk bokmål\n")[0], GUIDE.split("\n## Norsk bokmål\n")[1].split("\n## English summary\n")[0]


def run(*args, cwd=ROOT) -> str:
    result = subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=cwd, timeout=120)
    return result.stdout + result.stderr


@pytest.fixture
def data(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}: update CONTRIBUTING.md's example"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BREAKS = {
    "missing translation": ("factors/motivation.yml",
                            "  nb: Om fagfolkene er motivert for å bruke kompetansen sin til å støtte opp under tiltaket.\n", ""),
    "colon in a text": ("factors/kultur.yml", "  da: Kultur\n", "  da: Kultur: vaner og holdninger\n"),
    "unknown source": ("factors/teknologi.yml", "  - source: ramme-for-implementering\n",
                       "  - source: ramme-for-implementeringen\n"),
}


@pytest.mark.parametrize("case", BREAKS)
def test_the_guide_s_error_messages_are_what_the_check_says(data, case):
    file, old, new = BREAKS[case]
    edit(data / file, old, new)
    lines = [line.strip() for line in run("macros.check", str(data)).splitlines() if line.strip()]
    assert len(lines) == 2 and lines[0] == "The data has 1 problem; nothing was built:", lines
    for section in (DANISH, NORWEGIAN):
        assert lines[1] in section, f"CONTRIBUTING.md should show: {lines[1]}"


def test_the_guide_s_new_factor_messages_are_what_the_scaffold_says(data):
    wrote = run("macros.new", "factor", "laering", "--data", str(data)).strip()
    level = next(line.strip() for line in run("macros.check", str(data)).splitlines() if ": level: " in line)
    refused = run("macros.new", "factor", "Ny faktor", "--data", str(data)).strip()
    for section in (DANISH, NORWEGIAN):
        assert wrote in section and level in section and refused in section
    excerpt = re.search(r"```yaml\n(# da: Id'et på det niveau.*?)```", GUIDE, re.S).group(1)
    assert excerpt in (data / "factors" / "laering.yml").read_text(encoding="utf-8")


def test_the_guide_s_excerpts_are_the_real_files():
    excerpts = re.findall(r"```yaml\n(# yaml-language-server: \$schema=\.\./schemas/(\w[\w-]*)\.schema\.json\nid: ([\w-]+)\n.*?)```",
                          GUIDE, re.S)
    assert len(excerpts) >= 3
    for text, kind, entity_id in excerpts:
        real = (ROOT / "data" / kind / f"{entity_id}.yml").read_text(encoding="utf-8")
        assert real.startswith(text), f"CONTRIBUTING.md's excerpt of data/{kind}/{entity_id}.yml differs from the file"
