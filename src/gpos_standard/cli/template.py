"""``gpos template --format csv|xlsx -o OUT``: an empty, documented template to fill in by hand."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from . import EXIT_OK, EXIT_USAGE


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "template", help="write an empty CSV or XLSX template to fill in",
        description="Write an empty template with every field of the standard, described, to fill in by hand.",
        epilog="CSV: OUT is a .zip or a folder. XLSX: OUT ends in .xlsx. Exit codes: 0 written, 2 usage error.")
    parser.add_argument("--format", choices=["csv", "xlsx"], default=None,
                        help="template format (default: from the extension of OUT)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="where to write the template")
    parser.add_argument("--lang", default="en", metavar="LANG",
                        help="XLSX: instructions, notes and drop-downs in en, th, bn, ne, es or ar (default: en); "
                             "a code picked from a drop-down reads back as its code")
    return parser


def _format(out: str) -> str | None:
    suffix = Path(out).suffix.lower()
    if suffix == ".xlsx":
        return "xlsx"
    if suffix == ".zip" or not suffix or out.endswith("/") or Path(out).is_dir():
        return "csv"
    return None


def run(args: argparse.Namespace) -> int:
    out: str = args.output
    inferred = _format(out)
    fmt = args.format or inferred
    if fmt is None or (args.format and inferred and args.format != inferred):
        print(f"gpos template: {out!r} does not suit format {fmt or '?'}: use a .xlsx file for xlsx, "
              "a .zip or a folder for csv", file=sys.stderr)
        return EXIT_USAGE
    from ..i18n import choose
    from ..io.template import write_csv_template, write_xlsx_template

    try:
        lang = choose(args.lang)
    except ValueError as exc:
        print(f"gpos template: --lang: {exc}", file=sys.stderr)
        return EXIT_USAGE

    path = Path(out)
    try:
        if fmt == "xlsx":
            write_xlsx_template(path, lang)
        else:
            write_csv_template(path, as_zip=path.suffix.lower() == ".zip")
    except OSError as exc:
        print(f"gpos template: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {fmt} template {out}; fill it in, then run: gpos validate {out}")
    return EXIT_OK
