"""``gpos redact IN --audience NAME -o OUT``: an export prepared for one audience under the sharing policy.

The pseudonymisation key comes from ``--key-file`` (made by ``gpos keygen``) or ``GPOS_PSEUDONYM_KEY`` and is never
written or printed; only its random id is recorded. The output is validated before it is written.
Exit codes: 0 written, 1 invalid input or output, 2 usage error, unreadable input or missing key.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import EXIT_OK, EXIT_USAGE, CommandError
from .package import _validate, read_valid, refuse_inputs, refuse_invalid, spooled, write_export_parts
from .progress import Steps, add_quiet, current


def add_parser(sub: Any) -> None:
    from ..sharing.policy import AUDIENCES

    parser = sub.add_parser(
        "redact", help="prepare an export for an audience (pseudonymise, generalise, drop)",
        description="Apply the GPOS sharing policy for an audience. Output format by extension; .zip writes an "
                    "export package whose manifest records the redaction.",
        epilog="Exit codes: 0 written, 1 invalid input or output, 2 usage error, unreadable input or missing key.")
    parser.add_argument("input", metavar="IN", help="export in any supported format, or a package")
    parser.add_argument("--audience", required=True, choices=list(AUDIENCES), help="who will receive the output")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="output path (.zip, .json, .jsonl...)")
    parser.add_argument("--key-file", type=Path, metavar="F",
                        help="key file made by gpos keygen (default: the GPOS_PSEUDONYM_KEY variable)")
    parser.add_argument("--allow-invalid", action="store_true", help="redact data even if it has errors")
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    with Steps(args.quiet):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from ..io.spool import SpooledSource, spooled_parts
    from ..sharing.keys import KeyProblem, load_key
    from ..sharing.redact_stream import StreamRedactor

    source, out = Path(args.input), Path(args.output)
    refuse_inputs(out, [source])
    with spooled() as spool:  # the input, read once and set aside: redaction reads it several times
        try:
            key = load_key(args.key_file)
            envelope, previous = read_valid(source, spool, args.allow_invalid, "redact")
            current().step(f"redacting for {args.audience}")
            redactor = StreamRedactor(args.audience, key, previous)
            result, kept = redactor.run_stream(envelope, spool)
            redaction = redactor.redaction()
            del redactor  # its id index and detector, before the output's validator builds its own
        except KeyProblem as exc:
            raise CommandError(str(exc), EXIT_USAGE) from None
        with kept:
            refuse_invalid(_validate(SpooledSource(result, kept, "the redacted output")), "the redacted output",
                           False, "redact")
            write_export_parts(spooled_parts(result, kept), out, redaction)
    for step in redaction.get("steps", []):
        print(f"  {step['slot']}: {step['action']} ({step['values_affected']})")
    where = "in the manifest" if out.suffix.lower() == ".zip" else "only in packages (.zip)"
    print(f"wrote {out} for {args.audience} (ceiling {redaction['ceiling']}); the redaction is recorded {where}")
    return EXIT_OK
