"""State kept across the records of one export: identifiers, pending references and the facts domain rules need.

Kept compact (ids and small tuples) so memory grows with the number of records, not with their size.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from ..io.records import Locate


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
    # (id, expected type, record scope, path): the scope is shared by every reference of a record.
    references: list[tuple[str, str, Any, tuple[Any, ...]]] = field(default_factory=list)
    case_roles: dict[tuple[str, str], dict[str, Where]] = field(default_factory=lambda: defaultdict(dict))
    screened_persons: set[str] = field(default_factory=set)
    victim_by_screening: set[tuple[str, str]] = field(default_factory=set)
    assessed: set[tuple[str, str]] = field(default_factory=set)

    @property
    def limit_day(self) -> str:
        """The first calendar day on which a date may lie in the future (checked precisely from there on)."""
        return self._limit_day

    def __post_init__(self) -> None:
        from datetime import timedelta

        self._limit_day = (self.now + timedelta(days=1)).date().isoformat()

    def add_id(self, record_id: str, record_type: str) -> str | None:
        """Register an id; return the type of the record that already has it, if any."""
        if record_id in self.ids:
            return self.ids[record_id]
        self.ids[record_id] = record_type
        return None

    def pending_reference(self, value: str, expected: str, scope: Any, path: tuple[Any, ...]) -> None:
        self.references.append((value, expected, scope, path))
