"""The fast lane: the common case (a schema-valid record) in one loop, for JSON Lines and for every other format.

A national export is millions of lines that are nearly all fine, so the loop does per line only what a line
that is fine needs: parse with orjson; check that re-serialising gives the same bytes, as orjson or Python's json
module writes them (so the line held no duplicate key and is read exactly as a strict JSON parser would);
validate the record type's compiled JSON Schema; register the id; run the class's compiled rule checks. Anything
else (a blank, malformed or otherwise written line, an unknown record type, a record the schema rejects) leaves
the lane and takes the general path of :class:`~.engine.SourceValidator`, which reports it exactly as it would
for any other format. Each record is released before the next line is parsed: holding a block of parsed records
costs more in memory traffic than the calls it would save. Other formats give records already read;
:func:`run_items` takes the same lane from there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from ..i18n import tr
from ..io.jsonl import _At, written_by_python
from ..io.records import BadRecord, RecordItem
from .compiled import compiled_for
from .context import DUPLICATE_ID, Where
from .structural import validator_for
from .walk import RecordScope

if TYPE_CHECKING:
    from ..io.jsonl import JsonLinesSource
    from .engine import SourceValidator


class Entry(NamedTuple):
    """What the loops need for one record type. The loops index it (``entry[2]``): a field name costs a lookup
    per record."""

    collection: str  # 0
    record_type: str  # 1
    is_valid: Any  # 2: the compiled JSON Schema's is_valid
    check: Any  # 3: the compiled rule checks (compiled.compiled_for)
    scope: RecordScope  # 4: reused for every record of the type


@dataclass(slots=True)
class _LineScope(RecordScope):
    """A record scope reused for every record of a type: only index, id, sequence number and line change."""

    line: int = 0

    def where(self, path: tuple[Any, ...]) -> Where:
        return Where(self.collection, self.index, self.record_id, self.record_type, path, _At(self.line))


def run(validator: SourceValidator, source: JsonLinesSource, counts: dict[str, int]) -> int:
    """Validate every record of ``source``; return how many lines held a record (readable or not).

    ``counts`` numbers the records of each type (the ``index`` of each issue) and holds the totals at the end.
    """
    seen = 0
    for item in source.held_records(counts):
        seen += 1
        validator.check_item(item)
    return seen + _lane(validator, source, counts)


def _acceptor(validator: SourceValidator) -> Any:
    """What both loops do with a record the schema accepted: register its id, run its class's compiled checks,
    report what they find. The entry's scope already knows where the record is. A closure, not an object with
    ``__call__``: it runs for every record, and a plain function call is the cheapest."""
    ids = validator.context.ids
    add_id = ids.setdefault
    id_seqs = validator.id_seqs
    emit = validator.emit
    extensions = validator.extension_set
    out: list[tuple[str, str, tuple[Any, ...]]] = []

    def accept(value: dict[str, Any], entry: Entry, index: int, seq: int) -> None:
        scope = entry[4]
        record_id = value.get("id")
        scope.index, scope.record_id, scope.seq = index, record_id, seq
        if record_id is not None:
            size = len(ids)
            other = add_id(record_id, entry[1])
            if len(ids) == size:
                emit("GPOS-E020", tr(DUPLICATE_ID, id=record_id, other=other),
                     scope.where(("id",)))
            elif id_seqs is not None:
                id_seqs.append(seq)
        entry[3](value, scope, out, ())  # the class's compiled checks
        if extensions is not None:
            out.extend(extensions.check(entry[1], value))
        if out:
            for code, message, path in out:
                emit(code, message, scope.where(path), validator.suggestion(code, message, value, path, entry[1]))
            out.clear()

    return accept


def _table(validator: SourceValidator, scope: type[RecordScope]) -> dict[str, Entry]:
    """Record type -> its Entry."""
    context = validator.context
    version, prefixes = validator.version, validator.prefixes
    return {cls: Entry(collection, cls, validator_for(cls, version, prefixes).is_valid, compiled_for(cls, version),
                       scope(collection, None, cls, None, context, None, True, -1, version))
            for collection, cls in validator.collections.items()}


def run_items(validator: SourceValidator, items: Iterator[RecordItem | BadRecord]) -> int:
    """Validate records read by any source; return how many there were (readable or not)."""
    by_collection = {entry[0]: entry for entry in _table(validator, RecordScope).values()}
    accept = _acceptor(validator)
    progress = validator.progress
    seq = validator.seq
    seen = 0
    for item in items:
        seen += 1
        if progress is not None and not seen % 1000:
            progress(seen)
        entry = by_collection.get(item.collection) if item.__class__ is RecordItem else None
        value = item.data if entry is not None else None  # type: ignore[union-attr]
        if value.__class__ is not dict or not entry[2](value):  # type: ignore[index]
            validator.seq = seq
            validator.check_item(item)
            seq = validator.seq
            continue
        seq += 1
        entry[4].locate = item.locate  # type: ignore[index, union-attr]
        accept(value, entry, item.index, seq)  # type: ignore[union-attr]
    validator.seq = seq
    return seen


def _lane(validator: SourceValidator, source: JsonLinesSource, counts: dict[str, int]) -> int:
    table = _table(validator, _LineScope)
    accept = _acceptor(validator)
    counts_get = counts.get
    loads, dumps = orjson.loads, orjson.dumps
    progress = validator.progress
    seq = validator.seq
    seen = 0
    for first, lines in source.line_blocks():
        line = first - 1
        for raw in lines:
            line += 1
            try:
                value: Any = loads(raw)  # type: ignore[arg-type]
            except (ValueError, TypeError):  # malformed, or None for an over-long line
                value = None
            entry = valid = None
            try:
                if value.__class__ is dict and (dumps(value) == raw or written_by_python(value, raw)):
                    record_type = value.pop("record_type", None)
                    if record_type.__class__ is str:  # not a list or an object, which cannot be looked up
                        entry = table.get(record_type)
                        if entry is not None:
                            valid = entry[2](value)  # the record type's compiled schema
            except (TypeError, ValueError):  # nested beyond what the libraries take: the reader's limits say so
                entry = None
            if entry is None:
                item = source.item(line, raw, counts)
                if item is not None:
                    seen += 1
                    validator.seq = seq
                    validator.check_item(item)
                    seq = validator.seq
                continue
            seen += 1
            if not valid:  # the general path, through the reader and its limits, as for any other line
                validator.seq = seq
                validator.check_item(source.item(line, raw, counts))  # type: ignore[arg-type]
                seq = validator.seq
                continue
            collection = entry[0]
            index = counts_get(collection, 0)
            counts[collection] = index + 1
            seq += 1
            entry[4].line = line
            accept(value, entry, index, seq)
        if progress is not None:
            progress(seen)
    validator.seq = seq
    return seen
