"""An export held as one JSON or YAML document: the envelope and collections are keys of one object."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import schema_info
from .loaders import Loaded, LoadError, load_document
from .records import BadRecord, JsonPath, Locate, Location, ReadError, RecordItem, Source


class DocumentSource(Source):
    """A JSON or YAML export document, parsed whole (line numbers are found only when needed)."""

    def __init__(self, path: Path | None = None, *, data: Any = None, name: str | None = None) -> None:
        super().__init__(name or (str(path) if path else "<document>"))
        self._loaded: Loaded | None = None
        if path is not None:
            try:
                self._loaded = load_document(path)
            except LoadError as exc:
                raise ReadError(str(exc), Location(line=exc.line)) from None
            self._data = self._loaded.data
            self.format = self._loaded.format
        else:
            self._data = data
            self.format = "json"

    @property
    def data(self) -> Any:
        return self._data

    def _locator(self, prefix: JsonPath) -> Locate:
        loaded = self._loaded

        def locate(path: JsonPath) -> Location:
            if loaded is None:
                return Location()
            return Location(line=loaded.line_of((*prefix, *path)))

        return locate

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        if not isinstance(self._data, dict):
            raise ReadError("an export document must be a JSON object (a mapping), not a "
                            f"{type(self._data).__name__}", Location(line=1 if self._loaded else None))
        # A collection given as null or [] stays in the envelope, where the schema reports it (GPOS-E004, E009).
        collections = schema_info.collections()
        return {k: v for k, v in self._data.items() if k not in collections or v is None or v == []}, \
            self._locator(())

    def records(self) -> Iterator[RecordItem | BadRecord]:
        if not isinstance(self._data, dict):
            return
        for collection in schema_info.collections():
            items = self._data.get(collection)
            if items is None:
                continue
            if not isinstance(items, list):
                yield BadRecord(f"'{collection}' must be a list of records", self._locator(())((collection,)),
                                collection)
                continue
            for index, item in enumerate(items):
                yield RecordItem(collection, index, item, self._locator((collection, index)))
