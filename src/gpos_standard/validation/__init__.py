"""Validate GPOS exports: ``validate(path_or_document, ...) -> Report``; one record: ``validate_record``.

Files that cannot be parsed are reported as issues (GPOS-E001), not raised; a path that does not exist or
cannot be read raises ``InputError``, which the command line turns into exit code 2.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from .._modelbase import GposModel
    from ..extension import Extension

from ..io.records import ReadError, Source
from .engine import Progress, SourceValidator
from .record import validate_record
from .report import Issue, Report
from .rules import RULES, Rule

__all__ = ["RULES", "InputError", "Issue", "Report", "Rule", "Validatable", "expand_paths", "open_source", "validate",
           "validate_record"]

# What validate() takes: a path (file, package or folder), a parsed document, a model (an Export, or one record),
# or records without an envelope (models, or dicts with their record_type).
Validatable = Union[str, Path, Mapping[str, Any], "GposModel", Iterable[Union["GposModel", Mapping[str, Any]]]]

DOCUMENT_SUFFIXES = {".json", ".yaml", ".yml", ".jsonl", ".xlsx", ".zip"}
# JSON documents at least this large are validated record by record instead of being loaded whole.
STREAM_DOCUMENT_BYTES = 32 * 1024**2


class InputError(OSError):
    """A path that does not exist or cannot be read: a usage problem, not a data problem."""


def _is_package(folder: Path) -> bool:
    return any((folder / name).is_file() for name in ("export.csv", "manifest.json", "export.parquet"))


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """What to validate: each file as given; a folder that is a package as one; other folders' exports inside."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            if _is_package(path):
                out.append(path)
                continue
            packages: list[Path] = []
            for child in sorted(path.rglob("*")):
                if any(package in child.parents for package in packages):
                    continue  # a file of a package is validated as part of it
                if child.is_dir() and _is_package(child):
                    packages.append(child)
                    out.append(child)
                elif child.is_file() and child.suffix.lower() in DOCUMENT_SUFFIXES:
                    out.append(child)
        elif path.is_file():
            out.append(path)
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder")
        else:
            raise InputError(f"{path}: not a regular file or folder")
    return out


def open_source(path: Path) -> Source:
    """The reader for a path, chosen by extension and content."""
    from ..io.formats import open_source as open_any
    from ..io.package import PackageSource, is_package

    if is_package(path):
        return PackageSource(path)
    if path.suffix.lower() == ".json" and path.stat().st_size >= STREAM_DOCUMENT_BYTES:
        from ..io.stream_document import StreamingDocumentSource

        return StreamingDocumentSource(path)
    return open_any(path)


def _jobs_for(source: Source, jobs: int | None) -> int:
    from ..io.jsonl import JsonLinesSource

    if type(source) is not JsonLinesSource:  # only plain JSON Lines files can be cut into ranges
        return 1
    if jobs is None:
        from .parallel import default_jobs

        return default_jobs(source.path)
    return max(1, jobs)


class _Unreadable(Source):
    def __init__(self, name: str, error: ReadError) -> None:
        super().__init__(name)
        self.error = error

    def envelope(self) -> tuple[dict[str, Any], Any]:
        raise self.error

    def records(self) -> Any:
        return iter(())


def validate(*sources: Validatable, now: datetime | None = None, max_issues: int | None = None,
             progress: Progress | None = None, jobs: int | None = None,
             extensions: Iterable[str | Path | Extension] = ()) -> Report:
    """Validate exports given as paths (files, packages or folders), parsed documents or models.

    A record model, or an iterable of records (models, or dicts with their ``record_type``), is checked without
    an envelope: each record by its own rules, and all of them together by the cross-record rules (references
    resolve among them, ids are unique). Each argument is validated on its own.

    ``jobs``: worker processes for large JSON Lines files (None: both cores for files over 32 MiB, else one).
    ``extensions``: national extension modules (paths or names of bundled ones) whose fields and rules to check
    in the exports that declare them; an unreadable or refused module raises ``ExtensionError``.
    """
    from ..extension import Extension, load

    loaded = [e if isinstance(e, Extension) else load(e) for e in extensions]
    report = Report(max_issues=max_issues)
    for given in sources:
        if not isinstance(given, (str, Path)):
            from .inputs import source_of

            items: list[Source] = [source_of(given)]
        else:
            items = []
            for path in expand_paths([given]):
                if path != Path(given) and path.is_symlink():
                    items.append(_Unreadable(str(path), ReadError(
                        "a symbolic link inside a folder: links are not followed; validate its target directly")))
                    continue
                try:
                    items.append(open_source(path))
                except ReadError as exc:
                    items.append(_Unreadable(str(path), exc))
                except PermissionError as exc:
                    raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
        for source in items:
            report.files.append(source.name)
            try:
                workers = _jobs_for(source, jobs)
                if workers > 1:
                    from .parallel import run_parallel

                    run_parallel(source, report, workers, now=now, progress=progress,  # type: ignore[arg-type]
                                 extensions=loaded)
                else:
                    SourceValidator(source, report, now=now, progress=progress, extensions=loaded).run()
            except PermissionError as exc:
                raise InputError(f"{source.name}: cannot be read ({exc.strerror})") from None
            finally:
                source.close()
    return report
