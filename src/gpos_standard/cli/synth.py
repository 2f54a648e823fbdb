"""``gpos synth``: write a synthetic, valid-by-construction export for tests, demos and benchmarks."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import EXIT_OK, EXIT_USAGE


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "synth", help="generate a synthetic export (valid, or with injected errors)",
        description="Generate a realistic synthetic export: the same seed always gives the same bytes. The format "
                    "follows the extension: .jsonl, .json, and (when available) a CSV package folder, .zip or .xlsx. "
                    "With --error-rate, a CSV sidecar FILE.injected.csv lists each injected error and its rule code.",
    )
    parser.add_argument("--records", type=int, required=True, metavar="N", help="number of records to write")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default: 0)")
    parser.add_argument("--error-rate", type=float, default=0.0, metavar="R",
                        help="share of records (0 to 1) that carry one injected error each (default: 0)")
    parser.add_argument("--member", default="TH", metavar="CC",
                        help="ISO 3166-1 alpha-2 code of the publishing member (default: TH)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="file (or package folder) to write")
    parser.add_argument("--quiet", action="store_true", help="show no progress (it shows only on a terminal anyway)")


def run(args: argparse.Namespace) -> int:
    if args.records < 1:
        return _usage("--records must be at least 1")
    if not 0.0 <= args.error_rate <= 1.0:
        return _usage("--error-rate must be between 0 and 1")
    from ..identifiers import check

    member = args.member.upper()
    if not check("country", member).valid:
        return _usage("--member must be an ISO 3166-1 alpha-2 country code, such as TH")
    from ..synth import write_export
    from .progress import Steps

    try:
        with Steps(args.quiet) as steps:
            steps.step(f"writing {args.records:,} synthetic records")
            result = write_export(args.output, args.records, args.seed, args.error_rate, member)
    except ValueError as exc:
        return _usage(str(exc))
    except OSError as exc:
        return _usage(f"cannot write {args.output}: {exc.strerror or exc}")
    extra = f", {len(result.injected)} injected errors listed in {result.sidecar}" if result.sidecar else ""
    print(f"wrote {result.records} records to {result.path}{extra}", file=sys.stderr)
    return EXIT_OK


def _usage(message: str) -> int:
    print(f"gpos synth: {message}", file=sys.stderr)
    return EXIT_USAGE
