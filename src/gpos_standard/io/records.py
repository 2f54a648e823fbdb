"""The one shape every input format is read into: an envelope and a stream of records.

A :class:`Source` is an export in some format (a JSON/YAML document, JSON Lines, a CSV package, an XLSX
workbook). The validator only ever sees ``envelope()`` and ``records()``, so every rule works the same way on
every format, and a format that can stream (JSON Lines) never holds more than one record in memory.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Location:
    """Where something is in the file, in the terms of its format."""

    line: int | None = None  # JSON, JSON Lines, YAML
    row: int | None = None  # CSV and XLSX (1-based, header is row 1)
    sheet: str | None = None  # XLSX sheet, or CSV file inside a package
    column: str | None = None  # CSV/XLSX header of the cell

    def describe(self) -> str:
        parts = []
        if self.sheet:
            parts.append(self.sheet)
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


NOWHERE = Location()


def json_pointer(path: JsonPath) -> str:
    """RFC 6901 JSON Pointer of a path: ``("scam_reports", 0, "case")`` -> ``/scam_reports/0/case``."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)
Locate = Callable[[JsonPath], Location]


def _nowhere(_: JsonPath) -> Location:
    return NOWHERE


@dataclass(slots=True)
class RecordItem:
    """One record: its collection (the Export slot, such as ``scam_reports``), index and data."""

    collection: str
    index: int
    data: Any
    locate: Locate = field(default=_nowhere)


@dataclass(slots=True)
class BadRecord:
    """A record that could not be read (a malformed JSON line, a CSV row with too many cells...).

    ``code``: the rule it breaks, when not the default (GPOS-E001 without a collection, GPOS-E011 with one).
    """

    message: str
    location: Location
    collection: str | None = None
    index: int | None = None
    code: str | None = None


class ReadError(ValueError):
    """The source as a whole cannot be read; nothing in it can be validated."""

    def __init__(self, message: str, location: Location = NOWHERE) -> None:
        super().__init__(message)
        self.location = location


class Source(ABC):
    """An export in one format. ``envelope`` is read before ``records``."""

    format: str = ""

    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def envelope(self) -> tuple[dict[str, Any], Locate]:
        """The Export fields other than the record collections, and where each is."""

    @abstractmethod
    def records(self) -> Iterator[RecordItem | BadRecord]:
        """Every record, in collection order then file order."""

    def findings(self) -> Iterator[tuple[str, str, Location]]:
        """Problems with the container rather than the records (a package's manifest, checksums, counts).

        Called after ``records()`` is exhausted; yields (rule code, message, location).
        """
        return iter(())

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release files or archives held open."""


class ChainedSource(Source):
    """Several sources read as one export: the first one's envelope (the caller checks that they agree) and
    every record of each in turn, numbered on across them, as if their collections had been concatenated. Each
    record's location names the input it came from (as its sheet), so a problem can be found in its file."""

    def __init__(self, sources: list[Source]) -> None:
        super().__init__(f"{len(sources)} inputs")
        self.sources = sources
        self.format = sources[0].format

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        envelope, locate = self.sources[0].envelope()
        return envelope, _in_input(locate, self.sources[0].name)

    def records(self) -> Iterator[RecordItem | BadRecord]:
        offsets: dict[str, int] = {}
        for source in self.sources:
            counts: dict[str, int] = {}
            for item in source.records():
                if isinstance(item, BadRecord):
                    item.location = _named(item.location, source.name)
                else:
                    item.locate = _in_input(item.locate, source.name)
                if item.collection is not None and item.index is not None:
                    counts[item.collection] = max(counts.get(item.collection, 0), item.index + 1)
                    item.index += offsets.get(item.collection, 0)
                yield item
            for name, count in counts.items():
                offsets[name] = offsets.get(name, 0) + count

    def findings(self) -> Iterator[tuple[str, str, Location]]:
        for source in self.sources:
            for code, message, location in source.findings():
                yield code, message, _named(location, source.name)

    def close(self) -> None:
        for source in self.sources:
            source.close()


def _named(location: Location, name: str) -> Location:
    sheet = f"{name} {location.sheet}" if location.sheet else name
    return Location(line=location.line, row=location.row, sheet=sheet, column=location.column)


def _in_input(locate: Locate, name: str) -> Locate:
    return lambda path: _named(locate(path), name)


def tables_of(document: dict[str, Any], envelope_name: str) -> list[tuple[str, str, list[Any]]]:
    """(table name, class, rows) for a document: the envelope, then each non-empty collection in schema order."""
    from .. import schema_info

    collections = schema_info.collections()
    envelope = {k: v for k, v in document.items() if k not in collections}
    tables: list[tuple[str, str, list[Any]]] = [(envelope_name, schema_info.root_class(), [envelope])]
    for name, cls in collections.items():
        items = document.get(name)
        if items is None or items == []:
            continue
        if not isinstance(items, list):
            raise ValueError(f"'{name}' must be a list of records")
        tables.append((name, cls, items))
    return tables


def to_document(source: Source, collections: list[str]) -> dict[str, Any]:
    """Assemble the canonical Export document (envelope, then collections in schema order)."""
    envelope, _ = source.envelope()
    doc: dict[str, Any] = dict(envelope)
    grouped: dict[str, list[Any]] = {}
    for item in source.records():
        if isinstance(item, BadRecord):
            raise ReadError(item.message, item.location)
        grouped.setdefault(item.collection, []).append(item.data)
    for name in collections:
        if name in grouped:
            doc[name] = grouped[name]
    return doc
