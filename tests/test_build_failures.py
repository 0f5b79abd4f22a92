"""A broken contribution stops the build with a clear message, never a traceback or a half-built site."""
from __future__ import annotations

import os
import subprocess
import sys
import time

from conftest import ROOT, build_site


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
    (project / "docs" / "da" / "notes.md").write_text(
        "---\nrender_macros: true\n---\n# Om\n\n{{ cycler.__init__.__globals__.os.getcwd() }}\n", encoding="utf-8")
    (project / "docs" / "nb" / "notes.md").write_text("# Om\n", encoding="utf-8")
    result = build_site(project, project / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/da/notes.md:2: render_macros: hand-written pages are not templates" in output
    assert "Traceback" not in output


def test_braces_in_prose_are_text_unless_the_page_asks_for_macros(project):
    for lang in ("da", "nb"):
        (project / "docs" / lang / "notes.md").write_text("# Om\n\nSkriv {{ navn }} her.\n", encoding="utf-8")
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.stderr
    assert "{{ navn }}" in (project / "site" / "da" / "notes" / "index.html").read_text(encoding="utf-8")


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


def test_a_page_that_fails_the_safety_audit_leaves_the_last_good_site(project):
    site = project / "site"
    site.mkdir()
    (site / "last-good.html").write_text("the site as it was", encoding="utf-8")
    (project / "docs" / "da" / "notes.md").write_text(
        '# Om\n\n<p onclick="steal()">Klik</p>\n\n<img src="https://tracker.example/pixel.gif" alt="">\n', encoding="utf-8")
    result = build_site(project, site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "fails the safety audit" in output
    assert "da/notes/index.html: <p> has an event handler attribute onclick" in output
    assert "da/notes/index.html: <img src> loads from another host: https://tracker.example/pixel.gif" in output
    assert sorted(p.name for p in site.iterdir()) == ["last-good.html"]
    assert not [p for p in project.iterdir() if ".building-" in p.name]


def test_a_killed_build_leaves_the_last_good_site_and_the_next_build_cleans_up(project):
    site = project / "site"
    site.mkdir()
    (site / "last-good.html").write_text("the site as it was", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    build = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)], cwd=project, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(project.glob("site.building-*/da/*")) and build.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert build.poll() is None, "the build ended before it could be interrupted"
    build.kill()
    build.wait()
    assert sorted(p.name for p in site.iterdir()) == ["last-good.html"]
    assert list(project.glob("site.building-*")), "the killed build's staging folder is still there"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr
    assert (site / "da" / "index.html").exists() and not (site / "last-good.html").exists()
    assert not list(project.glob("site.building-*"))
