"""``gpos stats IN -o stats.json|stats.csv``: aggregate figures with small-cell suppression, fit to publish.

Nothing is written until every table passed the audit against the linear-programming attack (which needs scipy:
``pip install 'gpos-standard[stats]'``). Exit codes: 0 written, 1 invalid input, 2 usage error, unreadable input
or scipy missing.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import EXIT_OK, EXIT_USAGE, CommandError
from .package import check_valid, read_export, read_valid, refuse_inputs, spooled
from .progress import Steps, add_quiet, current


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "stats", help="aggregate statistics with small-cell suppression (JSON or CSV)",
        description="Count reports, losses, victims and cases; hide cells below the threshold and enough others "
                    "that no hidden cell can be narrowed below the threshold by solving the published totals "
                    "(audited by integer linear programming before anything is written; needs scipy).",
        epilog="Exit codes: 0 written, 1 invalid input, 2 usage error or unreadable input.")
    parser.add_argument("input", metavar="IN", nargs="+",
                        help="export in any supported format, or a package; several: partnership-wide tables over "
                             "all of them, with the hub's tables (needs nothing more than one export does)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="stats.json or stats.csv (long format)")
    parser.add_argument("--threshold", type=int, default=5, metavar="N",
                        help="hide cells counting fewer than N units (default 5)")
    add_quiet(parser)
    parser.add_argument("--allow-invalid", action="store_true", help="compute figures even if the data has errors")


def run(args: argparse.Namespace) -> int:
    with Steps(args.quiet):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from ..hub.figures import partnership
    from ..io.output import write_bytes
    from ..sharing.audit import AuditUnavailable
    from ..sharing.stats import compute_records, to_csv, to_json

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise CommandError(f"the output must end in .json or .csv, not {out.name}", EXIT_USAGE)
    if args.threshold < 1:
        raise CommandError("--threshold must be 1 or more", EXIT_USAGE)
    refuse_inputs(out, [Path(p) for p in args.input])
    try:
        if len(args.input) == 1:
            with spooled() as spool:  # the input, read once and set aside: each table reads what it counts
                envelope, _ = read_valid(Path(args.input[0]), spool, args.allow_invalid, "stats")
                current().step("computing and auditing the tables")
                stats = compute_records(envelope, spool.records, args.threshold)
        else:
            stats = partnership(_documents(args.input, args.allow_invalid), args.threshold)
    except AuditUnavailable as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    text = to_json(stats) if suffix == ".json" else to_csv(stats)
    try:
        write_bytes(out, text.encode("utf-8"))
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from None
    hidden = sum(c["suppressed"] for t in stats["tables"].values() for c in t["cells"])
    print(f"wrote {out}: {len(stats['tables'])} tables, {hidden} cells suppressed (threshold {args.threshold}); "
          "audited against the linear-programming attack")
    return EXIT_OK


def _documents(paths: list[str], allow_invalid: bool) -> Iterator[dict[str, Any]]:
    """Each export in turn, checked like a single one: only one is held at a time."""
    for path in paths:
        document, _ = read_export(Path(path))
        check_valid(document, path, allow_invalid, "stats")
        yield document

