"""XLSX sheets read by calamine (Rust, python-calamine): many times faster than openpyxl, for workbooks it reads
exactly as :mod:`.xlsx` would.

calamine builds a sheet as one rectangle of cells in memory and reads cell values, not their formats, so it is
used only after a scan of the workbook's XML (a byte-level search, no parsing) finds nothing it would read
differently or at great cost; otherwise :mod:`.xlsx` reads the workbook with openpyxl's streaming parser, which
keeps every check of a hostile file:

- a sheet whose rectangle (last row x last column) holds more than BUDGET cells, so that memory stays bounded
  whatever the workbook (a lone cell in column XFD, a very long sheet: those are streamed), or lies beyond the
  limits of a spreadsheet (a row numbered in the billions);
- a cell without its address, or rows without their number;
- an error cell (``#N/A``), which calamine reads as empty where openpyxl gives its code to the validator;
- a number cell whose content is not a number (calamine reads it as text; openpyxl says the cell is damaged);
- an ``_xD800_`` escape (half of a UTF-16 pair) or ``_xFFFE_``/``_xFFFF_`` (non-characters), which calamine
  leaves as written.

What calamine gives is then turned into what openpyxl gives: calamine decodes Excel's ``_xHHHH_`` escapes itself
(so they are not decoded again), reads every number as a float (a whole number below 10^15 becomes an integer,
as openpyxl reads Excel's integers), and a date cell at midnight as a date (a date-time, as openpyxl). A date
cell's number format is not available; calamine decides date cells by their format, as openpyxl does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from .archive import SafeZip
from .limits import MAX_COLUMNS, MAX_ROWS

BUDGET = 8_000_000  # cells of a sheet's rectangle held in memory at once (about 250 MB)
_CHUNK = 1024**2
_MAX_CARRY = 16 * 1024**2
_ROW = re.compile(rb'<row\b[^>]*?\sr="([0-9]+)"')
_COLUMN = re.compile(rb'<c r="([A-Z]{1,4})[0-9]')
_UNDECODED = rb"_x(?:[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF])_"  # escapes calamine leaves as written
_SURROGATE = re.compile(_UNDECODED)
_TEXT_VALUE = re.compile(rb"<v>[^<]*[^0-9.eE+\-\s<]")  # a value that is not a number: of which cell?
_NOT_A_NUMBER = re.compile(rb'<c\b(?![^>]*\st=)[^>]*>\s*<v>[^<]*[^0-9.eE+\-\s<]')


def _unsafe(part: bytes) -> bool:
    """An error cell, an escape calamine does not decode, a number cell holding text, a cell without address."""
    return (b't="e"' in part or b"<c>" in part or _SURROGATE.search(part) is not None
            or (_TEXT_VALUE.search(part) is not None and _NOT_A_NUMBER.search(part) is not None))


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _sheet_is_safe(box: SafeZip, name: str) -> bool:
    """Scan one worksheet's XML in chunks: see the module's list."""
    rows = numbered = last_row = last_column = 0
    carry = b""
    with box.open(name) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            data = carry + chunk
            cut = data.rfind(b">") + 1 if chunk else len(data)
            part, carry = data[:cut], data[cut:]
            if len(carry) > _MAX_CARRY or _unsafe(part):
                return False
            found = _COLUMN.findall(part)
            starts = part.count(b"<c ")
            if len(found) != starts:  # a cell without its address first
                return False
            if found:
                last_column = max(last_column, max(_column_number(c) for c in set(found)))
            numbers = _ROW.findall(part)
            rows += part.count(b"<row ") + part.count(b"<row>")
            numbered += len(numbers)
            if numbers:
                last_row = max(last_row, max(int(n) for n in numbers))
            if not chunk:
                break
    if numbered != rows or last_row > MAX_ROWS or last_column > MAX_COLUMNS:
        return False
    return last_row * last_column <= BUDGET


def workbook(path: Any, box: SafeZip) -> Any | None:
    """The calamine workbook of ``path`` when every sheet may be read by calamine; None otherwise (or when
    python-calamine is not installed, or calamine cannot open the file)."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - depends on the installation
        return None
    names = box.names()
    try:
        for name in names:
            if name.startswith("xl/worksheets/") and name.endswith(".xml") and not _sheet_is_safe(box, name):
                return None
        if "xl/sharedStrings.xml" in names:
            with box.open("xl/sharedStrings.xml") as stream:
                tail = b""
                while chunk := stream.read(_CHUNK):
                    if _SURROGATE.search(tail + chunk):
                        return None
                    tail = chunk[-16:]
        return CalamineWorkbook.from_path(str(path))
    except Exception:
        return None


def worksheet_names(book: Any) -> list[str]:
    """The names of the workbook's worksheets (not chart sheets), in order."""
    return [sheet.name for sheet in book.sheets_metadata if str(sheet.typ).endswith("WorkSheet")]


def _value(value: Any) -> Any:
    cls = value.__class__
    if cls is float:
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if cls is date:
        return datetime(value.year, value.month, value.day)
    return value


def rows(book: Any, title: str) -> Iterator[tuple[int, dict[int, Any]]]:
    """A sheet's rows as ``(number, {column position: value})``, non-empty cells only, like ``xlsx._rows``.
    The sheet is read whole when this is called (an exception then means: read it with openpyxl)."""
    sheet = book.get_sheet_by_name(title)
    start = sheet.start
    offset = start[1] if start else 0

    def walk() -> Iterator[tuple[int, dict[int, Any]]]:
        for number, cells in enumerate(sheet.iter_rows(), 1):
            values = {offset + i: _value(v) for i, v in enumerate(cells) if v != ""}
            if values:
                yield number, values

    return walk()
