"""What ``validate()`` is given, made into sources: a parsed document, a model, or records without an envelope."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .. import schema_info
from ..io.document import DocumentSource
from ..io.records import NOWHERE, BadRecord, Locate, RecordItem, Source, _nowhere
from .record import record_type_and_data


class RecordsSource(Source):
    """Records given without an envelope (model instances, or dicts with their ``record_type``), checked together:
    each by the rules of one record, and all of them by the cross-record rules (references, duplicate ids). There
    is no envelope to check."""

    bare = True  # the validator skips the envelope

    def __init__(self, records: Iterable[Any], name: str = "<records>") -> None:
        super().__init__(name)
        self._records = records

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        return {}, _nowhere

    def records(self) -> Iterator[RecordItem | BadRecord]:
        collection_of = {record_type: name for name, record_type in schema_info.collections().items()}
        counts: dict[str, int] = {}
        for position, given in enumerate(self._records):
            try:
                record_type, data = record_type_and_data(given, None)
            except ValueError:
                yield BadRecord(f"record {position} has no record_type: give one, or validate it with "
                                "validate_record(record, cls)", NOWHERE, code="GPOS-E011")
                continue
            collection = collection_of.get(record_type)
            if collection is None:
                yield BadRecord(f"record {position}: {record_type} is not a record type of the standard", NOWHERE,
                                code="GPOS-E011")
                continue
            index = counts.get(collection, 0)
            counts[collection] = index + 1
            yield RecordItem(collection, index, data)


def source_of(given: Any) -> Source:
    """The source for something other than a path; TypeError for what validate() cannot take."""
    from .._modelbase import GposModel

    if isinstance(given, Mapping):
        return DocumentSource(data=dict(given))
    if isinstance(given, GposModel):
        if type(given).__name__ == schema_info.root_class():
            return DocumentSource(data=given.model_dump(mode="json"), name=f"<{type(given).__name__}>")
        return RecordsSource([given], name=f"<{type(given).__name__}>")
    if isinstance(given, Iterable) and not isinstance(given, (str, bytes)):
        return RecordsSource(given)
    raise TypeError(f"validate() takes paths, documents (dicts), models or iterables of records, not "
                    f"{type(given).__name__}")
