"""A broken contribution stops the build with a clear message, never a traceback or a half-built site."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, build_site

PROJECT_PARTS = ("mkdocs.yml", "config", "docs", "data", "overrides")


@pytest.fixture
def project(tmp_path):
    """A copy of the project to break; the code (macros/) is the installed one."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / part)
    shutil.copytree(ROOT / "macros", tmp_path / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_broken_data_stops_the_build_with_file_line_and_field(project):
    factor = project / "data" / "factors" / "motivation.yml"
    factor.write_text(factor.read_text(encoding="utf-8").replace("level: individuelt", "level: individ"), encoding="utf-8")
    result = build_site(project, project / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "data/factors/motivation.yml:" in output and "level: no level 'individ'" in output
    assert "Traceback" not in output
    assert not (project / "site").exists()


def test_a_hand_written_page_cannot_ask_to_be_a_template(project):
    (project / "docs" / "da" / "about.md").write_text(
        "---\nrender_macros: true\n---\n# Om\n\n{{ cycler.__init__.__globals__.os.getcwd() }}\n", encoding="utf-8")
    (project / "docs" / "nb" / "about.md").write_text("# Om\n", encoding="utf-8")
    result = build_site(project, project / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/da/about.md:2: render_macros: hand-written pages are not templates" in output
    assert "Traceback" not in output


def test_braces_in_prose_are_text_unless_the_page_asks_for_macros(project):
    for lang in ("da", "nb"):
        (project / "docs" / lang / "about.md").write_text("# Om\n\nSkriv {{ navn }} her.\n", encoding="utf-8")
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.stderr
    assert "{{ navn }}" in (project / "site" / "da" / "about" / "index.html").read_text(encoding="utf-8")


def test_check_command_reports_without_building(project):
    factor = project / "data" / "factors" / "caseload.yml"
    factor.write_text(factor.read_text(encoding="utf-8").replace("  nb:", "  no:", 1), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "macros.check", str(project / "data")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1
    assert "data/factors/caseload.yml:" in result.stderr and "write 'nb'" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_command_accepts_the_real_data():
    result = subprocess.run([sys.executable, "-m", "macros.check"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The data is valid")
