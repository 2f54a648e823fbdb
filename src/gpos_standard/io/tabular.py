"""Records as rows of cells: the column and cell conventions shared by CSV packages and XLSX workbooks.

One table (a CSV file or a sheet) per collection, named by the Export slot (``scam_reports``, ``cases``...);
the first row holds the column names, every other row is one record. The conventions:

- Nested objects are flattened into columns joined with ``/`` (the flatten-tool / Open Contracting
  convention): ``location/country``, ``period/start_date``, ``outcomes/arrests``.
- Lists of objects use 0-based positions: ``losses/0/amount``, ``losses/1/amount``,
  ``outcomes/assets_frozen/0/amount``. Positions left empty are skipped, so the list keeps its order.
- Lists of codes, references or text are ONE cell with the items joined by ``|``; inside an item write
  ``\\|`` for a literal ``|`` and ``\\\\`` for a literal ``\\``.
- An empty cell means the field is absent (the standard allows no empty text or empty list). An object with
  no fields at all is written ``{}`` in a column named after it (``location``).
- Integer, number and true/false fields are converted using the schema (``true``/``false``, any case);
  a cell that does not convert stays text so the validator can say what is wrong. Every other field,
  including amounts, dates and identifiers, is kept exactly as written: no trimming, no number guessing.
- A column of a national extension's field (``thpol:police_case_number``) holds its value as written when it is
  text that does not look like JSON, and as JSON otherwise (``true``, ``12``, ``["a","b"]``, ``"12"`` for the
  text 12), so that values read back exactly without the extension's module.
- Unknown columns are kept, so the validator reports them as unknown fields.
- The ``id`` column comes first; the others follow the order of the schema.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from ..resources import schema_meta
from .limits import MAX_DEPTH, bounded_int
from .records import BadRecord, JsonPath, Locate, Location, ReadError, RecordItem

SEP, LIST_SEP, EMPTY_OBJECT = "/", "|", "{}"
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_INDEX = re.compile(r"0|[1-9][0-9]{0,8}")
_ABSENT = object()


class RowProblem(ValueError):
    """A row that cannot be turned into a record; becomes a BadRecord."""


class FileProblem(ValueError):
    """A table that cannot be read any further (bad encoding, broken quoting); becomes a BadRecord."""


class BadCell:
    """A cell the reader could not turn into a value; its row becomes a BadRecord saying why, never with the
    cell's text (which may be personal data)."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


# A row's cells: a list (CSV) or, for sparse sheets, column position -> value (XLSX), so that a lone cell far to
# the right costs one entry, not thousands of empty ones.
Cells = list[Any] | dict[int, Any]


def present(cells: Cells) -> list[tuple[int, Any]]:
    """(0-based column position, value) of every non-empty cell, left to right."""
    if isinstance(cells, dict):
        return sorted((i, c) for i, c in cells.items() if c is not None and c != "")
    return [(i, c) for i, c in enumerate(cells) if c is not None and c != ""]


@cache
def slots_of(cls: str) -> dict[str, dict[str, Any]]:
    """The slots of a class by name, in schema order (empty for an unknown class)."""
    return dict(schema_meta()["classes"].get(cls, {}).get("slots", {}))


@cache
def _rank(cls: str, name: str) -> int:
    return -1 if name == "id" else list(slots_of(cls)).index(name)


# ---- columns ---------------------------------------------------------------------------------------------

class Column:
    """One header, parsed: the JSON path it fills and how to convert its cells."""

    __slots__ = ("as_is", "header", "path", "role", "slot")

    def __init__(self, header: str, path: JsonPath, role: str, slot: dict[str, Any] | None) -> None:
        self.header, self.path, self.role, self.slot = header, path, role, slot  # role: value|list|object|extension|raw
        rng = slot["range"] if slot and slot["kind"] == "scalar" else None
        # A text cell is the value itself (what convert_cell gives): the common case, decided once per column.
        self.as_is = role == "raw" or (role == "value" and rng not in ("boolean", "integer", "float"))


EXTENSION_FIELD = re.compile(r"[a-z][a-z0-9]{1,15}:[a-z][a-z0-9_]*")


def extension_text(value: Any) -> str:
    """The cell text of an extension field's value (see the module's conventions)."""
    import json

    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError:
            if value[:1] not in ('"', "[", "{"):
                return value
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


def extension_value(text: str) -> Any:
    import json

    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_header(cls: str, header: str) -> Column:
    """Follow the header's ``/`` steps through the schema; leave the schema at the first unknown step."""
    steps = header.split(SEP)
    path: list[str | int] = []
    current: str | None = cls
    expect_index = False
    slot: dict[str, Any] | None = None
    for i, step in enumerate(steps):
        if i and (expect_index or current is None) and _INDEX.fullmatch(step):
            path.append(int(step))
            expect_index = False
            continue
        path.append(step)
        if current is not None and not expect_index and i == len(steps) - 1 and EXTENSION_FIELD.fullmatch(step):
            return Column(header, tuple(path), "extension", None)
        if current is None or expect_index or step not in slots_of(current):
            current, slot, expect_index = None, None, False
            continue
        slot = slots_of(current)[step]
        if slot["kind"] == "inlined":
            current, expect_index = slot["range"], slot["multivalued"]
        elif i < len(steps) - 1:
            current, slot = None, None
    if slot is None:
        return Column(header, tuple(path), "raw", None)
    if slot["kind"] == "inlined":
        at_object = isinstance(path[-1], int) or not slot["multivalued"]
        return Column(header, tuple(path), "object" if at_object else "raw", slot)
    return Column(header, tuple(path), "list" if slot["multivalued"] else "value", slot)


# ---- cells -----------------------------------------------------------------------------------------------

def join_list(items: Iterable[str]) -> str:
    return LIST_SEP.join(item.replace("\\", "\\\\").replace(LIST_SEP, "\\" + LIST_SEP) for item in items)


def split_list(text: str) -> list[str]:
    if "\\" not in text:
        return text.split(LIST_SEP)
    items: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and text[i + 1] in "\\" + LIST_SEP:
            buf.append(text[i + 1])
            i += 2
            continue
        if char == LIST_SEP:
            items.append("".join(buf))
            buf = []
        else:
            buf.append(char)
        i += 1
    items.append("".join(buf))
    return items


def from_text(text: str, rng: str | None) -> Any:
    """The value a cell's text stands for in a slot of range ``rng``; the text itself if it does not convert."""
    if rng == "boolean":
        low = text.lower()
        return True if low == "true" else False if low == "false" else text
    if rng in ("integer", "float"):
        match = _NUMBER.fullmatch(text)
        if match is None:
            return text
        try:
            if match.group(1) or match.group(2):
                number = float(text)
                return number if math.isfinite(number) else text
            return bounded_int(text)
        except ValueError:  # more digits than the limits accept
            return text
    return text


def number_text(value: int | float) -> str:
    """A spreadsheet number as decimal text, at the 15 significant digits spreadsheets keep (no artefacts)."""
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        return repr(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    try:
        return format(Decimal(f"{value:.15g}"), "f")
    except InvalidOperation:  # pragma: no cover - finite floats always format
        return repr(value)


def native_text(value: Any, rng: str | None) -> str:
    """Text for a typed spreadsheet cell (number, true/false, date) in a slot that wants text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, datetime):
        if rng != "datetime" and value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def convert_cell(value: Any, column: Column) -> Any:
    """A cell (text, or a typed spreadsheet value) as the JSON value of its column; _ABSENT when empty."""
    if value is None or value == "":
        return _ABSENT
    if isinstance(value, BadCell):
        raise RowProblem(f"the cell in column {column.header!r} cannot be read: {value.reason}")
    rng = column.slot["range"] if column.slot and column.slot["kind"] == "scalar" else None
    if column.role == "extension":  # a typed cell as its JSON value: numbers and true/false as they are, dates as text
        return extension_value(value) if isinstance(value, str) else value if isinstance(value, int | float) \
            else native_text(value, None)
    if column.role == "object":
        return {} if value == EMPTY_OBJECT else value if isinstance(value, str) else native_text(value, None)
    if column.role == "list":
        text = value if isinstance(value, str) else native_text(value, None)
        return [from_text(item, rng) for item in split_list(text)]
    if isinstance(value, str):
        return from_text(value, rng) if column.role == "value" else value
    if column.role == "value":
        if isinstance(value, bool) and rng == "boolean":
            return value
        if isinstance(value, int | float) and not isinstance(value, bool) and rng in ("integer", "float"):
            return value if math.isfinite(value) else native_text(value, rng)
        return from_text(native_text(value, rng), rng)
    return native_text(value, None)


# ---- rows -> records -------------------------------------------------------------------------------------

def _finish(node: dict[Any, Any], path: tuple[Any, ...], remap: dict[tuple[Any, ...], list[int]]) -> Any:
    """Turn containers keyed by positions into lists (gaps closed, remembered in ``remap`` for locating)."""
    keys = list(node)
    if keys and all(isinstance(k, int) for k in keys):
        keys.sort()
        if keys != list(range(len(keys))):
            remap[path] = keys
        return [_finish(node[k], (*path, k), remap) if isinstance(node[k], dict) else node[k] for k in keys]
    if any(isinstance(k, int) for k in keys):
        raise RowProblem(f"columns under '{SEP.join(map(str, path))}' mix list positions and field names")
    return {k: _finish(v, (*path, k), remap) if isinstance(v, dict) else v for k, v in node.items()}


def _clash(first: str, second: str, path: tuple[Any, ...]) -> RowProblem:
    return RowProblem(f"columns {first!r} and {second!r} both give a value for '{SEP.join(map(str, path))}'")


def build_record(cells: list[tuple[Column, Any]]) -> tuple[dict[str, Any], dict[Any, list[int]]]:
    """Unflatten one row given as (column, non-empty cell) pairs; raise RowProblem when two columns claim the
    same field."""
    root: dict[Any, Any] = {}
    owner: dict[Any, str] = {}
    nested = False
    for column, cell in cells:
        value = cell if cell.__class__ is str and column.as_is and cell else convert_cell(cell, column)
        path = column.path
        if len(path) == 1 and value != {}:
            if path[0] in root:
                raise _clash(owner[path], column.header, path)
            root[path[0]] = value
            owner[path] = column.header
            continue
        nested = True
        node = root
        for depth, step in enumerate(path):
            key = path[: depth + 1]
            if depth == len(path) - 1 and value != {}:
                if step in node:
                    raise _clash(owner[key], column.header, key)
                node[step] = value
                owner[key] = column.header
                break
            child = node.get(step)
            if child is None:
                child = node[step] = {}
                owner[key] = column.header
            elif not isinstance(child, dict):
                raise _clash(owner[key], column.header, key)
            node = child
    remap: dict[Any, list[int]] = {}
    return (_finish(root, (), remap) if nested else root), remap


def locator(sheet: str, row: int, headers: list[str], remap: dict[Any, list[int]],
            known: frozenset[str] | None = None) -> Locate:
    """Map a JSON path inside a record back to the cell that holds it (or the closest column)."""
    names = frozenset(headers) if known is None else known

    def locate(path: JsonPath) -> Location:
        steps: list[str | int] = []
        for step in path:
            positions = remap.get(tuple(steps))
            if isinstance(step, int) and positions and 0 <= step < len(positions):
                step = positions[step]
            steps.append(step)
        while steps:
            name = SEP.join(map(str, steps))
            found = name if name in names else next((h for h in headers if h.startswith(name + SEP)), None)
            if found:
                return Location(sheet=sheet, row=row, column=found)
            steps.pop()
        return Location(sheet=sheet, row=row)

    return locate


def _blank(cells: Cells) -> bool:
    values = cells.values() if isinstance(cells, dict) else cells
    return all(cell is None or cell == "" for cell in values)


class Table:
    """The header of one CSV file or sheet, ready to turn its rows into records of class ``cls``."""

    def __init__(self, sheet: str, cls: str, header: Cells) -> None:
        self.sheet = sheet
        if isinstance(header, dict):
            header = [header.get(i) for i in range(max(header, default=-1) + 1)]
        if any(isinstance(h, BadCell) for h in header):
            raise FileProblem("a cell of the header row cannot be read")
        names = ["" if h is None else h if isinstance(h, str) else native_text(h, None) for h in header]
        while names and names[-1] == "":
            names.pop()
        seen: set[str] = set()
        for name in names:
            if name in seen:
                raise FileProblem(f"column {name!r} appears twice in the header row")
            if name:
                seen.add(name)
        if len(names) == 1 and (";" in names[0] or "\t" in names[0]):
            raise FileProblem("the header has one column containing ';' or tabs: save the file with commas "
                              "as separators (in Excel: 'CSV UTF-8 (comma delimited)')")
        for position, name in enumerate(names, 1):
            if name.count(SEP) >= MAX_DEPTH:
                raise FileProblem(f"the name of column {position} has more than {MAX_DEPTH} parts separated by "
                                  f"'{SEP}'; no field of the standard is nested that deep")
        self.headers = [name for name in names if name]
        self.known = frozenset(self.headers)
        self.columns: list[Column | None] = [parse_header(cls, name) if name else None for name in names]

    def record(self, row: int, cells: Cells) -> tuple[dict[str, Any], Locate]:
        pairs: list[tuple[Column, Any]] = []
        width = len(self.columns)
        for i, cell in present(cells):
            column = self.columns[i] if i < width else None
            if column is None:
                raise RowProblem(f"a value in column {i + 1}, which has no name in the header row")
            pairs.append((column, cell))
        data, remap = build_record(pairs)
        return data, locator(self.sheet, row, self.headers, remap, self.known)


def read_table(sheet: str, collection: str, cls: str, rows: Iterator[tuple[int, Cells]]) -> Iterator[
        RecordItem | BadRecord]:
    """Records from ``(row number, cells)`` pairs whose first pair is the header; blank rows are skipped."""
    index = 0
    row = 1
    try:
        first = next(rows, None)
        if first is None:
            return
        table = Table(sheet, cls, first[1])
        for row, cells in rows:
            if _blank(cells):
                continue
            try:
                data, locate = table.record(row, cells)
            except RowProblem as exc:
                yield BadRecord(str(exc), Location(sheet=sheet, row=row), collection, index)
            else:
                yield RecordItem(collection, index, data, locate)
            index += 1
    except FileProblem as exc:
        yield BadRecord(f"{sheet} cannot be read further: {exc}", Location(sheet=sheet, row=row), collection)


def read_envelope(sheet: str, rows: Iterator[tuple[int, Cells]], collections: Iterable[str]) -> tuple[
        dict[str, Any], Locate]:
    """The Export fields from a header row and at most one data row; no data row gives an empty envelope."""
    root = schema_meta()["root"]
    try:
        first = next(rows, None)
        if first is None:
            return {}, locator(sheet, 1, [], {})
        table = Table(sheet, root, first[1])
        found: list[tuple[int, Cells]] = []
        for row, cells in rows:
            if not _blank(cells):
                found.append((row, cells))
                if len(found) > 1:
                    break
        if len(found) > 1:
            raise ReadError(f"{sheet} must have exactly one data row under the header, found more",
                            Location(sheet=sheet, row=found[1][0]))
        if not found:
            return {}, locator(sheet, 2, table.headers, {})
        data, locate = table.record(*found[0])
    except (FileProblem, RowProblem) as exc:
        raise ReadError(f"{sheet}: {exc}", Location(sheet=sheet)) from None
    for name in collections:
        if name in data:
            raise ReadError(f"{sheet} has a column for {name!r}: records go in their own table named {name!r}",
                            locate((name,)))
    return data, locate
