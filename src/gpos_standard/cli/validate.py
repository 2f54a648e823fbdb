"""``gpos validate``: a report people can act on (grouped by rule), or a JSON one machines can read."""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from typing import Any

from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "validate", help="validate exports (JSON, YAML, JSON Lines, CSV package, XLSX)",
        description="Validate GPOS exports against the standard: structure, identifiers, cross-record and domain "
                    "rules. Exit 0 when there are no errors, 1 when there are, 2 for usage errors or unreadable paths.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="export files, packages, or folders holding them")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    parser.add_argument("--max-errors", type=int, default=None, metavar="N",
                        help="list at most N issues (all are still counted and summarised)")
    parser.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings too")
    parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="worker processes for large JSON Lines files (default: all cores, up to 4, for files "
                             "over 32 MiB; 1 otherwise)")
    parser.add_argument("--extension", action="append", default=[], metavar="PATH|NAME",
                        help="a national extension module (LinkML YAML) or the name of a bundled one (th-police), "
                             "whose fields and stricter rules are checked in exports that declare it; repeatable")


def _text(report: Any, limit: int | None) -> None:
    from rich.console import Console
    from rich.markup import escape

    from ..validation.rules import RULES

    console = Console(highlight=False, soft_wrap=True)
    grouped: dict[str, list[Any]] = defaultdict(list)
    for issue in report.issues:
        grouped[issue.code].append(issue)
    shown = 0
    for code, count in report.counts_by_code().items():
        rule = RULES[code]
        colour = "red" if rule.severity == "error" else "yellow"
        console.print(f"[bold {colour}]{code}[/] [bold]{escape(rule.title)}[/] ({count}) [dim]{rule.url}[/]")
        for issue in grouped[code]:
            if limit is not None and shown >= limit:
                break
            shown += 1
            record = ""
            if issue.record_type:
                record_id = f" {issue.record_id}" if issue.record_id else ""
                index = "" if issue.record_index is None else f" #{issue.record_index}"
                record = f" [{issue.record_type}{index}{record_id}]"
            console.print(f"  {escape(issue.where())}: {escape(issue.path or '/')}{escape(record)}: "
                          f"{escape(issue.message)}")
    hidden = sum(report.counts.values()) - shown
    if hidden > 0:
        console.print(f"[dim]... {hidden} more issues not listed (use --max-errors or --format json)[/]")
    verdict = "[bold green]valid[/]" if report.valid else "[bold red]INVALID[/]"
    console.print(f"{verdict}: {report.error_count} errors, {report.warning_count} warnings in "
                  f"{len(report.files)} file(s), {report.records} records")


def _progress_callback(enabled: bool) -> tuple[Any, Any]:
    if not enabled or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("validating: {task.completed:,} records"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    task = progress.add_task("validate", total=None)
    return progress, lambda n: progress.update(task, completed=n)


def run(args: argparse.Namespace) -> int:
    from ..extension import ExtensionError, load
    from ..validation import InputError, validate

    if args.max_errors is not None and args.max_errors < 0:
        print("gpos validate: --max-errors must be 0 or more", file=sys.stderr)
        return EXIT_USAGE
    if args.jobs is not None and args.jobs < 1:
        print("gpos validate: --jobs must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    try:
        extensions = [load(spec) for spec in args.extension]
    except ExtensionError as exc:
        print(f"gpos validate: --extension {exc}", file=sys.stderr)
        return EXIT_USAGE
    bar, callback = _progress_callback(not args.no_progress)
    try:
        if bar is not None:
            with bar:
                report = validate(*args.paths, progress=callback, jobs=args.jobs, extensions=extensions)
        else:
            report = validate(*args.paths, jobs=args.jobs, extensions=extensions)
    except InputError as exc:
        print(f"gpos validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        data = report.to_dict()
        if args.max_errors is not None:
            data["issues"] = data["issues"][: args.max_errors]
        data["summary"]["issues_listed"] = len(data["issues"])
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _text(report, args.max_errors)
    failed = not report.valid or (args.strict and report.warning_count > 0)
    return EXIT_INVALID if failed else EXIT_OK
