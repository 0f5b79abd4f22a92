"""Lighthouse scores of every page kind in both languages, served as a static host serves them.

Builds the site (or takes a built one), serves it with gzip, content types and cache headers
(benchmarks/serve_static.py) and runs npm's `lighthouse` (pinned in benchmarks/package.json)
with Debian's Chromium, mobile setting (Lighthouse's default: a mid-range phone, 4x CPU
slowdown, slow 4G), on: home, an overview, a level, a factor, a phase, a tool, a template, a
checklist, the largest checklist, the glossary, search results and the plan tool if the site
has one. Prints a Markdown table with the median of each score and what kept a score below 100.

    npm ci --prefix benchmarks
    .venv/bin/python benchmarks/lighthouse.py [--repeat 3] [--lang da nb] [--site built/ --port 8765]

Lighthouse is noisy, above all on a machine shared with other work: use --repeat 3 or more for
figures, and read the performance score together with the load it ran under.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from macros.loader import load_framework  # noqa: E402
from macros.urls import url_for  # noqa: E402
from serve_static import static_host  # noqa: E402

LIGHTHOUSE = ROOT / "benchmarks" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
ENTITY_KINDS = ("levels", "factors", "phases", "tools", "templates", "checklists")
SEARCH_QUERY = "implementering"


def pages(site: Path, lang: str) -> dict[str, str]:
    """Name -> path from the site root, one page of every kind."""
    framework = load_framework(ROOT / "data")
    chosen = {"home": f"{lang}/", "overview": url_for("factors", lang)}
    chosen |= {kind.removesuffix("s"): url_for(framework.all(kind)[0], lang) for kind in ENTITY_KINDS}
    largest = max(framework.all("checklists"), key=lambda c: (site / url_for(c, lang) / "index.html").stat().st_size)
    chosen["largest checklist"] = url_for(largest, lang)
    chosen["glossary"] = url_for("glossary", lang)
    chosen["search results"] = f"{lang}/?q={SEARCH_QUERY}"
    if (site / lang / "plan" / "index.html").is_file():
        chosen["plan tool"] = f"{lang}/plan/"
    return chosen


def build(site_dir: Path, address: str) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": address}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
                   cwd=ROOT, env=env, check=True)


def run_lighthouse(url: str, report: Path) -> dict:
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}",
         "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, timeout=300)
    return json.loads(report.read_text(encoding="utf-8"))


def summary(result: dict) -> dict:
    audits = result["audits"]
    shortfalls = sorted(
        audit_id for category in result["categories"].values() for ref in category["auditRefs"]
        if ref["weight"] > 0 and (audits[audit_id := ref["id"]].get("score") is not None)
        and audits[audit_id]["score"] < 0.9)
    return {
        **{name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES},
        "kb": audits["total-byte-weight"]["numericValue"] / 1024,
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "tbt": audits["total-blocking-time"]["numericValue"],
        "shortfalls": shortfalls,
        "console": [item.get("description", "")[:100] for item in audits["errors-in-console"]["details"]["items"]],
    }


def median_of(runs: list[dict]) -> dict:
    middle = {key: statistics.median(run[key] for run in runs) for key in (*CATEGORIES, "kb", "lcp", "tbt")}
    middle["shortfalls"] = sorted({name for run in runs for name in run["shortfalls"]})
    middle["console"] = sorted({text for run in runs for text in run["console"]})
    return middle


def measure(site: Path, address: str, langs: list[str], repeat: int, reports: Path) -> list[tuple[str, str, dict]]:
    rows = []
    for lang in langs:
        for name, path in pages(site, lang).items():
            runs = []
            for attempt in range(repeat):
                report = reports / f"{lang}-{name.replace(' ', '-')}-{attempt}.json"
                runs.append(summary(run_lighthouse(address + path, report)))
            rows.append((lang, name, median_of(runs)))
            row = rows[-1][2]
            print(f"{lang} {name:18} " + " ".join(f"{row[c]:5.0f}" for c in CATEGORIES)
                  + f"  {row['kb']:6.0f} KB  LCP {row['lcp']:.1f} s  TBT {row['tbt']:.0f} ms  "
                  + " ".join(row["shortfalls"]), flush=True)
    return rows


def table(rows, repeat: int) -> str:
    cores = os.cpu_count()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    lines = [f"Lighthouse {lighthouse_version()} (mobile), {date.today().isoformat()}, {platform.machine()} "
             f"with {cores} cores, load average {load} at the end; median of {repeat} run(s) per page.", "",
             "| lang | page | performance | accessibility | best practices | SEO | transfer (KB) | LCP (s) | TBT (ms) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for lang, name, row in rows:
        lines.append(f"| {lang} | {name} | " + " | ".join(f"{row[c]:.0f}" for c in CATEGORIES)
                     + f" | {row['kb']:.0f} | {row['lcp']:.1f} | {row['tbt']:.0f} |")
    shortfalls = Counter(name for _, _, row in rows for name in row["shortfalls"])
    if shortfalls:
        lines += ["", "Audits below 90 on some page: " + ", ".join(f"{n} ({c}x)" for n, c in shortfalls.most_common())]
    console = sorted({text for _, _, row in rows for text in row["console"]})
    if console:
        lines += ["", "Console errors: " + "; ".join(console)]
    return "\n".join(lines)


def lighthouse_version() -> str:
    package = ROOT / "benchmarks" / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--lang", nargs="+", default=["da", "nb"])
    parser.add_argument("--site", type=Path, help="a site already built for http://127.0.0.1:PORT/ (with --port)")
    parser.add_argument("--port", type=int, default=0, help="the port --site was built for")
    parser.add_argument("--reports", type=Path, help="keep the Lighthouse JSON reports in this folder")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: npm ci --prefix benchmarks")
    if not Path(CHROMIUM).exists():
        sys.exit(f"Chromium is not installed at {CHROMIUM}: apt-get install chromium")
    if args.site and not args.port:
        sys.exit("--site needs the --port it was built for")
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site or Path(scratch) / "site"
        reports = args.reports or Path(scratch) / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        # The port is bound first and the site built for it, as a published site is for its address.
        with static_host(site, args.port) as address:
            if args.site is None:
                started = time.perf_counter()
                build(site, address)
                print(f"built in {time.perf_counter() - started:.1f} s for {address}", flush=True)
            rows = measure(site, address, args.lang, args.repeat, reports)
    print()
    print(table(rows, args.repeat))


if __name__ == "__main__":
    main()
