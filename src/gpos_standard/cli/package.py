"""``gpos package DATA... -o export.zip``: validated data in the canonical, checksummed, reproducible package.

Also holds the input and output helpers that ``gpos redact`` and ``gpos stats`` share: reading any format (or a
package) into one document, merging inputs whose envelopes agree, and writing by extension.
Exit codes: 0 written, 1 invalid or conflicting data, 2 usage error or unreadable input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandError


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "package", help="write validated exports as a checksummed export package (.zip)",
        description="Validate the inputs, merge them (their envelopes must agree) and write an export package: "
                    "manifest.json and data/export.jsonl, byte-for-byte reproducible.",
        epilog="Exit codes: 0 written, 1 invalid or conflicting data, 2 usage error or unreadable input.")
    parser.add_argument("inputs", nargs="+", metavar="DATA", help="exports in any supported format")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the package to write (.zip)")
    parser.add_argument("--allow-invalid", action="store_true", help="package data even if it has errors")


def read_export(path: Path) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """One input as a document, and the redaction its package manifest records (if it is a package)."""
    from ..io.package import PackageSource, is_package
    from ..io.records import ReadError, to_document
    from ..schema_info import collections
    from ..validation import open_source

    if not path.exists():
        raise CommandError(f"{path}: no such file or folder", EXIT_USAGE)
    try:
        source = PackageSource(path) if is_package(path) else open_source(path)
        try:
            document = to_document(source, list(collections()))
            redaction = getattr(source, "manifest", {}).get("redaction")
        finally:
            source.close()
    except ReadError as exc:
        where = exc.location.describe()
        raise CommandError(f"{path}{' (' + where + ')' if where else ''}: cannot be read: {exc}", EXIT_USAGE) from None
    except OSError as exc:
        raise CommandError(f"{path}: cannot be read ({exc.strerror or exc})", EXIT_USAGE) from None
    return document, redaction


def merge(documents: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """One document from several whose envelopes are identical; collections are concatenated in input order."""
    from ..schema_info import collections

    names = collections()
    first_name, first = documents[0]
    envelope = {k: v for k, v in first.items() if k not in names}
    merged = dict(envelope)
    for name, document in documents[1:]:
        other = {k: v for k, v in document.items() if k not in names}
        for key in sorted(set(envelope) | set(other)):
            if envelope.get(key) != other.get(key):
                raise CommandError(f"cannot merge {first_name} and {name}: their envelopes differ in {key!r} "
                                   f"({envelope.get(key)!r} vs {other.get(key)!r}); package them separately",
                                   EXIT_INVALID)
    for collection in names:
        items = [r for _, d in documents for r in d.get(collection) or []]
        if items:
            merged[collection] = items
    return merged


def check_valid(document: dict[str, Any], what: str, allow_invalid: bool, command: str) -> None:
    """Refuse invalid data (exit 1) unless allowed, listing the first errors."""
    from ..validation import validate

    report = validate(document, max_issues=10)
    if report.valid:
        return
    for issue in report.errors:
        print(f"  {issue.code} {issue.path or '/'}: {issue.message}", file=sys.stderr)
    message = f"{what} has {report.error_count} error(s)"
    if allow_invalid:
        print(f"gpos {command}: warning: {message}; going on because of --allow-invalid", file=sys.stderr)
        return
    raise CommandError(f"{message}; fix them (gpos validate) or pass --allow-invalid", EXIT_INVALID)


def write_export(document: dict[str, Any], path: Path, redaction: dict[str, Any] | None = None) -> None:
    """``.zip`` writes an export package; any other extension the format it names (JSON, YAML, JSON Lines...)."""
    from ..io.formats import write
    from ..io.package import write_package

    try:
        if path.suffix.lower() == ".zip":
            write_package(document, path, redaction)
        else:
            write(document, path)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}", EXIT_USAGE) from None
    except ValueError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.suffix.lower() != ".zip":
        raise CommandError(f"the package must be a .zip file, not {out}", EXIT_USAGE)
    inputs = [(str(p), *read_export(Path(p))) for p in args.inputs]
    if any(Path(p).resolve() == out.resolve() for p, _, _ in inputs):
        raise CommandError(f"the output {out} would overwrite an input; choose another path", EXIT_USAGE)
    document = merge([(name, doc) for name, doc, _ in inputs])
    redactions = {repr(r) for _, _, r in inputs}
    redaction = inputs[0][2] if len(redactions) == 1 else None
    check_valid(document, "the data", args.allow_invalid, "package")
    write_export(document, out, redaction)
    from ..schema_info import collections

    records = sum(len(document.get(c) or []) for c in collections())
    print(f"wrote {out}: {records} records from {len(inputs)} input(s)")
    return EXIT_OK

