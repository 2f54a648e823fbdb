"""``gpos convert IN -o OUT``: the same export in another format (JSON, YAML, JSON Lines, CSV, XLSX).

Conversion reads and rewrites the data; it does not validate it (run ``gpos validate`` for that). Exit codes:
0 converted, 1 the input cannot be read or written in the output format, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE

OUTPUT_HELP = ("output path; the format follows the extension: .json, .yaml, .jsonl, .xlsx, .zip (CSV package) "
               "or a folder path ending in / (CSV package)")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "convert", help="convert an export between JSON, YAML, JSON Lines, CSV and XLSX",
        description="Convert a GPOS export to another format. Conversion does not validate: run gpos validate.",
        epilog="Exit codes: 0 converted, 1 input cannot be read, 2 usage error.")
    parser.add_argument("input", metavar="IN", help="export file, CSV package folder or zip")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help=OUTPUT_HELP)
    parser.add_argument("--quiet", action="store_true", help="show no progress (it shows only on a terminal anyway)")
    return parser


def run(args: argparse.Namespace) -> int:
    from .progress import Steps

    with Steps(args.quiet):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from ..io.formats import output_format, write_parts
    from ..io.output import SameFileError, refuse_inputs
    from ..io.records import ReadError
    from ..io.spool import Spool, spool_source, spooled_parts
    from ..validation import open_source
    from .progress import current

    source_path, out = Path(args.input), args.output
    if not source_path.exists():
        print(f"gpos convert: {source_path}: no such file or folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        output_format(out)
    except ValueError as exc:
        print(f"gpos convert: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        refuse_inputs(out, [source_path])
    except SameFileError as exc:
        print(f"gpos convert: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with Spool() as spool:  # records in any order, set aside by collection: memory holds one at a time
        try:
            source = open_source(source_path)
            try:
                current().step(f"reading {source_path.name}")
                envelope = spool_source(source, spool)
            finally:
                source.close()
        except OSError as exc:
            print(f"gpos convert: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        except ReadError as exc:
            where = exc.location.describe()
            print(f"gpos convert: {source_path}{' (' + where + ')' if where else ''}: cannot be read: {exc}",
                  file=sys.stderr)
            return EXIT_INVALID
        try:
            current().step(f"writing {Path(out).name}")
            write_parts(spooled_parts(envelope, spool), out)
        except OSError as exc:
            print(f"gpos convert: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        except (ValueError, TypeError) as exc:
            print(f"gpos convert: {source_path} cannot be written as {out}: {exc}", file=sys.stderr)
            return EXIT_INVALID
        records = sum(spool.counts.values())
    print(f"wrote {out}: {records} records (not validated; run: gpos validate {out})")
    return EXIT_OK
