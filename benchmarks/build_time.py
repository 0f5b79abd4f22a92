"""How much does building from data cost, and how does it grow with content?

For each size (the data copied 1x, 10x, 30x ...), this builds the whole site, both languages,
through the same theme, each time in one process: once from YAML (`mkdocs build` at the root:
load, check, link, render with macros) and once from the same pages written out beforehand as
plain Markdown. It prints both times, their ratio and the time per page.

Both builds publish the same files. Beside its pages the build from data writes files that are
not pages: forwarding pages at former addresses, the Word forms, the open data and the one-page
sitemaps. A hand-written site would keep those as files in its docs folder, so the benchmark
builds once from data (untimed) and copies every such file into the plain docs, where MkDocs
copies them as it copies any static file.

The build keeps in its cache what it can reuse (macros/build_cache.py): the Word forms, the
compiled templates and which pages passed the safety audit. The timed builds are rebuilds, each
after the one before, as under a contributor's hands; the benchmark also times a first build,
with nothing cached but the Word forms, and what making the forms costs, each in a column.

    .venv/bin/python benchmarks/build_time.py [--sizes 1 10 30] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from markupsafe import escape
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.loader import load_framework  # noqa: E402
from macros.pages import generated_pages  # noqa: E402
from macros.render import PageRenderer, template_name  # noqa: E402
from macros.urls import CHANGES_PAGE  # noqa: E402
from macros.build_cache import cache_dir  # noqa: E402
from macros.changes import changes_body  # noqa: E402
from macros.word_forms import write_documents  # noqa: E402

LANGUAGES = ("da", "nb")
SEARCH_LANGUAGES = {"da": "da", "nb": "no"}
BUILD_PLAIN = ("import sys\n"
               "from mkdocs.commands.build import build\n"
               "from mkdocs.config import load_config\n"
               "for config in sys.argv[1:]:\n"
               "    build(load_config(config_file=config))\n")
SCALED_KINDS = ("factors", "tools", "topics", "checklists")


def make_project(target: Path, copies: int) -> None:
    """The project with every factor, tool, topic and checklist file present `copies` times."""
    for part in ("config", "docs", "overrides"):
        shutil.copytree(ROOT / part, target / part)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "data", target / "data")
    (target / "macros").symlink_to(ROOT / "macros")
    for kind in SCALED_KINDS:
        for original in sorted((target / "data" / kind).glob("*.yml")):
            text = original.read_text(encoding="utf-8")
            for copy in range(2, copies + 1):
                new_id = f"{original.stem}-{copy}"
                copied = text.replace(f"id: {original.stem}\n", f"id: {new_id}\n", 1)
                # Norwegian addresses must be unique too
                copied = re.sub(r"^slug_nb: (.+)$", rf"slug_nb: \g<1>-{copy}", copied, count=1, flags=re.M)
                (original.parent / f"{new_id}.yml").write_text(copied, encoding="utf-8")


def write_plain_markdown(project: Path, lang: str) -> Path:
    """The same pages of one language as plain Markdown files, and a config with no macros and no hooks."""
    framework = load_framework(project / "data")
    renderer = PageRenderer(framework, lang)
    docs = project / "plain-docs" / lang
    shutil.copytree(project / "docs" / lang, docs)
    for page in docs.rglob("*.md"):  # the plan tool's page template needs the hook's settings
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("\ntemplate: plan.html\n", "\n", 1), encoding="utf-8")
    for page in generated_pages(framework, lang):
        here = f"{lang}/{page.source.removesuffix('index.md')}"
        if page.kind == CHANGES_PAGE:
            body = changes_body(renderer, here, project / "data", docs)
        else:
            body = renderer.render(template_name(page.kind, page.entity is not None), here,
                                   entity=page.entity, kind=page.kind)
        # The title and description the hook gives the generated page, escaped the same way.
        front = "---\n" + "".join(f"{key}: {json.dumps(str(escape(value)), ensure_ascii=False)}\n" for key, value in
                                  (("title", page.title()), ("description", page.description()))) + "---\n\n"
        (docs / page.source).parent.mkdir(parents=True, exist_ok=True)
        (docs / page.source).write_text(front + body, encoding="utf-8")
    config = yaml_load((project / "config" / "base.yml").read_text(encoding="utf-8"))  # resolves !ENV
    config.pop("hooks")
    config["plugins"] = {"search": {"lang": SEARCH_LANGUAGES[lang]}}
    config["theme"]["language"] = lang
    config["docs_dir"] = str(docs)
    config["site_dir"] = str(project / "site-plain" / lang)
    plain = project / "config" / f"plain-{lang}.yml"
    plain.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return plain


def add_static_outputs(project: Path, data_build: list[str], plain_build: list[str]) -> int:
    """Copy into the plain docs every file the build from data publishes in a language's folder
    and the plain build does not: the same site, written by hand. Returns how many were copied."""
    timed(data_build, project)
    timed(plain_build, project)
    copied = 0
    for lang in LANGUAGES:
        data_site, plain_site = project / "site-data" / lang, project / "site-plain" / lang
        for path in sorted(data_site.rglob("*")):
            inside = path.relative_to(data_site)
            if path.is_file() and not (plain_site / inside).exists():
                target = project / "plain-docs" / lang / inside
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
                copied += 1
    return copied


def timed(command: list[str], cwd: Path, cache: Path | None = None) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **({"XDG_CACHE_HOME": str(cache)} if cache else {})}
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def make_word_forms(project: Path) -> float:
    """Make every Word form into the build's own cache, as a first build does; return the seconds."""
    framework = load_framework(project / "data")
    start = time.perf_counter()
    for lang in LANGUAGES:
        write_documents(framework, lang, project / "word-forms" / lang, cache_dir("word-forms"))
    return time.perf_counter() - start


def first_build(project: Path, data_build: list[str], run: int) -> float:
    """A build with nothing cached but the Word forms (timed in their own column): the templates
    are compiled and every page is audited."""
    cache = project / f"first-build-{run}"
    shutil.copytree(cache_dir("word-forms"), cache / "implementeringsguiden" / "word-forms")
    return timed(data_build, project, cache)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 30])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'size':>5} {'pages':>6} {'from data (s)':>14} {'plain (s)':>10} {'ratio':>6} {'each run':>11}"
          f" {'ms a page, data':>16} {'ms a page, plain':>17} {'from data, first build (s)':>27}"
          f" {'Word forms, first build (s)':>28}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = Path(tmp)
            # A cache of its own: the first making of the Word forms is timed from nothing.
            os.environ["XDG_CACHE_HOME"] = str(project / "cache")
            make_project(project, size)
            plain_configs = [str(write_plain_markdown(project, lang)) for lang in LANGUAGES]
            pages = sum(1 for _ in (project / "plain-docs").rglob("*.md"))
            word_time = make_word_forms(project)
            data_build = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(project / "site-data")]
            plain_build = [sys.executable, "-c", BUILD_PLAIN, *plain_configs]
            add_static_outputs(project, data_build, plain_build)
            data_times, plain_times, first_times = [], [], []
            for run in range(args.repeat):
                data_times.append(timed(data_build, project))
                plain_times.append(timed(plain_build, project))
                first_times.append(first_build(project, data_build, run))
            data_time, plain_time = statistics.median(data_times), statistics.median(plain_times)
            # Each build from data beside the plain build timed right after it: how much one run says.
            runs = [data / plain for data, plain in zip(data_times, plain_times)]
            print(f"{size:>4}x {pages:>6} {data_time:>14.2f} {plain_time:>10.2f} {data_time / plain_time:>6.2f}"
                  f" {min(runs):>5.2f}-{max(runs):<5.2f}"
                  f" {1000 * data_time / pages:>16.1f} {1000 * plain_time / pages:>17.1f}"
                  f" {statistics.median(first_times):>27.2f} {word_time:>28.2f}", flush=True)


if __name__ == "__main__":
    main()
