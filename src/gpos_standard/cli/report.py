"""``gpos report PACKAGES... -o report.html``: the partnership's trends on one self-contained page.

Built only from protected figures (the partnership-wide tables of ``gpos stats``, cells suppressed and audited) and
from cross-member links counted per pair of members. Exit codes: 0 written, 1 an input cannot be read or is invalid,
2 usage error.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandError


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "report", help="one self-contained HTML page of partnership trends (protected figures and links)",
        description="Draw the partnership's trends (typologies over time, losses by currency, payment method and "
                    "crypto network, victims screened, identified and returned, cross-member links) on one HTML "
                    "page that opens offline, each chart with its table and the protection method stated.",
        epilog="Exit codes: 0 written, 1 an input cannot be read, 2 usage error. Needs the extra 'report'.")
    parser.add_argument("inputs", nargs="+", metavar="PACKAGE", help="members' exports or packages, any format")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="report file (.html)")
    parser.add_argument("--threshold", type=int, default=5, metavar="N",
                        help="hide cells counting fewer than N units (default 5)")
    parser.add_argument("--audience", choices=("hub", "community", "public"), default="community",
                        help="who will read the report: only exports marked for them are linked (default community)")
    parser.add_argument("--engine", choices=("duckdb", "spark"), default="duckdb", help="engine of the links")
    parser.add_argument("--no-links", action="store_true", help="leave the cross-member links out")


def run(args: argparse.Namespace) -> int:
    from ..hub.engines import EngineUnavailable
    from ..hub.figures import partnership
    from ..hub.link import find_links
    from ..hub.report import documents, render
    from ..io.output import SameFileError, refuse_inputs, write_bytes
    from ..io.records import ReadError
    from ..sharing.audit import AuditUnavailable

    out = Path(args.output)
    if out.suffix.lower() not in (".html", ".htm"):
        raise CommandError(f"the output must end in .html, not {out.name}", EXIT_USAGE)
    if args.threshold < 1:
        raise CommandError("--threshold must be 1 or more", EXIT_USAGE)
    inputs = [Path(p) for p in args.inputs]
    for path in inputs:
        if not path.exists():
            raise CommandError(f"{path}: no such file or folder", EXIT_USAGE)
    try:
        refuse_inputs(out, inputs)
        stats = partnership(documents(inputs), args.threshold)
        links = None if args.no_links else find_links(inputs, engine_name=args.engine, audience=args.audience)
    except (SameFileError, AuditUnavailable, EngineUnavailable, ImportError) as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    except ReadError as exc:
        raise CommandError(f"an input cannot be read: {exc}", EXIT_INVALID) from None
    try:
        write_bytes(out, render(stats, links).encode("utf-8"))
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from None
    print(f"wrote {out}: {len(stats['tables'])} protected tables of {len(stats['exports'])} exports"
          + ("" if links is None else f", {len(links.links)} cross-member links"))
    return EXIT_OK
