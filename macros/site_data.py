"""The framework for the build that is running, loaded once and again only when data changes.

The MkDocs hook and the macros both need it; `mkdocs serve` rebuilds in the same process,
so the cache is keyed on the files' modification times rather than kept forever.
"""
from __future__ import annotations

from pathlib import Path

from .framework import Framework
from .loader import load_framework

_cache: dict[Path, tuple[tuple, Framework]] = {}


def framework_for(data_dir: Path) -> Framework:
    """Load the data if it changed since the last load; hooks call this once at the start of a build."""
    data_dir = data_dir.resolve()
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(data_dir.rglob("*")) if p.is_file())
    cached = _cache.get(data_dir)
    if cached and cached[0] == stamp:
        return cached[1]
    framework = load_framework(data_dir)
    _cache[data_dir] = (stamp, framework)
    return framework


def current_framework(data_dir: Path) -> Framework:
    """The framework this build loaded, without looking at the files again (used for every page)."""
    cached = _cache.get(data_dir.resolve())
    return cached[1] if cached else framework_for(data_dir)
