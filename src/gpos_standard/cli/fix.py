"""``gpos fix IN -o OUT``: apply the validator's unambiguous suggestions, write a change log, validate the output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandError


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "fix", help="apply the suggested fixes that are certain, with a change log",
        description="Validate IN, apply only the suggestions that have one candidate and need no guess (a code's "
                    "title or a misspelt code, a date such as 31/12/2025, a local phone number, 1,250.00), write "
                    "OUT and a change log, and validate OUT. Exit 0 when OUT is valid, 1 when errors remain, 2 for "
                    "usage errors or unreadable input.")
    parser.add_argument("input", metavar="IN", help="export file, CSV package or XLSX workbook")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the fixed export (format from its name)")
    parser.add_argument("--log", metavar="LOG", default=None,
                        help="the change log, JSON (default: OUT with .changes.json appended)")
    parser.add_argument("--lang", default=None, metavar="LANG", help="language of the log and messages")
    parser.add_argument("--quiet", action="store_true", help="show no progress (it shows only on a terminal anyway)")


def run(args: argparse.Namespace) -> int:
    from ..fix import fix_file
    from ..i18n import choose, gettext_for
    from ..io.formats import output_format
    from ..io.output import SameFileError, refuse_inputs, write_bytes
    from ..io.records import ReadError

    source, out = Path(args.input), Path(args.output)
    log = Path(args.log) if args.log else out.with_name(out.name + ".changes.json")
    try:
        lang = choose(args.lang)
        output_format(out)
        refuse_inputs(out, [source])
        refuse_inputs(log, [source, out])
    except (ValueError, SameFileError) as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    if not source.exists():
        raise CommandError(f"{source}: no such file or folder", EXIT_USAGE)
    _ = gettext_for(lang)
    from .progress import Steps

    try:
        with Steps(args.quiet) as steps:
            steps.step(f"fixing {source.name}")
            result, before, after = fix_file(source, out)
    except ReadError as exc:
        raise CommandError(f"{source}: cannot be read: {exc}", EXIT_USAGE) from None
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from None
    data = {"input": str(source), "output": str(out), **result.log(lang),
            "errors_before": before.error_count, "errors_after": after.error_count}
    write_bytes(log, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    print(_("{applied} fixes applied, {skipped} suggestions left alone (they needed a guess); change log: {log}",
            applied=len(result.applied), skipped=len(result.skipped), log=str(log)))
    print(_("errors: {before} before, {after} after; wrote {output}", before=before.error_count,
            after=after.error_count, output=str(out)))
    if not after.valid:
        print(_("still invalid: run gpos validate {output}", output=str(out)), file=sys.stderr)
        return EXIT_INVALID
    return EXIT_OK
