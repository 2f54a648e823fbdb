"""Redaction of an export of any size: :class:`~.redact.Redactor`'s result, read from a spool a record at a time.

The redactor needs, before it writes a record, things found anywhere in the export: the names and identifiers
the personal-data detector looks for, which ids are pseudonymised, which records are dropped (a record losing a
required reference is dropped, which may drop others in turn). Each is one pass over the spooled records
(:mod:`..io.spool`), and the drops are passes repeated until none is added, as :meth:`Redactor.run` repeats
them over a document; the last pass's records are the output, in a spool of their own. Memory holds the id index
(each pseudonymised id and its class, each dropped id) and the detector's names and identifiers, never records.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..io.spool import Spool
from ..resources import schema_meta
from .detect import Detector
from .policy import Action
from .pseudonym import Pseudonymiser
from .redact import Redactor


class _Ids:
    """Record id -> its pseudonym, as :meth:`Redactor._map_ids` maps them, computed when asked (a keyed digest)
    from an index id -> class: keeping every pseudonym would double the memory the index takes."""

    def __init__(self, pseudonyms: Pseudonymiser) -> None:
        self.index: dict[str, str] = {}
        self.pseudonyms = pseudonyms

    def get(self, key: Any, default: Any = None) -> Any:
        cls = self.index.get(key) if isinstance(key, str) else None
        return default if cls is None else self.pseudonyms.record_id(key, f"{cls}.id")


class StreamRedactor(Redactor):
    """A :class:`Redactor` for an envelope and spooled records; single use."""

    def run_stream(self, envelope: dict[str, Any], spool: Spool) -> tuple[dict[str, Any], Spool]:
        """The redacted envelope, and a new spool of the redacted records (the caller closes it)."""
        collections: dict[str, str] = schema_meta()["collections"]
        self.region = envelope.get("member_country") if isinstance(envelope.get("member_country"), str) else None
        self.pseudonyms.prefix = Pseudonymiser(None, country=self.region).prefix
        self.created_at = str(envelope.get("created_at", ""))

        def objects(collection: str) -> Iterator[dict[str, Any]]:
            return (r for r in spool.records(collection) if isinstance(r, dict))

        if self.audience.free_text != "keep":
            self.detector = Detector({}, self.region, ((cls, record) for coll, cls in collections.items()
                                                       for record in spool.records(coll)))
        totals = self._index(collections, objects)
        while True:  # records losing a required reference are dropped, which may drop others in turn
            before = len(self.dropped)
            steps_before = self.steps.copy()
            out = Spool()
            try:
                for coll, cls in collections.items():
                    if cls not in self.gone_types:
                        for record in self.each(cls, objects(coll)):
                            out.add(coll, record)
            except BaseException:
                out.close()
                raise
            if len(self.dropped) == before:
                break
            out.close()
            self.steps = steps_before
        for coll, cls in collections.items():
            kept = out.counts.get(coll, 0)
            if cls not in self.gone_types and kept < totals.get(coll, 0):
                self._step("Export", coll, Action.DROP, totals[coll] - kept)
        return self._assemble(envelope, {}, collections), out

    def _index(self, collections: dict[str, str], objects: Any) -> dict[str, int]:
        """Drop the records of types the audience may not receive, index the ids to pseudonymise (as
        ``_map_ids``); return the number of records of each collection."""
        totals: dict[str, int] = {}
        ids = _Ids(self.pseudonyms)
        self.ids = ids  # type: ignore[assignment]
        for coll, cls in collections.items():
            gone = cls in self.gone_types
            mapped = not gone and self.table[cls]["id"].action is Action.PSEUDONYMISE_REF
            count = 0
            for record in objects(coll):
                count += 1
                if gone:
                    self.dropped.add(str(record.get("id")))
                elif mapped and isinstance(record.get("id"), str):
                    ids.index[record["id"]] = cls
                    if not self.pseudonyms.used:  # as _map_ids: the key is needed (and recorded) from here on
                        self.pseudonyms.record_id(record["id"], f"{cls}.id")
            totals[coll] = count
            if gone:
                self._step("Export", coll, Action.DROP, count)
        return totals
