"""Check all data without building the site: `python -m macros.check [data folder]`."""
from __future__ import annotations

import sys
from pathlib import Path

from .errors import DataErrors
from .loader import load_framework

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else DEFAULT_DATA
    try:
        framework = load_framework(data_dir)
    except DataErrors as problems:
        print(problems.report(), file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(framework.all(kind))} {kind}" for kind in framework.entities)
    print(f"The data is valid: {counts}, {len(framework.terms)} terms.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
