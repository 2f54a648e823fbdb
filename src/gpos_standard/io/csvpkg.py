"""CSV packages: a folder or ``.zip`` with one CSV file per collection, for members who work in spreadsheets.

The package holds ``export.csv`` (the envelope: a header row and exactly one data row) and one
``<collection>.csv`` per collection that has records, named by the Export slot: ``scam_reports.csv``,
``cases.csv``, ``persons.csv``, ``person_involvements.csv``... A zip may hold the files at its top level or
inside one folder (as "compress folder" makes them). Files whose names start with ``_`` or ``.`` (such as the
template's ``_fields.csv``) and files that are not CSV are ignored; any other CSV file is reported.

Each file is UTF-8, comma-separated with RFC 4180 quoting (fields holding commas, quotes or line breaks are
quoted, quotes doubled), with the column names in the first row. A UTF-8 byte-order mark at the start is
tolerated, since Excel's "CSV UTF-8" writes one. Columns and cells follow the conventions in
:mod:`gpos_standard.io.tabular`. Row numbers count CSV records with the header as row 1, as a spreadsheet
shows them. Zips are read through :mod:`gpos_standard.io.archive`, never extracted.

Text is written exactly as it is, even when it starts with ``=``, ``+``, ``-`` or ``@``: a spreadsheet
program may take such a cell for a formula, so open CSV files from others with care (XLSX files written by
this package store every cell as text and are not affected).
"""

from __future__ import annotations

import csv
import errno
import io
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from difflib import get_close_matches
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .. import schema_info
from . import tabular
from .archive import SafeZip, write_member, write_member_from
from .flatten import stream_tables, table_rows
from .records import BadRecord, Locate, Location, ReadError, RecordItem, Source, tables_of

if TYPE_CHECKING:
    from .spool import Parts

ENVELOPE_FILE = "export.csv"
MAX_LINE = 16 * 1024**2
_BOM = b"\xef\xbb\xbf"

if csv.field_size_limit() < MAX_LINE:  # the default (128 KiB) would cut long narratives
    csv.field_size_limit(MAX_LINE)


def _text_lines(stream: IO[bytes]) -> Iterator[str]:
    """Decode line by line so a bad byte is reported, and no line is held beyond MAX_LINE."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE:
            raise tabular.FileProblem(f"line {number} is longer than {MAX_LINE} bytes")
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise tabular.FileProblem(f"line {number} is not valid UTF-8 (byte {exc.start + 1}); save the file "
                                      "as 'CSV UTF-8'") from None


def csv_rows(stream: IO[bytes]) -> Iterator[tuple[int, list[Any]]]:
    """``(row number, cells)`` for each CSV record, the header being row 1."""
    reader = csv.reader(_text_lines(stream), strict=True)
    row = 0
    try:
        for cells in reader:
            row += 1
            yield row, cells
    except csv.Error as exc:
        raise tabular.FileProblem(f"row {row + 1} is not valid CSV: {exc}") from None


class _Folder:
    """A package folder. Symbolic links are never followed: one named like a package file is refused, since
    what it points to (anywhere on the machine) would be read and quoted as part of the export."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def names(self) -> list[str]:
        names = []
        for entry in sorted(self.path.iterdir()):
            if entry.is_symlink():
                if entry.name.lower().endswith(".csv") and not entry.name.startswith(("_", ".")):
                    raise ReadError(f"{entry.name} in the package is a symbolic link; links are not followed: put "
                                    "the file itself in the folder")
                continue
            if entry.is_file():
                names.append(entry.name)
        return names

    def open(self, name: str) -> IO[bytes]:
        return open_no_follow(self.path / name)

    def close(self) -> None:
        pass


def open_no_follow(path: Path) -> IO[bytes]:
    """Open a file for reading, refusing a symbolic link even if one replaced the file since it was listed."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError(f"{path.name} is a symbolic link; links are not followed") from None
        raise
    return os.fdopen(fd, "rb")


class _Zipped:
    def __init__(self, path: Path) -> None:
        self.zip = SafeZip(path)
        names = self.zip.names()
        self.prefix = ""
        if ENVELOPE_FILE not in names:
            nested = [n for n in names if n.endswith("/" + ENVELOPE_FILE) and n.count("/") == 1
                      and not n.startswith("__MACOSX/")]
            if len(nested) == 1:
                self.prefix = nested[0][: -len(ENVELOPE_FILE)]
        self.others = [n for n in names if not n.startswith(self.prefix) or "/" in n[len(self.prefix):]]

    def names(self) -> list[str]:
        return [n[len(self.prefix):] for n in self.zip.names()
                if n.startswith(self.prefix) and "/" not in n[len(self.prefix):]]

    def open(self, name: str) -> IO[bytes]:
        return self.zip.open(self.prefix + name)

    def close(self) -> None:
        self.zip.close()


class CsvPackageSource(Source):
    """A CSV package in a folder or a zip; each file is streamed row by row."""

    format = "csv"

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self._box: _Folder | _Zipped = _Folder(path) if path.is_dir() else _Zipped(path)
        try:
            self._files, self._strays = self._survey()
        except BaseException:
            self._box.close()
            raise
        self._envelope: tuple[dict[str, Any], Locate] | None = None

    def _survey(self) -> tuple[dict[str, str], list[str]]:
        collections = schema_info.collections()
        names = self._box.names()
        if ENVELOPE_FILE not in names:
            raise ReadError(f"no {ENVELOPE_FILE} in the package: a CSV package holds {ENVELOPE_FILE} (the envelope) "
                            "and one CSV file per collection, such as scam_reports.csv")
        files: dict[str, str] = {}
        strays: list[str] = []
        for name in names:
            stem, dot, ext = name.rpartition(".")
            if not dot or ext.lower() != "csv" or name.startswith(("_", ".")) or name == ENVELOPE_FILE:
                continue
            if stem in collections:
                files[stem] = name
            else:
                strays.append(name)
        if isinstance(self._box, _Zipped):
            strays += [n for n in self._box.others if n.lower().endswith(".csv")
                       and not n.startswith("__MACOSX/") and not n.rpartition("/")[2].startswith(("_", "."))]
        return files, strays

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        if self._envelope is None:
            with self._box.open(ENVELOPE_FILE) as stream:
                self._envelope = tabular.read_envelope(ENVELOPE_FILE, csv_rows(stream), schema_info.collections())
        return self._envelope

    def records(self) -> Iterator[RecordItem | BadRecord]:
        collections = schema_info.collections()
        for name in self._strays:
            hint = get_close_matches(name.rpartition("/")[2].lower().removesuffix(".csv"), list(collections), n=1)
            yield BadRecord(f"{name} is not a file of the standard" + (f"; did you mean {hint[0]}.csv?" if hint else
                            f"; expected {ENVELOPE_FILE} or <collection>.csv"), Location(sheet=name))
        for collection, cls in collections.items():
            if collection in self._files:
                with self._box.open(self._files[collection]) as stream:
                    yield from tabular.read_table(self._files[collection], collection, cls, csv_rows(stream))

    def close(self) -> None:
        self._box.close()


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    try:
        writer.writerow(header)
        writer.writerows(rows)
    except csv.Error as exc:  # Python 3.10's csv module cannot write a NUL character at all
        raise ValueError(f"this value cannot be written to CSV on Python {sys.version_info[0]}.{sys.version_info[1]} "
                         f"({exc}); use JSON, JSON Lines or XLSX") from None
    return buffer.getvalue().encode("utf-8")


def package_files(document: dict[str, Any]) -> list[tuple[str, bytes]]:
    """The files of a CSV package for a document: export.csv, then each non-empty collection in schema order."""
    return [(name if name == ENVELOPE_FILE else f"{name}.csv", _csv_bytes(*table_rows(name, cls, items)))
            for name, cls, items in tables_of(document, ENVELOPE_FILE)]


FileData = bytes | Callable[[IO[bytes]], None]


def write_files(files: list[tuple[str, FileData]], path: Path, *, as_zip: bool) -> None:
    """Write package files into a zip (fixed dates, so reproducible) or a folder. A file is its bytes or a
    function writing them into a handle (:func:`~.output.write_folder`).

    A folder that already holds collection files this write would not replace is refused: they would be read
    back as part of the new export.
    """
    from . import output

    if as_zip:
        with tempfile.TemporaryDirectory(prefix="gpos-csv-") as spool, output.atomic(path) as handle, \
                zipfile.ZipFile(handle, "w") as archive:
            for name, data in files:
                if isinstance(data, bytes):
                    write_member(archive, name, data)
                    continue
                part = Path(spool) / "member"
                with part.open("wb", buffering=1024**2) as member:
                    data(member)
                write_member_from(archive, name, b"", [part])
                part.unlink()
        return
    ours = {name for name, _ in files}
    known = {f"{c}.csv" for c in schema_info.collections()} | {ENVELOPE_FILE}
    stale = sorted(p.name for p in path.iterdir() if p.name in known and p.name not in ours) if path.is_dir() else []
    if stale:
        raise FileExistsError(f"{path} already holds {', '.join(stale)} from another export; write to an empty folder")
    output.write_folder(path, files)


def _write_table(header: list[str], rows: Iterator[list[str]]) -> Callable[[IO[bytes]], None]:
    """A function writing one CSV file, as :func:`_csv_bytes` would make it, a row at a time."""
    def write(handle: IO[bytes]) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        try:
            writer = csv.writer(text, lineterminator="\r\n")
            try:
                writer.writerow(header)
                for row in rows:
                    writer.writerow(row)
            except csv.Error as exc:  # Python 3.10's csv module cannot write a NUL character at all
                raise ValueError(f"this value cannot be written to CSV on Python "
                                 f"{sys.version_info[0]}.{sys.version_info[1]} ({exc}); use JSON, JSON Lines or "
                                 "XLSX") from None
            text.flush()
        finally:
            text.detach()

    return write


def write_csv_package(document: dict[str, Any], path: Path, *, as_zip: bool) -> None:
    from .spool import document_parts

    write_csv_parts(document_parts(document), path, as_zip=as_zip)


def write_csv_parts(parts: Parts, path: Path, *, as_zip: bool) -> None:
    """Write a CSV package of a document given in parts (:mod:`.spool`), one record in memory at a time."""
    files: list[tuple[str, FileData]] = [
        (name if name == ENVELOPE_FILE else f"{name}.csv", _write_table(header, rows))
        for name, header, rows in stream_tables(parts, ENVELOPE_FILE)]
    write_files(files, path, as_zip=as_zip)
