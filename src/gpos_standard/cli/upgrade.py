"""``gpos upgrade IN -o OUT --to VERSION``: an export moved to another version of the standard.

Reads any format (or a package), carries every value the target version holds, and lists what it changed, what it
kept as it was and what the target cannot hold. Moving to an older version that lacks fields, collections or codes of
the export is refused unless ``--drop-unsupported``. The output is validated against the target version before it is
written, through a temporary file beside OUT. Exit codes: 0 written, 1 data that cannot be carried or would be
invalid, 2 usage error or unreadable input.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandError


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "upgrade", help="move an export to another version of the standard (newer or older)",
        description="Move an export to another supported version of the standard and say exactly what changed. "
                    "Moving to a newer minor version carries everything; moving to an older one cannot carry "
                    "fields, collections or codes that version lacks, and is refused unless --drop-unsupported. "
                    "The output is validated against the target version before it is written.",
        epilog="Exit codes: 0 written, 1 data that cannot be carried or would be invalid, 2 usage error or "
               "unreadable input.")
    parser.add_argument("input", metavar="IN", help="export in any supported format, or a package")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="output path; the format follows the extension (.json, .yaml, .jsonl, .xlsx, a folder "
                             "ending in / for CSV; .zip writes an export package)")
    parser.add_argument("--to", metavar="VERSION", help="the target version (default: the current version)")
    parser.add_argument("--replace-deprecated", action="store_true",
                        help="replace deprecated fields and codes that have exactly one replacement")
    parser.add_argument("--drop-unsupported", action="store_true",
                        help="drop, and list, what the target version cannot hold instead of refusing")


def _output_format(out: str) -> str:
    from ..io.formats import output_format

    if out.lower().endswith(".zip"):
        return "package"
    try:
        fmt = output_format(out)
    except ValueError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    if fmt == "csv-folder" and Path(out).is_dir() and any(Path(out).iterdir()):
        raise CommandError(f"{out} is a folder that is not empty; give a new or empty folder", EXIT_USAGE)
    return fmt


def _usual_mode(path: Path) -> None:
    """The permissions a plain write would give (temporary files and folders are private to their owner)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, (0o777 if path.is_dir() else 0o666) & ~umask)


def _write(document: dict[str, Any], out: str, fmt: str) -> None:
    """The one place this command writes: a package (written through a temporary file by its writer), or the
    format of OUT written beside it under a temporary name, then renamed over OUT."""
    from .package import write_export

    target = Path(out)
    if fmt == "package":
        write_export(document, target)
        return
    if not target.parent.is_dir():
        raise CommandError(f"cannot write {out}: no folder {target.parent}", EXIT_USAGE)
    if fmt == "csv-folder":
        spool = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    else:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=target.suffix)
        os.close(handle)
        spool = Path(name)
    try:
        write_export(document, spool)  # the same format: a temporary folder is a CSV folder
        _usual_mode(spool)
        os.replace(spool, target)
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from None
    finally:
        if spool.is_dir():
            shutil.rmtree(spool, ignore_errors=True)
        else:
            spool.unlink(missing_ok=True)


def _print(title: str, notes: list[Any], stream: Any = None) -> None:
    for note in notes:
        print(f"  {title} {note.line()}", file=stream or sys.stdout)


def run(args: argparse.Namespace) -> int:
    from ..resources import current_version, supported_versions
    from ..validation import validate
    from ..versioning.upgrade import CannotCarry, UpgradeError, upgrade
    from .package import read_export

    source, out = Path(args.input), args.output
    target = args.to or current_version()
    if target not in supported_versions():
        raise CommandError(f"standard version {target} is not shipped in this package (supported: "
                           f"{', '.join(supported_versions())})", EXIT_USAGE)
    if source.exists() and source.resolve() == Path(out).resolve():
        raise CommandError(f"the output {out} would overwrite the input; choose another path", EXIT_USAGE)
    fmt = _output_format(out)
    document, _ = read_export(source)
    try:
        result = upgrade(document, target, replace_deprecated=args.replace_deprecated,
                         drop_unsupported=args.drop_unsupported)
    except CannotCarry as exc:
        _print("cannot carry", exc.result.unsupported, sys.stderr)
        raise CommandError(f"{source}: {len(exc.result.unsupported)} value(s) cannot be carried into {target} "
                           "(listed above); pass --drop-unsupported to drop them", EXIT_INVALID) from None
    except UpgradeError as exc:
        raise CommandError(f"{source}: {exc}", EXIT_INVALID) from None
    report = validate(result.document, max_issues=10)
    if not report.valid:
        for issue in report.errors:
            print(f"  {issue.code} {issue.path or '/'}: {issue.message}", file=sys.stderr)
        before = validate(document, max_issues=1)
        cause = (f"{source} is itself invalid (gpos validate {source})" if not before.valid else
                 f"a value valid in {result.source} is not valid in {target}")
        raise CommandError(f"the export moved to {target} has {report.error_count} error(s): {cause}; nothing "
                           "written", EXIT_INVALID)
    print(f"{source}: standard version {result.source} -> {target}")
    _print("changed", result.changed)
    _print("kept   ", result.kept)
    _print("dropped", result.unsupported)
    _write(result.document, out, fmt)
    warnings = f" ({report.warning_count} warning(s): gpos validate {out})" if report.warning_count else ""
    print(f"wrote {out}: valid against {target}{warnings}; {len(result.changed)} change(s), "
          f"{len(result.unsupported)} value(s) dropped")
    return EXIT_OK
