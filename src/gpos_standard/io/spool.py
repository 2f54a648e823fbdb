"""Exports of any size in bounded memory: records set aside on disk by collection, and documents given in parts.

A JSON Lines export may give its records in any order, and several commands read their input more than once
(redaction drops records that lose a required reference, which may drop others in turn; a CSV or XLSX table
needs every record's columns before its header can be written). A :class:`Spool` keeps each record, pickled
(exact for every Python value the readers make), in a temporary file per collection, so they can be read again
in collection order as often as needed while memory holds one record.

:class:`Parts` is an export document as its writers see it: the top-level keys in document order, where a
collection's records are read on demand (from a document held in memory, or from a spool). Every writer of
:mod:`.formats` takes Parts, so writing a document and writing a stream are one implementation.
"""

from __future__ import annotations

import contextlib
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from .. import schema_info
from .records import NOWHERE, BadRecord, Locate, Location, ReadError, RecordItem, Source

_BUFFER = 1024**2


class SpoolError(OSError):
    """The temporary files could not be written or read (a full disk, a file-size limit)."""


def _failed(exc: OSError) -> SpoolError:
    return SpoolError(f"cannot set the records aside in temporary files ({exc.strerror or exc})")


class Spool:
    """``add(collection, record)`` in any order, then ``records(collection)`` as often as needed; ``close()``
    removes the files."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="gpos-spool-")
        self._files: dict[str, IO[bytes]] = {}
        self.counts: dict[str, int] = {}

    def path(self, name: str) -> Path:
        """A file of the spool's folder (for other temporary files of the same command)."""
        return Path(self._folder.name) / name

    def add(self, collection: str, record: Any) -> None:
        try:
            handle = self._files.get(collection)
            if handle is None:
                handle = self._files[collection] = open(self.path(collection + ".pickle"), "wb", buffering=_BUFFER)
            pickle.dump(record, handle, protocol=pickle.HIGHEST_PROTOCOL)
        except SpoolError:
            raise
        except OSError as exc:
            raise _failed(exc) from None
        self.counts[collection] = self.counts.get(collection, 0) + 1

    def __contains__(self, collection: object) -> bool:
        return collection in self.counts

    def collections(self) -> list[str]:
        """The collections holding records, in schema order."""
        return [name for name in schema_info.collections() if name in self.counts]

    def records(self, collection: str) -> Iterator[Any]:
        """The records of a collection, in the order they were added."""
        handle = self._files.get(collection)
        if handle is None:
            return
        try:
            handle.flush()
            reader = open(handle.name, "rb", buffering=_BUFFER)
        except OSError as exc:
            raise _failed(exc) from None
        with reader:
            load = pickle.load
            for _ in range(self.counts[collection]):
                yield load(reader)

    def close(self) -> None:
        for handle in self._files.values():
            with contextlib.suppress(OSError):  # closing flushes, which fails again on a full disk
                handle.close()
        self._folder.cleanup()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def spool_source(source: Source, spool: Spool) -> dict[str, Any]:
    """Every record of ``source`` into ``spool``; its envelope. ReadError at the first record that cannot be read,
    as when reading it into a document (:func:`~.records.to_document`)."""
    envelope, _ = source.envelope()
    for item in source.records():
        if isinstance(item, BadRecord):
            raise ReadError(item.message, item.location)
        spool.add(item.collection, item.data)
    return envelope


class SpoolingSource(Source):
    """A source whose records are set aside in a spool as they are read, so the pass that validates an input also
    keeps it for the passes that follow (records that cannot be read are not kept)."""

    def __init__(self, source: Source, spool: Spool) -> None:
        super().__init__(source.name)
        self.source = source
        self.format = source.format
        self._spool = spool
        self._read = False

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        return self.source.envelope()

    def records(self) -> Iterator[RecordItem | BadRecord]:
        if self._read:  # read again (the validator does, to locate unresolved references): spooled already
            yield from self.source.records()
            return
        self._read = True
        add = self._spool.add
        for item in self.source.records():
            if item.__class__ is RecordItem:
                add(item.collection, item.data)  # type: ignore[union-attr]
            yield item

    def findings(self) -> Iterator[tuple[str, str, Location]]:
        return self.source.findings()

    def close(self) -> None:
        self.source.close()


class SpooledSource(Source):
    """An envelope and a spool read as a source (collection order), so spooled data can be validated."""

    format = "json"

    def __init__(self, envelope: dict[str, Any], spool: Spool, name: str) -> None:
        super().__init__(name)
        self._envelope = envelope
        self._spool = spool

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        return self._envelope, _nowhere

    def records(self) -> Iterator[RecordItem | BadRecord]:
        for collection in self._spool.collections():
            for index, record in enumerate(self._spool.records(collection)):
                yield RecordItem(collection, index, record)


def _nowhere(_: Any) -> Location:
    return NOWHERE


RECORDS: Any = object()  # the value of a key whose records are read through Parts.records


def plain(value: Any) -> Any:
    """Dates and times given as Python objects become the ISO 8601 text the standard uses."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


class Parts:
    """An export document as ``(key, value)`` pairs in document order, where a collection's value may be
    :data:`RECORDS`: its records are then read, as often as needed, through ``records(key)``."""

    def __init__(self, items: list[tuple[Any, Any]], records: Callable[[str], Iterable[Any]],
                 dates: bool = True) -> None:
        """``dates``: records may hold Python dates and times (a document built in code), written as text;
        records read from a file never do."""
        self._items = items
        self._records = records
        self._dates = dates

    def items(self) -> list[tuple[Any, Any]]:
        return self._items

    def get(self, key: str, default: Any = None) -> Any:
        return next((value for k, value in self._items if k == key), default)

    def records(self, collection: str) -> Iterator[Any]:
        if not self._dates:
            yield from self._records(collection)
            return
        for record in self._records(collection):
            yield plain(record)

    def envelope(self) -> dict[str, Any]:
        """The top-level keys that are not collections."""
        collections = schema_info.collections()
        return {k: plain(v) for k, v in self._items if k not in collections}


def document_parts(document: dict[str, Any]) -> Parts:
    """A document held in memory; its collections' lists are read as records."""
    collections = schema_info.collections()
    items = [(k, RECORDS if k in collections and isinstance(v, list) and v else plain(v))
             for k, v in document.items()]
    return Parts(items, lambda name: document[name])


def spooled_parts(envelope: dict[str, Any], spool: Spool) -> Parts:
    """What :func:`~.records.to_document` would assemble: the envelope's keys in order (a collection it holds
    takes the spooled records in its place), then the other spooled collections in schema order. The records
    come from a reader (:func:`spool_source`) or the redactor, which give text for dates."""
    items = [(k, RECORDS if k in spool else plain(v)) for k, v in envelope.items()]
    items += [(name, RECORDS) for name in spool.collections() if name not in envelope]
    return Parts(items, spool.records, dates=False)
