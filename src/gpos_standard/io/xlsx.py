"""XLSX workbooks: the CSV package conventions in one Excel file, for members with no IT staff.

A workbook holds a sheet ``export`` (the envelope: a header row and one data row) and one sheet per collection
that has records, named by the Export slot (``scam_reports``, ``cases``...). Headers and cells follow
:mod:`gpos_standard.io.tabular`. Sheets whose names start with ``_`` (the template's ``_about`` and
``_codelists``) are ignored; another sheet with data in it is reported.

Cells Excel typed itself are turned back into the standard's representation: a number in a text field (an
amount, an identifier) becomes its decimal text, at the 15 significant digits Excel keeps; a date cell
becomes ``YYYY-MM-DD`` (or a date-time without offset, which the validator then flags); TRUE/FALSE become
booleans in true/false fields. Because Excel rounds long numbers and rewrites dates, this package writes
every cell as text, so a written workbook reads back exactly. Text that XML cannot hold (control characters,
carriage returns) uses Excel's own ``_xHHHH_`` escapes. Formulas are read as the value Excel last computed.

Workbooks are read with openpyxl in read-only mode, sheet by sheet and row by row, after the archive checks
of :mod:`gpos_standard.io.archive`.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import schema_info
from ..i18n import tr
from . import tabular
from .archive import SafeZip, write_member
from .flatten import table_rows
from .limits import MAX_COLUMNS, MAX_ROWS
from .records import BadRecord, Locate, Location, ReadError, RecordItem, Source, tables_of

if TYPE_CHECKING:
    from openpyxl import Workbook

ENVELOPE_SHEET = "export"
FIXED_TIME = datetime(2000, 1, 1)
_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]")
_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def escape(text: str) -> str:
    """Excel's ``_xHHHH_`` escape for characters XML cannot carry (and for text that looks like an escape)."""
    return _ESCAPE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def unescape(text: str) -> str:
    """The text of an escaped cell; ValueError when an escape is half of a surrogate pair with no other half."""
    if "_x" not in text:
        return text
    out = _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:  # pairs of escapes make one character; a lone half is no character at all
        try:
            out = out.encode("utf-16", "surrogatepass").decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError("it holds an _xD800_-style escape that is half of a character") from None
    return out


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - depends on the installation
        raise ReadError("reading or writing XLSX needs openpyxl: pip install openpyxl") from None
    return openpyxl


def damage(exc: BaseException) -> str:
    """What went wrong in a damaged file, without the text of the file (which may hold personal data)."""
    position = getattr(exc, "position", None)  # XML parse errors: (line, column)
    where = f" at line {position[0]}, column {position[1]}" if isinstance(position, tuple) else ""
    return f"{type(exc).__name__}{where}"


def _cell_parser() -> Any:
    """openpyxl's streaming sheet parser, made to keep going past a cell that does not read."""
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import WorkSheetParser

    class CellParser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            coordinate = element.get("r")
            try:
                row, column = coordinate_to_tuple(coordinate) if coordinate else (self.row_counter,
                                                                                   self.col_counter + 1)
            except (ValueError, TypeError):
                raise tabular.FileProblem("a cell has a reference that is not a cell address") from None
            if row > MAX_ROWS or column > MAX_COLUMNS:
                raise tabular.FileProblem(f"a cell lies beyond row {MAX_ROWS} or column {MAX_COLUMNS}, the limits "
                                          "of a spreadsheet")
            try:
                return dict(super().parse_cell(element))
            except Exception as exc:  # a cell whose text does not fit its declared type
                self.col_counter = column
                kind = {"n": "a number", "s": "a shared text", "b": "true/false", "d": "a date"}.get(
                    element.get("t", "n"), "a value")
                return {"row": row, "column": column, "value": tabular.BadCell(
                    f"it is marked as {kind} but its content is not one ({type(exc).__name__})")}

    return CellParser


def _rows(book: Any, sheet: Any) -> Iterator[tuple[int, dict[int, Any]]]:
    """Rows as ``(number, {column position: value})``, reading only the cells present, so that a row numbered in
    the billions or a lone cell in column XFD costs nothing; a damaged sheet ends the table with a clear
    problem, not a traceback."""
    parser = _cell_parser()(sheet._get_source(), sheet._shared_strings, data_only=True, epoch=book.epoch,
                            date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
    rows = parser.parse()
    number = 0
    try:
        while True:
            try:
                number, cells = next(rows)
            except StopIteration:
                return
            except (ReadError, tabular.FileProblem):
                raise
            except Exception as exc:  # openpyxl raises many kinds of errors on damaged XML
                raise tabular.FileProblem(f"the row after row {number} is damaged ({damage(exc)})") from None
            if number > MAX_ROWS:
                raise tabular.FileProblem(f"row {number} lies beyond row {MAX_ROWS}, the limit of a spreadsheet")
            values: dict[int, Any] = {}
            for cell in cells:
                value = cell["value"]
                if isinstance(value, str):
                    try:
                        value = unescape(value)
                    except ValueError as exc:
                        value = tabular.BadCell(str(exc))
                values[cell["column"] - 1] = value
            yield number, values
    finally:
        rows.close()
        parser.source.close()


class XlsxSource(Source):
    """An ``.xlsx`` workbook; sheets are streamed row by row."""

    format = "xlsx"

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        SafeZip(path).close()  # every member passes the archive checks before openpyxl opens it
        openpyxl = _openpyxl()
        self._file = path.open("rb")  # a file object, so openpyxl does not insist on the extension
        try:
            with warnings.catch_warnings():  # openpyxl warns about Excel features it skips (irrelevant here)
                warnings.simplefilter("ignore")
                self._book = openpyxl.load_workbook(self._file, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds of errors on damaged files
            self._file.close()
            raise ReadError(f"not a readable XLSX workbook ({damage(exc)})") from None
        self._sheets = {sheet.title: sheet for sheet in self._book.worksheets}
        self._envelope: tuple[dict[str, Any], Locate] | None = None
        self._labels = self._read_labels()

    def _read_labels(self) -> dict[str, str]:
        """label -> code from a template's ``_labels`` sheet (see :mod:`.labels`); empty without one."""
        from .labels import LABELS_SHEET

        sheet = self._sheets.get(LABELS_SHEET)
        if sheet is None:
            return {}
        found = {}
        try:
            for row, cells in _rows(self._book, sheet):
                values = dict(tabular.present(cells))
                text, code = values.get(0), values.get(1)
                if row > 1 and isinstance(text, str) and isinstance(code, str):
                    found[text] = code
        except tabular.FileProblem:
            return {}
        return found

    def _relabelled(self, items: Iterator[RecordItem | BadRecord], cls: str) -> Iterator[RecordItem | BadRecord]:
        from .labels import relabel

        for item in items:
            if isinstance(item, RecordItem):
                relabel(item.data, cls, self._labels)
            yield item

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        if self._envelope is None:
            sheet = self._sheets.get(ENVELOPE_SHEET)
            if sheet is None:
                raise ReadError(f"no sheet named '{ENVELOPE_SHEET}' (the envelope); sheets found: "
                                f"{', '.join(self._sheets) or 'none'}")
            self._envelope = tabular.read_envelope(ENVELOPE_SHEET, _rows(self._book, sheet),
                                                    schema_info.collections())
            if self._labels:
                from .labels import relabel

                relabel(self._envelope[0], schema_info.root_class(), self._labels)
        return self._envelope

    def records(self) -> Iterator[RecordItem | BadRecord]:
        collections = schema_info.collections()
        for title, sheet in self._sheets.items():
            if title in collections or title == ENVELOPE_SHEET or title.startswith("_"):
                continue
            try:
                used = any(tabular.present(cells) for _, cells in _rows(self._book, sheet))
            except tabular.FileProblem:
                used = True
            if used:
                yield BadRecord(tr("sheet '{sheet}' is not part of the standard; name record sheets after the "
                                   "collection, such as scam_reports", sheet=title), Location(sheet=title))
        for collection, cls in collections.items():
            sheet = self._sheets.get(collection)
            if sheet is not None:
                table = tabular.read_table(collection, collection, cls, _rows(self._book, sheet))
                yield from self._relabelled(table, cls) if self._labels else table

    def close(self) -> None:
        self._book.close()
        self._file.close()


def save_reproducibly(book: Workbook, path: Path) -> None:
    """Save with fixed document dates and zip timestamps, so the same content gives the same bytes."""
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    from .output import atomic

    with zipfile.ZipFile(buffer) as source, atomic(path) as handle, zipfile.ZipFile(handle, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            write_member(target, info.filename, data)


def text_row(sheet: Any, values: list[str], style: Any = None) -> list[Any]:
    """Write-only cells that Excel keeps as text: no formulas, error codes, numbers or dates."""
    from openpyxl.cell import WriteOnlyCell

    cells: list[Any] = []
    for value in values:
        if value == "":
            cells.append(None)
            continue
        cell = WriteOnlyCell(sheet, escape(value))
        cell.data_type = "s"
        if style is not None:
            cell.font = style
        cells.append(cell)
    return cells


def write_xlsx(document: dict[str, Any], path: Path) -> None:
    """Sheet ``export`` then one sheet per non-empty collection, every cell as text."""
    openpyxl = _openpyxl()
    from openpyxl.styles import Font

    bold = Font(bold=True)
    tables = [(title, *table_rows(title, cls, items)) for title, cls, items in tables_of(document, ENVELOPE_SHEET)]
    book = openpyxl.Workbook(write_only=True)
    try:
        for title, header, rows in tables:
            sheet = book.create_sheet(title)
            sheet.freeze_panes = "A2"
            sheet.append(text_row(sheet, header, bold))
            for row in rows:
                sheet.append(text_row(sheet, row))
        save_reproducibly(book, path)
    except BaseException:
        discard(book)
        raise


def discard(book: Workbook) -> None:
    """Close and remove the temporary sheet files of a write-only workbook whose writing failed (a full disk):
    left to the garbage collector, closing them fails again and prints a traceback."""
    for sheet in book.worksheets:
        for part in (getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)):  # rows inside the file
            with contextlib.suppress(Exception):
                part.close()  # type: ignore[union-attr]
        with contextlib.suppress(Exception):
            sheet._writer.cleanup()
