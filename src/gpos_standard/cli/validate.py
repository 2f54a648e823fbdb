"""``gpos validate``: a report people can act on (grouped by rule), or a JSON one machines can read."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "validate", help="validate exports (JSON, YAML, JSON Lines, CSV package, XLSX)",
        description="Validate GPOS exports against the standard: structure, identifiers, cross-record and domain "
                    "rules. Exit 0 when there are no errors, 1 when there are, 2 for usage errors or unreadable paths.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="export files, packages, or folders holding them")
    parser.add_argument("--format", choices=["text", "json", "html"], default="text",
                        help="output format (default: text); html: one self-contained page, grouped by rule")
    parser.add_argument("-o", "--output", metavar="FILE", default=None,
                        help="write the json or html report to FILE (written whole or not at all) instead of stdout")
    parser.add_argument("--max-errors", type=int, default=None, metavar="N",
                        help="list at most N issues (all are still counted and summarised)")
    parser.add_argument("--lang", default=None, metavar="LANG",
                        help="language of the report: en, th, bn, ne, es or ar (default: from the locale, else en)")
    parser.add_argument("--all", action="store_true", dest="show_all",
                        help="list every issue kept, not only the first three of each rule")
    parser.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings too")
    parser.add_argument("--no-progress", "--quiet", action="store_true", dest="no_progress",
                        help="never show progress (it shows only on a terminal anyway)")
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="worker processes for large JSON Lines files (default: all cores, up to 4, for files "
                             "over 32 MiB; 1 otherwise)")
    parser.add_argument("--extension", action="append", default=[], metavar="PATH|NAME",
                        help="a national extension module (LinkML YAML) or the name of a bundled one (th-police), "
                             "whose fields and stricter rules are checked in exports that declare it; repeatable")


_STYLES = {"error": "bold red", "warning": "bold yellow", "fix": "green", "more": "dim", "valid": "bold green",
           "invalid": "bold red"}


def _text(report: Any, limit: int | None, lang: str, show_all: bool) -> None:
    from rich.console import Console
    from rich.markup import escape

    from ..validation import present

    console = Console(highlight=False, soft_wrap=True)
    for kind, line in present.text_lines(report, lang, show_all, limit):
        style = _STYLES.get(kind)
        console.print(f"[{style}]{escape(line)}[/]" if style else escape(line))


def _emit(text: str, output: str | None) -> None:
    if output is None:
        print(text)
        return
    from ..io.output import write_bytes

    write_bytes(output, (text + "\n").encode("utf-8"))


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
    from ..i18n import choose
    from ..validation import InputError, validate

    if args.max_errors is not None and args.max_errors < 0:
        print("gpos validate: --max-errors must be 0 or more", file=sys.stderr)
        return EXIT_USAGE
    if args.jobs is not None and args.jobs < 1:
        print("gpos validate: --jobs must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    if args.output is not None and args.format == "text":
        print("gpos validate: --output needs --format json or html", file=sys.stderr)
        return EXIT_USAGE
    try:
        from ..io.output import SameFileError, refuse_inputs

        if args.output is not None:
            refuse_inputs(args.output, args.paths)
    except SameFileError as exc:
        print(f"gpos validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        lang = choose(args.lang)
    except ValueError as exc:
        print(f"gpos validate: --lang: {exc}", file=sys.stderr)
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
    if args.format == "html":
        from ..validation.html_report import render

        _emit(render(report, lang, args.show_all), args.output)
    elif args.format == "json":
        data = report.to_dict()
        if lang != "en":
            from ..validation import present

            data["lang"] = lang
            for item, issue in zip(data["issues"], report.issues, strict=False):
                item["message_localized"] = present.message(issue, lang)
                if issue.suggestion is not None:
                    item["suggestion_localized"] = present.suggestion(issue, lang)
        if args.max_errors is not None:
            data["issues"] = data["issues"][: args.max_errors]
        data["summary"]["issues_listed"] = len(data["issues"])
        _emit(json.dumps(data, indent=2, ensure_ascii=False), args.output)
    else:
        _text(report, args.max_errors, lang, args.show_all)
    failed = not report.valid or (args.strict and report.warning_count > 0)
    return EXIT_INVALID if failed else EXIT_OK
