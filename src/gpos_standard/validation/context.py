"""State kept across the records of one export: identifiers, pending references and the facts domain rules need.

Kept compact (ids and small tuples) so memory grows with the number of records, not with their size.
"""

from __future__ import annotations

import sys
from array import array
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import compress
from operator import ne
from typing import Any, NamedTuple

from ..i18n import N_
from ..io.records import Locate

DUPLICATE_ID = N_("id {id} is used by more than one record (also by a {other})")


class PendingReferences:
    """References not yet resolved, in three compact columns: value, expected type, referring record.

    A million-record export can hold hundreds of thousands of forward references; as tuples they would cost
    more memory than the id index itself.
    """

    __slots__ = ("_type_index", "seqs", "type_names", "types", "values")

    def __init__(self) -> None:
        self.values: list[str] = []
        self.types = bytearray()
        self.seqs = array("q")
        self.type_names: list[str] = []
        self._type_index: dict[str, int] = {}

    def append(self, value: str, expected: str, seq: int) -> None:
        index = self._type_index.get(expected)
        if index is None:
            index = self._index(expected)
        self.values.append(value)
        self.types.append(index)
        self.seqs.append(seq)

    def _index(self, expected: str) -> int:
        index = self._type_index.get(expected)
        if index is None:
            index = self._type_index[expected] = len(self.type_names)
            self.type_names.append(expected)
        return index

    def extend_shifted(self, other: PendingReferences, base_seq: int) -> None:
        """Add another range's references, whose sequence numbers start at ``base_seq`` here (column-wise)."""
        table = bytes(self._index(name) for name in other.type_names) + bytes(256 - len(other.type_names))
        self.values.extend(other.values)
        self.types.extend(other.types.translate(table))
        self.seqs.extend(array("q", [seq + base_seq for seq in other.seqs]) if base_seq else other.seqs)

    def __iter__(self) -> Iterator[tuple[str, str, int]]:
        names = self.type_names
        for value, index, seq in zip(self.values, self.types, self.seqs, strict=True):
            yield value, names[index], seq

    def __len__(self) -> int:
        return len(self.values)

    def __getstate__(self) -> tuple[Any, ...]:
        return self.values, self.types, self.seqs, self.type_names

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.values, self.types, self.seqs, self.type_names = state
        self._type_index = {name: i for i, name in enumerate(self.type_names)}


class Where(NamedTuple):
    """Enough to build an Issue later: the record and the path inside it."""

    collection: str | None
    index: int | None
    record_id: str | None
    record_type: str
    path: tuple[Any, ...]
    locate: Locate


@dataclass
class ExportContext:
    now: datetime
    default_region: str | None = None
    ids: dict[str, str] = field(default_factory=dict)  # id -> record type
    # (id, expected type, sequence number of the referring record; -1 for the envelope). Where exactly the
    # reference sits is found again, by re-reading that record, only for the few that turn out not to resolve.
    references: PendingReferences = field(default_factory=PendingReferences)
    case_roles: dict[tuple[str, str], dict[str, Where]] = field(default_factory=lambda: defaultdict(dict))
    screened_persons: set[str] = field(default_factory=set)
    victim_by_screening: set[tuple[str, str]] = field(default_factory=set)
    assessed: set[tuple[str, str]] = field(default_factory=set)
    # Duplicate ids found only when merging the ranges of a parallel run: sequence number -> (id, other type).
    late_duplicates: dict[int, tuple[str, str]] = field(default_factory=dict)
    # Codes the export's extensions add to open code lists: enum -> codes (no GPOS-W001 for them).
    extra_codes: dict[str, frozenset[str]] = field(default_factory=dict)
    # The first calendar day on which a date may lie in the future (checked precisely from there on).
    limit_day: str = field(init=False)

    def __post_init__(self) -> None:
        from datetime import timedelta

        self.limit_day = (self.now + timedelta(days=1)).date().isoformat()

    def add_id(self, record_id: str, record_type: str) -> str | None:
        """Register an id; return the type of the record that already has it, if any."""
        if record_id in self.ids:
            return self.ids[record_id]
        self.ids[sys.intern(record_id)] = record_type
        return None

    def unresolved(self) -> dict[int, set[str]]:
        """Sequence number of each record holding a reference that does not resolve -> the values concerned."""
        references = self.references
        # One pass in C (map, compress): a million pending references cost milliseconds, not a second.
        failing = compress(range(len(references)), map(ne, map(self.ids.get, references.values),
                                                       map(references.type_names.__getitem__, references.types)))
        out: dict[int, set[str]] = defaultdict(set)
        for i in failing:
            out[references.seqs[i]].add(references.values[i])
        return out
