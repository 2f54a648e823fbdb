"""Validate GPOS exports: ``validate(path_or_document, ...) -> Report``.

Files that cannot be parsed are reported as issues (GPOS-E001), not raised; a path that does not exist or
cannot be read raises :class:`InputError`, which the command line turns into exit code 2.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import schema_info
from ..io.loaders import JSON_SUFFIXES, YAML_SUFFIXES, Loaded, LoadError, load_document
from . import structural
from .report import Issue, Report
from .rules import RULES, Rule

__all__ = ["RULES", "InputError", "Issue", "Report", "Rule", "expand_paths", "validate", "validate_document"]

DOCUMENT_SUFFIXES = JSON_SUFFIXES | YAML_SUFFIXES


class InputError(OSError):
    """A path that does not exist or cannot be read: a usage problem, not a data problem."""


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to validate: each file as given, and the documents inside each folder (recursively, sorted)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES))
        elif path.is_file():
            out.append(path)
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder")
        else:
            raise InputError(f"{path}: not a regular file or folder")
    return out


def _record_of(document: Any, path: tuple[str | int, ...]) -> dict[str, Any]:
    collections = schema_info.collections()
    if len(path) >= 2 and path[0] in collections and isinstance(path[1], int) and isinstance(document, dict):
        record = document[path[0]][path[1]]
        record_id = record.get("id") if isinstance(record, dict) else None
        return {
            "record_type": collections[str(path[0])],
            "record_index": path[1],
            "record_id": record_id if isinstance(record_id, str) else None,
        }
    return {}


def _count_records(document: Any) -> int:
    if not isinstance(document, dict):
        return 0
    return sum(len(v) for k, v in document.items() if k in schema_info.collections() and isinstance(v, list))


def validate_document(document: Any, file: str | None = None, loaded: Loaded | None = None) -> list[Issue]:
    """Issues for one already-parsed export document."""
    issues = []
    for code, message, path in structural.check(document):
        line = loaded.line_of(path) if loaded is not None else None
        issues.append(structural.to_issue(code, message, path, file=file, line=line, **_record_of(document, path)))
    return issues


def validate(*sources: str | Path | dict[str, Any]) -> Report:
    """Validate export documents given as paths (files or folders) or as parsed dictionaries."""
    report = Report()
    for source in sources:
        if isinstance(source, dict):
            report.files.append("<document>")
            report.records += _count_records(source)
            report.issues.extend(validate_document(source))
            continue
        for path in expand_paths([source]):
            name = str(path)
            report.files.append(name)
            try:
                loaded = load_document(path)
            except LoadError as exc:
                report.issues.append(Issue("GPOS-E001", str(exc), file=name, line=exc.line))
                continue
            except OSError as exc:
                raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
            report.records += _count_records(loaded.data)
            report.issues.extend(validate_document(loaded.data, name, loaded))
    return report
