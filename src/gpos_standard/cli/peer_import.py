"""``gpos import FORMAT IN -o OUT``: a peer's file (STIX 2.1, MISP, CTDC, HTCDS) as a valid GPOS export.

What the source holds and the standard cannot is never dropped silently: it is listed, with counts, on the
terminal and in ``--not-carried FILE`` (JSON). The result is validated; an invalid result is not written.
Exit codes: 0 written, 1 the result would be invalid, 2 usage error or unreadable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import EXIT_OK, EXIT_USAGE, CommandError
from .package import check_valid, refuse_inputs, write_export


def add_parser(sub: Any) -> None:
    from ..interop import FORMATS

    parser = sub.add_parser(
        "import", help="convert a peer's file (stix, misp, ctdc, htcds) to a GPOS export",
        description="Convert a file in a peer's format into a GPOS export, listing what could not be carried. "
                    + "; ".join(f"{f.name}: {f.title}" for f in FORMATS.values() if f.imports) + ".",
        epilog="Exit codes: 0 written, 1 the result would be invalid, 2 usage error or unreadable input.")
    parser.add_argument("format", choices=[f.name for f in FORMATS.values() if f.imports], metavar="FORMAT",
                        help="the peer format: " + ", ".join(f.name for f in FORMATS.values() if f.imports))
    parser.add_argument("input", metavar="IN", help="the peer's file")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="the GPOS export to write (format by extension: .json, .jsonl, .yaml, .xlsx, .zip...)")
    parser.add_argument("--member", metavar="CC", help="member country of the export (ISO 3166-1 alpha-2)")
    parser.add_argument("--publisher", metavar="ID", help="organisation id of the publisher")
    parser.add_argument("--export-id", metavar="ID", help="the export's id")
    parser.add_argument("--marking", metavar="TLP", help="sharing marking when the source has none")
    parser.add_argument("--not-carried", type=Path, metavar="FILE",
                        help="write the report of what was not carried (JSON)")


def run(args: argparse.Namespace) -> int:
    from ..interop import ConversionError, ImportOptions, NotInstalled, load
    from ..io.output import write_bytes

    source, out = Path(args.input), Path(args.output)
    if not source.exists():
        raise CommandError(f"{source}: no such file or folder", EXIT_USAGE)
    refuse_inputs(out, [source])
    if args.not_carried:
        refuse_inputs(args.not_carried, [source, out])
    options = ImportOptions(member_country=args.member, publisher=args.publisher, export_id=args.export_id,
                            sharing_marking=args.marking)
    try:
        converter = load(args.format)
    except NotInstalled as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    try:
        result = converter.import_path(source, options)
    except ConversionError as exc:
        raise CommandError(f"{source}: cannot be read as {args.format}: {exc}", EXIT_USAGE) from None
    except OSError as exc:
        raise CommandError(f"{source}: cannot be read ({exc.strerror or exc})", EXIT_USAGE) from None
    summary = result.summary()
    check_valid(result.document, f"the export made from {source}", False, "import")
    write_export(result.document, out)
    if args.not_carried:
        write_bytes(args.not_carried, json.dumps({"source": str(source), "format": args.format,
                                                  "records_read": result.records_read,
                                                  "records_skipped": result.records_skipped,
                                                  "not_carried": summary}, indent=2, ensure_ascii=False).encode())
    for row in summary:
        print(f"  not carried: {row['where']}: {row['reason']} ({row['count']})", file=sys.stderr)
    print(f"wrote {out}: {result.records_read} source record(s) read, {result.records_skipped} skipped, "
          f"{sum(r['count'] for r in summary)} value(s) not carried")
    return EXIT_OK
