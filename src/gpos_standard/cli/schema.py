"""``gpos schema --format jsonschema|linkml|jsonld-context|sql [--version V] [-o OUT]``: the shipped artefacts.

Exit codes: 0 printed or written, 2 usage error (unknown version, output not writable).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import EXIT_OK, EXIT_USAGE, CommandError

FORMATS = ("jsonschema", "linkml", "jsonld-context", "sql")  # the keys of gpos_standard.schema.FORMATS


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "schema", help="print or write the JSON Schema, LinkML schema, JSON-LD context or SQL tables",
        description="Print (or write with -o) an artefact of the standard as this package ships it: the JSON Schema "
                    "of an export, the LinkML schema with its imports merged, the JSON-LD context, or CREATE TABLE "
                    "statements (SQLite dialect).",
        epilog="Exit codes: 0 printed or written, 2 usage error.")
    parser.add_argument("--format", required=True, choices=FORMATS, help="which artefact")
    parser.add_argument("--version", dest="standard_version", metavar="V",
                        help="version of the standard (default: the current one)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of printing")


def run(args: argparse.Namespace) -> int:
    from ..io.output import write_bytes
    from ..schema import text, versions

    try:
        data = text(args.format, args.standard_version)
    except KeyError:
        raise CommandError(f"standard version {args.standard_version} is not shipped in this package "
                           f"(shipped: {', '.join(versions())})", EXIT_USAGE) from None
    if args.output is None:
        sys.stdout.write(data)
        return EXIT_OK
    try:
        write_bytes(args.output, data.encode("utf-8"))
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}", EXIT_USAGE) from None
    print(f"wrote {args.output}", file=sys.stderr)
    return EXIT_OK
