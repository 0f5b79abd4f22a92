"""How long from saving one YAML file until `mkdocs serve` shows the change?

Starts `mkdocs serve --dirty` on one language (as README suggests for previewing; `--full` leaves
out `--dirty`, so every page is built again), waits for the first build, then several times edits
a factor's title on disk and polls the factor's page until the new title is served. Prints each
time and the median. Works on a copy of the project.

    .venv/bin/python benchmarks/serve_loop.py [--config config/da.yml] [--full] [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.loader import load_framework  # noqa: E402
from macros.urls import url_for  # noqa: E402

FACTOR = "motivation"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at `url` contains `text`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(0.02)
    raise TimeoutError(f"{url} never showed {text!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", default="config/da.yml")
    parser.add_argument("--full", action="store_true", help="build every page again on each edit")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    factor = load_framework(ROOT / "data").get("factors", FACTOR)
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        for part in ("mkdocs.yml", "config", "docs", "data", "overrides", "macros"):
            (shutil.copytree if (ROOT / part).is_dir() else shutil.copy)(ROOT / part, project / part)
        port = free_port()
        lang = "nb" if "nb" in args.config else "da"
        page = url_for(factor, lang)  # 'da/faktorer/motivation/', from the root of the whole site
        url = f"http://127.0.0.1:{port}/{page}"  # one language is served under its folder too
        dirty = [] if args.full else ["--dirty"]
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", *dirty, "-f", args.config, "-a", f"127.0.0.1:{port}"],
            cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            first = wait_for(url, "<title>", 180)
            print(f"first build served after {first:.1f} s")
            source = project / factor.file
            original = source.read_text(encoding="utf-8")
            times = []
            for attempt in range(1, args.repeat + 1):
                marker = f"Motivation {attempt} {time.time_ns()}"
                time.sleep(1.0)  # let the watcher settle after the previous rebuild
                title = f"  {lang}: {factor.title[lang]}\n"
                assert title in original, f"{title!r} not in {factor.file}"
                source.write_text(original.replace(title, f"  {lang}: {marker}\n", 1), encoding="utf-8")
                times.append(wait_for(url, marker, 60))
                print(f"edit {attempt}: shown after {times[-1]:.2f} s")
            print(f"median: {statistics.median(times):.2f} s ({args.config}{'' if args.full else ', --dirty'})")
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
