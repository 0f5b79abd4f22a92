"""MkDocs hook for the root build: after the language chooser is built, build each language
into its own folder of the same site, so `mkdocs build` and `mkdocs serve` cover the whole site.

Nothing half-built is ever left where the site should be:
1. everything a contributor can break (the data, both languages' hand-written pages) is checked
   before anything is written;
2. the whole site is built into a staging folder beside the output folder;
3. the built pages are audited (macros/site_audit.py): no event handlers, no foreign scripts,
   no loads from other hosts;
4. only then does the staging folder replace the output folder. A failed or killed build leaves
   the last good site as it was; its staging folder is removed now or by the next build.

MkDocs has no public API for building a site from Python other than the function its own
command line calls, `mkdocs.commands.build.build`; calling it in this process keeps the loaded
data and compiled templates warm between languages and between rebuilds under `mkdocs serve`.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from macros.build_cache import cache_dir, template_bytecode
from macros.errors import DataErrors
from macros.mkdocs_language import checked_framework
from macros.prose import prose_problems
from macros.site_audit import audit_site

_STAGING_MARK = ".building-"
_run: dict = {}  # the build that is running: its output folder and staging folder


def on_config(config):
    output = Path(config.site_dir).resolve()
    _remove_stale_staging(output)
    _check_before_writing(config, [_language_config(config, lang).docs_dir for lang in _languages(config)])
    staging = Path(tempfile.mkdtemp(prefix=output.name + _STAGING_MARK, dir=output.parent))
    _run.update(output=output, staging=staging)
    config.site_dir = str(staging)
    return config


def on_env(env, config, files):
    """The language chooser's templates are compiled once, not on every build."""
    env.bytecode_cache = template_bytecode()
    return env


def on_post_build(config):
    staging, output = _run["staging"], _run["output"]
    try:
        for lang in _languages(config):
            # Loaded right before its build: MkDocs hands the same plugin objects (search among
            # them) to every config it loads in one process, so the last one loaded is the one built.
            build(_language_config(config, lang, site_dir=os.path.join(staging, lang)))
        problems = audit_site(staging, {urlsplit(config.site_url or "").hostname or "127.0.0.1"}, cache_dir("audit"))
        if problems:
            raise PluginError("The built site fails the safety audit; nothing was published:\n  "
                              + "\n  ".join(problems[:50]))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _replace(output, staging)


def _languages(config) -> list[str]:
    return list(config.extra["language_configs"])


def _language_config(config, lang: str, **overrides):
    return load_config(
        config_file=str(Path(config.config_file_path).parent / config.extra["language_configs"][lang]),
        site_url=f"{config.site_url or '/'}{lang}/",
        strict=config.strict,
        **overrides,
    )


def on_build_error(error):
    staging = _run.get("staging")
    if staging:
        shutil.rmtree(staging, ignore_errors=True)


def _check_before_writing(config, docs_dirs) -> None:
    framework = checked_framework(config)
    root = Path(config.config_file_path).parent
    problems = [problem for docs in docs_dirs for problem in prose_problems(Path(docs), framework, root)]
    if problems:
        raise PluginError(DataErrors(problems).report())


def _replace(output: Path, staging: Path) -> None:
    """Put the new site where the old one was, in two renames; the old one is then removed."""
    retired = None
    if output.exists():
        retired = Path(tempfile.mkdtemp(prefix=output.name + _STAGING_MARK, dir=output.parent))
        retired.rmdir()
        output.rename(retired)
    staging.rename(output)
    if retired:
        shutil.rmtree(retired, ignore_errors=True)


def _remove_stale_staging(output: Path) -> None:
    """Folders left by a build that was killed before it could clean up."""
    for stale in output.parent.glob(output.name + _STAGING_MARK + "*"):
        shutil.rmtree(stale, ignore_errors=True)
