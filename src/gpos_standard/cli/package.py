"""``gpos package DATA... -o export.zip``: validated data in the canonical, checksummed, reproducible package.

Packaging streams: the inputs are validated as one export (the JSON Lines fast lane for a single JSON Lines
file), then read once more and written record by record, so a national export is packaged in the memory the
validator needs. Also holds the input and output helpers that ``gpos redact`` and ``gpos stats`` share: reading
any format (or a package) into one document, and writing by extension.
Exit codes: 0 written, 1 invalid or conflicting data, 2 usage error or unreadable input.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandError
from .progress import Steps, add_quiet, current


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "package", help="write validated exports as a checksummed export package (.zip)",
        description="Validate the inputs, merge them (their envelopes must agree) and write an export package: "
                    "manifest.json and data/export.jsonl, byte-for-byte reproducible.",
        epilog="Exit codes: 0 written, 1 invalid or conflicting data, 2 usage error or unreadable input.")
    parser.add_argument("inputs", nargs="+", metavar="DATA", help="exports in any supported format")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the package to write (.zip)")
    parser.add_argument("--allow-invalid", action="store_true", help="package data even if it has errors")
    add_quiet(parser)


def open_input(path: Path) -> Any:
    """The Source of one input (a package or any format), or a CommandError for exit code 2."""
    from ..io.package import PackageSource, is_package
    from ..io.records import ReadError
    from ..validation import open_source

    if not path.exists():
        raise CommandError(f"{path}: no such file or folder", EXIT_USAGE)
    try:
        return PackageSource(path) if is_package(path) else open_source(path)
    except ReadError as exc:
        raise _unreadable(path, exc) from None
    except OSError as exc:
        raise CommandError(f"{path}: cannot be read ({exc.strerror or exc})", EXIT_USAGE) from None


def _unreadable(path: Path | str, exc: Any) -> CommandError:
    where = exc.location.describe()
    return CommandError(f"{path}{' (' + where + ')' if where else ''}: cannot be read: {exc}", EXIT_USAGE)


def read_export(path: Path) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """One input as a document, and the redaction its package manifest records (if it is a package)."""
    from ..io.records import ReadError, to_document
    from ..schema_info import collections

    source = open_input(path)
    try:
        document = to_document(source, list(collections()))
        redaction = getattr(source, "manifest", {}).get("redaction")
    except ReadError as exc:
        raise _unreadable(path, exc) from None
    except OSError as exc:
        raise CommandError(f"{path}: cannot be read ({exc.strerror or exc})", EXIT_USAGE) from None
    finally:
        source.close()
    return document, redaction


@contextlib.contextmanager
def spooled() -> Iterator[Any]:
    """A :class:`~..io.spool.Spool` for a command; temporary files it cannot write are exit code 2."""
    from ..io.spool import Spool, SpoolError

    try:
        with Spool() as spool:
            yield spool
    except SpoolError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None


def read_valid(path: Path, spool: Any, allow_invalid: bool, command: str) -> tuple[dict[str, Any],
                                                                                  dict[str, Any] | None]:
    """One input read once, validated as it is set aside in ``spool`` (:mod:`..io.spool`): its envelope, and the
    redaction its package manifest records (if it is a package). Invalid data is refused as by
    :func:`check_valid`; a record that cannot be read is exit code 2, as when reading into a document."""
    from ..io.records import ReadError
    from ..io.spool import SpoolError, SpoolingSource

    source = open_input(path)
    try:
        try:
            envelope = source.envelope()[0]
        except ReadError as exc:
            raise _unreadable(path, exc) from None
        previous = getattr(source, "manifest", {}).get("redaction")
        try:
            report = _validate(SpoolingSource(source, spool))
        except SpoolError:
            raise
        except OSError as exc:
            raise CommandError(f"{path}: cannot be read ({exc.strerror or exc})", EXIT_USAGE) from None
    finally:
        source.close()
    refuse_invalid(report, str(path), allow_invalid, command)
    return envelope, previous


def agree(envelopes: list[tuple[str, dict[str, Any]]]) -> None:
    """Inputs can be packaged together only if their envelopes are identical."""
    first_name, first = envelopes[0]
    for name, other in envelopes[1:]:
        for key in sorted(set(first) | set(other)):
            if first.get(key) != other.get(key):
                raise CommandError(f"cannot merge {first_name} and {name}: their envelopes differ in {key!r} "
                                   f"({first.get(key)!r} vs {other.get(key)!r}); package them separately",
                                   EXIT_INVALID)


def check_valid(document: dict[str, Any], what: str, allow_invalid: bool, command: str) -> None:
    """Refuse invalid data (exit 1) unless allowed, listing the first errors."""
    from ..validation import validate

    refuse_invalid(validate(document, max_issues=10), what, allow_invalid, command)


def refuse_invalid(report: Any, what: str, allow_invalid: bool, command: str) -> None:
    if report.valid:
        return
    for issue in report.errors:
        where = f"{issue.where()} " if issue.line or issue.row else ""  # read from a file: where in it
        print(f"  {issue.code} {where}{issue.path or '/'}: {issue.message}", file=sys.stderr)
    message = f"{what} has {report.error_count} error(s)"
    if allow_invalid:
        print(f"gpos {command}: warning: {message}; going on because of --allow-invalid", file=sys.stderr)
        return
    raise CommandError(f"{message}; fix them (gpos validate) or pass --allow-invalid", EXIT_INVALID)


def refuse_inputs(output: Path, inputs: list[Path]) -> None:
    """Exit 2 when the output would overwrite an input (by path, hard link or symbolic link) or lie inside one."""
    from ..io.output import SameFileError
    from ..io.output import refuse_inputs as check

    try:
        check(output, inputs)
    except SameFileError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None


def write_export(document: dict[str, Any], path: Path, redaction: dict[str, Any] | None = None) -> None:
    """``.zip`` writes an export package; any other extension the format it names (JSON, YAML, JSON Lines...)."""
    from ..io.spool import document_parts

    write_export_parts(document_parts(document), path, redaction)


def write_export_parts(parts: Any, path: Path, redaction: dict[str, Any] | None = None) -> None:
    """:func:`write_export` for a document given in parts (:mod:`..io.spool`), a record at a time."""
    from ..io.formats import write_parts
    from ..io.package_writer import PackageWriter
    from ..io.spool import RECORDS
    from ..schema_info import collections

    try:
        if path.suffix.lower() == ".zip":
            writer = PackageWriter(parts.envelope())
            update = current().step(f"writing {path.name}")
            try:
                for name in collections():
                    value = parts.get(name)
                    for record in parts.records(name) if value is RECORDS else value or []:
                        writer.add(name, record)
                        update(sum(writer.counts.values()))
                writer.write(path, redaction)
            finally:
                writer.close()
        else:
            current().step(f"writing {path.name}")
            write_parts(parts, path)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}", EXIT_USAGE) from None
    except ValueError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None


def run(args: argparse.Namespace) -> int:
    with Steps(args.quiet):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from ..io.package_writer import PackageWriter
    from ..io.records import BadRecord, ChainedSource, ReadError

    out = Path(args.output)
    if out.suffix.lower() != ".zip":
        raise CommandError(f"the package must be a .zip file, not {out}", EXIT_USAGE)
    paths = [Path(p) for p in args.inputs]
    refuse_inputs(out, paths)
    sources: list[Any] = []
    try:
        for path in paths:
            sources.append(open_input(path))  # exit code 2 for a missing or unreadable input
        envelopes = []
        for path, source in zip(paths, sources, strict=True):
            try:
                envelopes.append((str(path), source.envelope()[0]))
            except ReadError as exc:
                raise _unreadable(path, exc) from None
        agree(envelopes)
        redactions = [getattr(source, "manifest", {}).get("redaction") for source in sources]
        report = _validate(sources[0] if len(sources) == 1 else ChainedSource(sources))
    finally:
        for source in sources:
            source.close()
    refuse_invalid(report, "the data", args.allow_invalid, "package")
    writer = PackageWriter(envelopes[0][1])
    update = current().step(f"writing {out.name}", report.records)
    try:
        for path in paths:  # read again: validation kept nothing but ids and references
            source = open_input(path)
            try:
                for item in source.records():
                    if isinstance(item, BadRecord):
                        raise CommandError(f"{path} ({item.location.describe()}): cannot be read: {item.message}",
                                           EXIT_USAGE)
                    writer.add(item.collection, item.data)
                    update(sum(writer.counts.values()))
            finally:
                source.close()
        writer.write(out, redactions[0] if len({repr(r) for r in redactions}) == 1 else None)
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from None
    except ValueError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    finally:
        writer.close()
    print(f"wrote {out}: {sum(writer.counts.values())} records from {len(paths)} input(s)")
    return EXIT_OK


def _validate(source: Any) -> Any:
    """The report of one source (several inputs chained as one), keeping the first ten issues; an unreadable
    record is exit code 2, as when reading into a document."""
    from ..validation import Report
    from ..validation.engine import SourceValidator

    class Packaging(Report):
        unreadable = None

        def add(self, issue: Any) -> None:
            super().add(issue)
            if self.unreadable is None and issue.code in ("GPOS-E001", "GPOS-E011"):
                self.unreadable = issue

    report = Packaging(max_issues=10)
    SourceValidator(source, report, progress=current().step("reading and validating")).run()
    first = report.unreadable
    if first is not None:
        where = ", ".join(str(x) for x in (first.file, first.where()) if x)
        raise CommandError(f"{where}: cannot be read: {first.message}", EXIT_USAGE)
    return report
