"""The framework for the build that is running, loaded once and again only when data changes.

The MkDocs hook and the macros both need it; `mkdocs serve` rebuilds in the same process,
so the cache is keyed on the files' modification times rather than kept forever. Between
builds, the files that passed their checks are kept in the build's cache (macros/checked_files.py).
"""
from __future__ import annotations

from pathlib import Path

from .build_cache import cache_dir
from .framework import Framework
from .loader import load_framework

_cache: dict[Path, tuple[tuple, Framework]] = {}


def framework_for(data_dir: Path) -> Framework:
    """Load the data if it changed since the last load; hooks call this once at the start of a build."""
    data_dir = data_dir.resolve()
    stamp = _stamp(data_dir)
    cached = _cache.get(data_dir)
    if cached and cached[0] == stamp:
        return cached[1]
    framework = load_framework(data_dir, cache_dir("checked-files"))
    _cache[data_dir] = (stamp, framework)
    return framework


def current_framework(data_dir: Path) -> Framework:
    """The framework this build loaded, without looking at the files again (used for every page)."""
    cached = _cache.get(data_dir.resolve())
    return cached[1] if cached else framework_for(data_dir)


def _stamp(data_dir: Path) -> tuple:
    """Every file with its modification time and size: what changes when a contributor saves."""
    stamp = []
    for path in sorted(data_dir.rglob("*")):
        if path.is_file():
            info = path.stat()
            stamp.append((str(path), info.st_mtime_ns, info.st_size))
    return tuple(stamp)
