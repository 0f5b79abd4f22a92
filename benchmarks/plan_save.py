"""How long does the plan tool take to save one change to a plan of 300 rows, in Chromium?

Builds the site, serves it on this machine and opens the Danish plan tool in Debian's Chromium.
The open data the page loads is served with the template's questions repeated under new ids
until a new plan has 300 rows (the real data gives 23), and every row's text fields are filled
(a plan in full use). Then it changes `--changes` text fields and as many statuses, each by
dispatching the event the browser sends, and times the tool's handler: the plan written to local
storage and, for a status, the overview redrawn. It prints the median, the 95th percentile and
the slowest of each. Other work on the machine shows up in the slowest.

    .venv/bin/python benchmarks/plan_save.py [--rows 300] [--changes 200]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from macros.urls import open_data_file, open_data_url  # noqa: E402

TEMPLATE = "vaerktoej-5-implementeringsplan"
FILL_EVERY_ROW = """text => document.querySelectorAll('.plan-row textarea').forEach(field => {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
})"""
TIME_ONE_CHANGE = """([selector, event, index, value]) => {
  const fields = document.querySelectorAll(selector);
  const field = fields[index % fields.length];
  field.value = value;
  const start = performance.now();
  field.dispatchEvent(new Event(event, { bubbles: true }));
  return performance.now() - start;
}"""
# A text field (saved) and a status (saved, and the overview redrawn), as the user changes them.
CHANGES = {
    "text": (".plan-row textarea", "input", lambda index: f"Ændring nr. {index} – æøå"),
    "status": (".plan-row .plan-grid > .plan-field:nth-child(2) select", "change",
               lambda index: ("not-started", "in-progress", "done")[index % 3]),
}


def build(site: Path, address: str) -> None:
    env = {"NO_MKDOCS_2_WARNING": "1", "SITE_URL": address, "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)], cwd=ROOT, env=env,
                   check=True, capture_output=True)


def with_rows(data: dict, rows: int) -> dict:
    """The open data with the template's parts padded by copies of their questions, `rows` in all."""
    template = next(t for t in data["templates"] if t["id"] == TEMPLATE)
    originals = {q["id"]: q for q in data["questions"]}
    count, copy = sum(len(part["questions"]) for part in template["parts"]), 1
    while count < rows:
        for part in template["parts"]:
            for question_id in list(part["questions"]):
                if count >= rows or "-copy-" in question_id:
                    continue
                new_id = f"{question_id}-copy-{copy}"
                data["questions"].append({**originals[question_id], "id": new_id})
                part["questions"].append(new_id)
                count += 1
        copy += 1
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--changes", type=int, default=200)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        site = Path(folder) / "site"
        with serve(site) as url:  # the server is bound first, and the site built for its address
            build(site, url)
            data_path = open_data_url(open_data_file("da"), "da")
            data = with_rows(json.loads((site / data_path).read_text(encoding="utf-8")), args.rows)
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.route(f"**/{data_path}", lambda route: route.fulfill(json=data))
            page.goto(f"{url}da/plan/")
            page.get_by_role("button", name="Ny plan", exact=True).click()
            rows = page.locator(".plan-row").count()
            page.evaluate(FILL_EVERY_ROW, "Et initiativ, en milepæl eller en note på et par linjer, som et team skriver dem. " * 2)
            times = {name: sorted(page.evaluate(TIME_ONE_CHANGE, [selector, event, index * 7, value(index)])
                                  for index in range(args.changes))
                     for name, (selector, event, value) in CHANGES.items()}
            stored = page.evaluate("() => Object.values(localStorage).join('')")
            assert f"Ændring nr. {args.changes - 1} – æøå" in stored, "the last change was not saved"
            size = page.evaluate("() => Math.max(...Object.values(localStorage).map(v => v.length))")
            browser.close()
    print(f"plan of {rows} rows ({size / 1024:.0f} KB stored), {args.changes} changes of each kind:")
    for name, measured in times.items():
        print(f"  {name:>6}: median {statistics.median(measured):.1f} ms, "
              f"95th percentile {measured[int(len(measured) * 0.95)]:.1f} ms, slowest {measured[-1]:.1f} ms")


if __name__ == "__main__":
    main()
