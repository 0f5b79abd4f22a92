"""A copy of the project whose every text in the data holds a hostile string that must still
build: template syntax that would write a file if it ever ran as a template, quotes that would
break out of an attribute, and HTML that is only text because it is written as entities."""
from __future__ import annotations

from pathlib import Path

import yaml
TEXT_KEYS = {"da", "nb", "publisher", "isbn", "reference"}


def hostile_text(marker: Path) -> str:
    command = f"touch {marker}"
    return (f' Børn < 18 år & "NGO\'er" {{{{ cycler.__init__.__globals__.os.system("{command}") }}}}'
            f' {{% if cycler.__init__.__globals__.os.system("{command}") %}}{{% endif %}} {{# note #}}'
            ' &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; " onmouseover="alert(2)" x=\'')


def make_hostile(project: Path, marker: Path) -> None:
    """Append the hostile string to every text of every data file."""
    suffix = hostile_text(marker)
    for file in sorted((project / "data").glob("*/*.yml")):
        first_line, _ = file.read_text(encoding="utf-8").split("\n", 1)
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        file.write_text(first_line + "\n" + yaml.safe_dump(_poisoned(data, suffix), allow_unicode=True, sort_keys=False),
                        encoding="utf-8")


def _poisoned(value, suffix, key=None):
    if isinstance(value, dict):
        return {k: _poisoned(v, suffix, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_poisoned(v, suffix, key) for v in value]
    if isinstance(value, str) and (key in TEXT_KEYS or key == "authors"):
        return value + suffix
    return value
