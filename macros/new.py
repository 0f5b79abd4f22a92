"""Start a new data file: `python -m macros.new <kind> <id>`, for example `python -m macros.new factor laering`.

Writes data/<kind>/<id>.yml with every field the checks require, each text in both languages,
ready to fill in (macros/scaffold.py). Refuses an id that breaks the id rule or that exists.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .check import DEFAULT_DATA
from .data_files import SCHEMA_FOLDER
from .errors import DataErrors
from .placeholders import PLACEHOLDERS
from .scaffold import scaffold
from .schemas import schema_set, suggested_id


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.new", description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", help="what to add: factor, tool, checklist, source ... (singular or the folder name)")
    parser.add_argument("id", help="the new file's id and name: lower-case a-z, digits and hyphens, e.g. laering")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the data folder (default: data/)")
    args = parser.parse_args(argv)
    try:
        schemas = schema_set(args.data / SCHEMA_FOLDER)
    except DataErrors as problems:
        print(problems.report(), file=sys.stderr)
        return 1
    kind = args.kind if args.kind in schemas.kinds else f"{args.kind}s"
    if kind not in schemas.kinds:
        singular = ", ".join(name.removesuffix("s") for name in schemas.kinds)
        print(f"unknown kind '{args.kind}'; write one of: {singular}", file=sys.stderr)
        return 1
    if not schemas.id_pattern.match(args.id):
        print(f"'{args.id}' is not a valid id; use lower-case letters a-z, digits and single hyphens "
              f"(æ→ae, ø→oe, å→aa), e.g. '{suggested_id(args.id)}'", file=sys.stderr)
        return 1
    target = args.data / kind / f"{args.id}.yml"
    shown = f"{args.data.name}/{kind}/{args.id}.yml"
    if target.exists():
        print(f"{shown} exists already; choose another id, or edit that file", file=sys.stderr)
        return 1
    target.parent.mkdir(exist_ok=True)
    target.write_text(scaffold(args.data, kind, args.id), encoding="utf-8")
    print(f"Wrote {shown}. Fill in every {PLACEHOLDERS['da']} (Danish) and {PLACEHOLDERS['nb']} "
          "(Norwegian bokmål), then check it with: python -m macros.check")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
