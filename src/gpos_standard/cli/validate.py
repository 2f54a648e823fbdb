"""``gpos validate``: print a report people can act on, or a JSON one machines can."""

from __future__ import annotations

import argparse
import json
import sys

from ..validation import InputError, Report, validate
from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE


def _text(report: Report, limit: int | None) -> str:
    lines = []
    shown = report.issues if limit is None else report.issues[:limit]
    for issue in shown:
        where = issue.file or "<document>"
        if issue.line is not None:
            where += f":{issue.line}"
        record = ""
        if issue.record_type:
            record_id = f" {issue.record_id}" if issue.record_id else ""
            record = f" [{issue.record_type} #{issue.record_index}{record_id}]"
        lines.append(f"{where}: {issue.severity} {issue.code}{record} at {issue.path or '/'}: {issue.message}")
    if limit is not None and len(report.issues) > limit:
        lines.append(f"... {len(report.issues) - limit} more issues not shown (--max-errors {limit})")
    if report.issues:
        lines.append("by rule: " + ", ".join(f"{code} x{n}" for code, n in report.counts_by_code().items()))
    verdict = "valid" if report.valid else "INVALID"
    lines.append(
        f"{verdict}: {len(report.errors)} errors, {len(report.warnings)} warnings in {len(report.files)} "
        f"file(s), {report.records} records"
    )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.max_errors is not None and args.max_errors < 0:
        print("gpos validate: --max-errors must be 0 or more", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = validate(*args.paths)
    except InputError as exc:
        print(f"gpos validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        data = report.to_dict()
        if args.max_errors is not None:
            data["issues"] = data["issues"][: args.max_errors]
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(_text(report, args.max_errors))
    return EXIT_OK if report.valid else EXIT_INVALID
