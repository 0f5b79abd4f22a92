"""Every built page is valid HTML to the Nu Html Checker (W3C's vnu), run once over the whole site.

The checker is the `vnu-jar` npm package pinned in tests/package.json (`npm ci --prefix tests`,
which .ci/run does) and needs Java (`apt-get install default-jre-headless`)."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

VNU = Path(__file__).parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_page_is_valid_html(site):
    if shutil.which("java") is None:
        pytest.skip("Java is not installed, and the Nu Html Checker needs it (apt-get install default-jre-headless)")
    if not VNU.is_file():
        pytest.skip(f"the Nu Html Checker is not installed at {VNU} (npm ci --prefix tests)")
    pages = sorted(site.rglob("*.html"))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--exit-zero-always",
         *map(str, pages)],
        capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr)["messages"]
    errors = [f"{m.get('url', '').removeprefix('file:').removeprefix(str(site))}:{m.get('lastLine', '?')}: {m['message']}"
              for m in messages]
    assert len(pages) > 100 and errors == [], "\n".join(errors[:40])
