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

Workbooks are read, after the archive checks of :mod:`gpos_standard.io.archive`, by calamine when it reads them
exactly (:mod:`gpos_standard.io.xlsx_fast` says when), else by openpyxl in read-only mode, sheet by sheet and row
by row; they are written with XlsxWriter in constant-memory mode, a row at a time.
"""

from __future__ import annotations

import contextlib
import functools
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
from . import tabular, xlsx_fast
from .archive import SafeZip, write_member
from .flatten import stream_tables
from .limits import MAX_COLUMNS, MAX_ROWS
from .records import BadRecord, Locate, Location, ReadError, RecordItem, Source

if TYPE_CHECKING:
    from openpyxl import Workbook

    from .spool import Parts

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


def _damaged() -> Iterator[tuple[int, dict[int, Any]]]:
    raise tabular.FileProblem("the sheet is damaged: it cannot be read")
    yield  # a generator: the problem is raised when the rows are read


class XlsxSource(Source):
    """An ``.xlsx`` workbook: sheets read by calamine when it reads them exactly (:mod:`.xlsx_fast`), else
    streamed row by row by openpyxl."""

    format = "xlsx"

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path
        with SafeZip(path) as box:  # every member passes the archive checks before a reader opens it
            self._fast = xlsx_fast.workbook(path, box)
        self._file: Any = None
        self._book: Any = None
        if self._fast is None:
            self._open()
            self._titles = [sheet.title for sheet in self._book.worksheets]
        else:
            self._titles = xlsx_fast.worksheet_names(self._fast)
        self._envelope: tuple[dict[str, Any], Locate] | None = None
        self._labels = self._read_labels()

    def _read_labels(self) -> dict[str, str]:
        """label -> code from a template's ``_labels`` sheet (see :mod:`.labels`); empty without one."""
        from .labels import LABELS_SHEET

        if LABELS_SHEET not in self._titles:
            return {}
        found = {}
        try:
            for row, cells in self._rows(LABELS_SHEET):
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

    def _open(self) -> None:
        """openpyxl's workbook, opened on first need."""
        if self._book is not None:
            return
        openpyxl = _openpyxl()
        self._file = self.path.open("rb")  # a file object, so openpyxl does not insist on the extension
        try:
            with warnings.catch_warnings():  # openpyxl warns about Excel features it skips (irrelevant here)
                warnings.simplefilter("ignore")
                self._book = openpyxl.load_workbook(self._file, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds of errors on damaged files
            self._file.close()
            raise ReadError(f"not a readable XLSX workbook ({damage(exc)})") from None

    def _rows(self, title: str) -> Iterator[tuple[int, dict[int, Any]]]:
        if self._fast is not None:
            try:
                return xlsx_fast.rows(self._fast, title)
            except Exception:
                pass
        self._open()
        sheets = {sheet.title: sheet for sheet in self._book.worksheets}
        if title not in sheets:  # a damaged workbook whose sheets calamine and openpyxl do not agree on
            return _damaged()
        return _rows(self._book, sheets[title])

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        if self._envelope is None:
            if ENVELOPE_SHEET not in self._titles:
                raise ReadError(f"no sheet named '{ENVELOPE_SHEET}' (the envelope); sheets found: "
                                f"{', '.join(self._titles) or 'none'}")
            self._envelope = tabular.read_envelope(ENVELOPE_SHEET, self._rows(ENVELOPE_SHEET),
                                                    schema_info.collections())
            if self._labels:
                from .labels import relabel

                relabel(self._envelope[0], schema_info.root_class(), self._labels)
        return self._envelope

    def records(self) -> Iterator[RecordItem | BadRecord]:
        collections = schema_info.collections()
        for title in self._titles:
            if title in collections or title == ENVELOPE_SHEET or title.startswith("_"):
                continue
            try:
                used = any(tabular.present(cells) for _, cells in self._rows(title))
            except tabular.FileProblem:
                used = True
            if used:
                yield BadRecord(tr("sheet '{sheet}' is not part of the standard; name record sheets after the "
                                   "collection, such as scam_reports", sheet=title), Location(sheet=title))
        for collection, cls in collections.items():
            if collection in self._titles:
                table = tabular.read_table(collection, collection, cls, self._rows(collection))
                yield from self._relabelled(table, cls) if self._labels else table

    def close(self) -> None:
        if self._fast is not None:
            self._fast.close()
        if self._book is not None:
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


def write_xlsx(document: dict[str, Any], path: Path) -> None:
    """Sheet ``export`` then one sheet per non-empty collection, every cell as text."""
    from .spool import document_parts

    write_xlsx_parts(document_parts(document), path)


def write_xlsx_parts(parts: Parts, path: Path) -> None:
    """:func:`write_xlsx` for a document given in parts (:mod:`.spool`), a record at a time.

    XlsxWriter in constant-memory mode writes each row to its sheet's temporary file as it comes, every cell as
    an inline text cell (never a number, date or formula), with the document dates fixed so the same content
    gives the same bytes; the workbook is then copied into place whole or not at all (:mod:`.output`).
    """
    import shutil
    import tempfile

    import xlsxwriter
    import xlsxwriter.exceptions

    from .output import atomic

    with tempfile.TemporaryDirectory(prefix="gpos-xlsx-") as folder:
        built = Path(folder) / "book.xlsx"
        book = xlsxwriter.Workbook(str(built), {"constant_memory": True, "tmpdir": folder, "strings_to_numbers": False,
                                                "strings_to_formulas": False, "strings_to_urls": False})
        book.set_properties({"created": FIXED_TIME})
        bold = book.add_format({"bold": True})
        try:
            for title, header, rows in stream_tables(parts, ENVELOPE_SHEET):
                sheet = book.add_worksheet(title, worksheet_class=_TextSheet())
                sheet.freeze_panes(1, 0)
                write = sheet.write_string
                for column, name in enumerate(header):
                    write(0, column, name, bold)
                for number, row in enumerate(rows, 1):
                    for column, value in enumerate(row):
                        if value != "":
                            write(number, column, value)
        except BaseException:
            with contextlib.suppress(Exception):  # its temporary files go with the folder
                book.close()
            raise
        try:
            book.close()
        except xlsxwriter.exceptions.FileCreateError as exc:  # an OSError (a full disk), wrapped
            cause = exc.args[0] if exc.args else None
            raise cause if isinstance(cause, OSError) else OSError(str(exc)) from None
        with built.open("rb") as source, atomic(path) as handle:
            shutil.copyfileobj(source, handle, 1024**2)


@functools.cache
def _TextSheet() -> Any:
    """XlsxWriter's worksheet with this module's :func:`escape`, and no way for a text to become XML: a text that
    looks like XlsxWriter's rich-text markup (``<r>...</r>``) would be written into the sheet unescaped, so its last
    character is written as an escape."""
    from xlsxwriter.worksheet import Worksheet

    class TextSheet(Worksheet):  # type: ignore[misc]
        @staticmethod
        def _escape_control_characters(data: str) -> str:
            text = escape(data)
            if text.startswith("<r>") and text.endswith("</r>"):
                text = text[:-1] + "_x003E_"
            return text

    return TextSheet


