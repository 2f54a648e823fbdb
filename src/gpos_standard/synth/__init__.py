"""Synthetic GPOS exports for tests and benchmarks: realistic, valid by construction, reproducible and fast.

``synthesise(records, seed)`` is an iterator of the envelope (``record_type: Export``) then ``records`` records,
each a dict with its ``record_type`` as in JSON Lines. With ``error_rate`` a share of the records carries one
realistic mistake each, and ``.injected`` lists where and which rule code the validator must report.
:func:`write_export` writes JSON Lines or a JSON document in constant memory, plus a CSV sidecar of the
injected errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .generator import CREATED_AT_DAY, DAYS, FIRST, LAST, Record, Scenarios
from .inject import BY_TYPE, KINDS, Injected, InjectState, pointer
from .writers import SynthResult, write_export

__all__ = ["KINDS", "Injected", "SynthResult", "Synthesis", "collection_of", "synthesise", "write_export"]


def collection_of() -> dict[str, str]:
    """Record type -> the Export collection holding it."""
    from ..schema_info import collections

    return {record_type: name for name, record_type in collections().items()}


class Synthesis(Iterator[dict[str, Any]]):
    """One generated export, produced lazily; ``injected`` fills up as records are produced."""

    def __init__(self, records: int, seed: int, error_rate: float = 0.0, member: str = "TH", *,
                 kinds: list[str] | None = None) -> None:
        if records < 1:
            raise ValueError("records must be at least 1 (the publishing organisation is a record)")
        if not 0.0 <= error_rate <= 1.0:
            raise ValueError("error_rate must be between 0 and 1")
        from .. import standard_version

        self.records, self.seed, self.error_rate, self.member = records, seed, error_rate, member
        self.scenarios = Scenarios(seed, member)
        tz = self.scenarios.p.tz
        self.envelope: dict[str, Any] = {
            "standard_version": standard_version(), "export_id": f"{member}-EXP-SYN-{seed}",
            "publisher": self.scenarios.publisher, "member_country": member,
            "created_at": f"{CREATED_AT_DAY}T09:00:00{tz}",
            "period": {"start_date": DAYS[FIRST], "end_date": DAYS[LAST]},
            "sharing_marking": "AMBER", "licence": "GPOS data-sharing terms 2025",
        }
        self.kinds = list(KINDS) if kinds is None else [k for k in KINDS if k in kinds]
        self.injected: list[Injected] = []
        self.counts: dict[str, int] = {}
        self._pairs = self._generate()

    def __next__(self) -> dict[str, Any]:
        record_type, data = next(self._pairs)
        return {"record_type": record_type, **data}

    def pairs(self) -> Iterator[Record]:
        """(record type, data) pairs without copying, the envelope first as ("Export", envelope)."""
        return self._pairs

    def _generate(self) -> Iterator[Record]:
        import random

        yield "Export", self.envelope
        collection = collection_of()
        err = random.Random(f"gpos-synth-errors/{self.seed}").random
        state = InjectState(self.member)
        kinds = self.kinds
        rate = self.error_rate if kinds else 0.0
        pending: list[str] = []  # kinds drawn but not yet placed: each waits for a record it applies to
        counts = self.counts
        budget = self.records
        emitted = 0
        sc = self.scenarios

        def batches() -> Iterator[list[Record]]:
            yield sc.setup()[:budget]
            yield from sc.scenarios()

        for batch in batches():
            if emitted + len(batch) > budget:
                batch = [sc.filler() for _ in range(budget - emitted)]
            for record_type, data in batch:
                coll = collection[record_type]
                index = counts.get(coll, 0)
                counts[coll] = index + 1
                if rate and err() < rate:
                    pending.append(kinds[int(err() * len(kinds))])
                placed = self._inject(record_type, data, state, pending) if pending else None
                if placed is not None:
                    kind, code, path = placed
                    self.injected.append(Injected(emitted, emitted + 2, coll, index, record_type, data["id"],
                                                  kind, code, pointer(path)))
                elif record_type == "PersonInvolvement":
                    state.last_involvement = data["id"]
                emitted += 1
                yield record_type, data
            if emitted >= budget:
                return

    @staticmethod
    def _inject(record_type: str, data: dict[str, Any], state: InjectState,
                pending: list[str]) -> tuple[str, str, tuple[Any, ...]] | None:
        allowed = BY_TYPE.get(record_type, ())
        for i, kind in enumerate(pending[:8]):
            if kind not in allowed:
                continue
            code, mutate = KINDS[kind]
            path = mutate(data, state)
            if path is not None:
                del pending[i]
                return kind, code, path
        return None


def synthesise(records: int, seed: int, error_rate: float = 0.0, member: str = "TH") -> Synthesis:
    """The envelope then ``records`` records; see :class:`Synthesis` for the injected errors."""
    return Synthesis(records, seed, error_rate, member)
