"""Where the build keeps what it can reuse next time: Word forms, compiled page templates, the
data files that passed their checks and the hashes of the pages that passed the safety audit.

The cache lives in the user's cache folder, never inside the repository: a pull request can add
any file to the repository (ignored ones too, with `git add -f`), and a cached form, compiled
template or audit pass that a pull request could place would be published, run or trusted as if
the build had made it.
"""
from __future__ import annotations

import os
from pathlib import Path

import jinja2


def cache_dir(name: str) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "implementeringsguiden" / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def template_bytecode() -> jinja2.BytecodeCache:
    """Compiled Jinja templates (the theme's and ours), checked against each template's source."""
    return jinja2.FileSystemBytecodeCache(str(cache_dir("templates")))


def write_whole(path: Path, content: bytes) -> None:
    """Write a cache file whole or not at all: a build that is killed, or another build writing
    the same file at the same time, never leaves half of it for the next build to read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}")
    partial.write_bytes(content)
    partial.replace(path)
