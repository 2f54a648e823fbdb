"""Every identifier of every member's export, normalised, as two Parquet tables the engines query.

``identifiers``: one row per identifier seen in a record (member, export, marking, record type and id, kind, value,
day). Values are in the form keyed pseudonyms are made from (:func:`..sharing.pseudonym.normalise`, E.164 phones,
checksummed wallets, compact IBANs...), so that the same identifier written two ways matches, and a pseudonym
(``psn:...``) made under the partnership key is matched as it is. A person's name is linked only as a pseudonym: a
name in clear says too little to be the same person. A URL also gives its host as a domain.

``movements``: one row per transaction and account it moved through (export, account id, transaction id, day,
amount as decimal text, currency or crypto asset), for the totals of linked accounts.

Exports are read record by record (any format or package :func:`..validation.open_source` reads) and written in record
batches, so memory stays bounded whatever the size of the exports.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .._patterns import PSEUDONYM_PREFIX
from ..io.records import BadRecord, ReadError
from ..sharing.pseudonym import normalise
from ..sharing.redact import SLOT_KIND

MARKINGS = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")  # TLP 2.0, least to most restrictive
BATCH = 8192
_PSEUDONYM = re.compile(r"^psn:[0-9a-f]{64}$")
# the pseudonymised slots that are not identifiers to link on
_NOT_LINKED = frozenset({"transaction_reference"})
_ONLY_AS_PSEUDONYM = frozenset({"name"})
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"^(?:0|[1-9][0-9]{0,17})(?:\.[0-9]{1,18})?$")  # DecimalAmount: fits DECIMAL(38, 18)
_DATE_SLOTS = {"FinancialAccount": ("opened_date",), "Indicator": ("first_seen", "last_seen"),
               "Transaction": ("executed_at",), "ScamReport": ("received_at",)}

IDENTIFIER_COLUMNS = ("member", "export_id", "marking_rank", "record_type", "record_id", "kind", "value", "day")
MOVEMENT_COLUMNS = ("export_id", "account_id", "transaction_id", "day", "amount", "currency")


def marking_rank(marking: Any) -> int:
    """Position of a TLP marking from CLEAR (0) to RED (4); anything else counts as RED."""
    return MARKINGS.index(marking) if marking in MARKINGS else len(MARKINGS) - 1


def _day(record: dict[str, Any], record_type: str) -> str | None:
    for name in _DATE_SLOTS.get(record_type, ()):
        value = record.get(name)
        if isinstance(value, str) and _DAY.match(value):
            return value[:10]
    return None


def _values(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str) and v.strip()]


@lru_cache(maxsize=1 << 18)
def _key(kind: str, value: str, region: str | None, network: str | None) -> str | None:
    """The link key of one value (remembered: identifiers recur across records, and normalising a phone number or
    checking a wallet's checksum is what extraction spends its time on)."""
    if _PSEUDONYM.match(value):
        return value
    if kind in _ONLY_AS_PSEUDONYM or value.startswith(PSEUDONYM_PREFIX):
        return None
    return normalise(kind, value, region=region, network=network)


@cache
def _plan(cls: str) -> dict[str, str | None]:
    """The slots of ``cls`` worth visiting: an identifier slot (None) or an inlined class that holds one (its name).
    Empty for a class with no identifier anywhere inside it, whose records are skipped whole."""
    from ..schema_info import classes

    plan: dict[str, str | None] = {}
    for name, slot in classes().get(cls, {}).get("slots", {}).items():
        if (cls, name) in SLOT_KIND:
            plan[name] = None
        elif slot["kind"] == "inlined" and _plan(slot["range"]):
            plan[name] = slot["range"]
    return plan


def identifiers_of(record_type: str, record: dict[str, Any], region: str | None) -> Iterator[tuple[str, str]]:
    """(kind, normalised value) of every identifier in a record and the objects inlined in it, each once."""
    seen: set[tuple[str, str]] = set()
    stack: list[tuple[str, dict[str, Any]]] = [(record_type, record)]
    while stack:
        cls, obj = stack.pop()
        for name, inner in _plan(cls).items():
            value = obj.get(name)
            if value is None:
                continue
            if inner is not None:
                items = value if isinstance(value, list) else [value]
                stack.extend((inner, v) for v in items if isinstance(v, dict))
                continue
            kind, network = SLOT_KIND[(cls, name)](obj)
            if not kind or kind in _NOT_LINKED:
                continue
            for text in _values(value):
                key = _key(kind, text, region, network)
                if key is None:
                    continue
                for pair in _with_domain(kind, key):
                    if pair not in seen:
                        seen.add(pair)
                        yield pair


def _with_domain(kind: str, key: str) -> list[tuple[str, str]]:
    if kind != "url" or key.startswith(PSEUDONYM_PREFIX):
        return [(kind, key)]
    try:
        host = urlsplit(key).hostname
    except ValueError:
        host = None
    return [(kind, key), ("domain", host)] if host else [(kind, key)]


def _movements(record: dict[str, Any], export_id: str) -> Iterator[tuple[Any, ...]]:
    amount = record.get("amount")
    if not isinstance(amount, dict) or not isinstance(amount.get("amount"), str) or not _DECIMAL.match(
            amount["amount"]):
        return
    currency = amount.get("currency") or amount.get("crypto_asset")
    if not isinstance(currency, str):
        return
    day = _day(record, "Transaction")
    accounts = {record.get("from_account"), record.get("to_account")}
    for account in sorted(a for a in accounts if isinstance(a, str)):
        yield export_id, account, record.get("id"), day, amount["amount"], currency


class _Sink:
    """A Parquet file written a batch of rows at a time."""

    def __init__(self, path: Path, columns: tuple[str, ...], types: dict[str, Any]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
        self.writer = pq.ParquetWriter(path, self.schema)
        self.columns = columns
        self.rows: list[tuple[Any, ...]] = []

    def add(self, row: tuple[Any, ...]) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            import pyarrow as pa

            columns = list(zip(*self.rows, strict=True))
            self.writer.write_batch(pa.record_batch([pa.array(c, self.schema.field(i).type)
                                                     for i, c in enumerate(columns)], schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def extract_one(path: Path, folder: Path, index: int) -> dict[str, Any]:
    """Write ``identifiers-<index>.parquet`` and ``movements-<index>.parquet`` of one export into ``folder``; returns
    its member, export id, marking and number of records (or the reason it cannot be read, under ``error``)."""
    import pyarrow as pa

    from ..schema_info import collections
    from ..validation import open_source

    types = collections()
    ids = _Sink(folder / f"identifiers-{index}.parquet", IDENTIFIER_COLUMNS, {"marking_rank": pa.int32()})
    moves = _Sink(folder / f"movements-{index}.parquet", MOVEMENT_COLUMNS, {})
    try:
        source = open_source(path)
        try:
            envelope, _ = source.envelope()
            member = envelope.get("member_country")
            export_id = envelope.get("export_id")
            if not isinstance(member, str) or not isinstance(export_id, str):
                raise ReadError("the envelope has no member_country or export_id: validate the export first")
            rank = marking_rank(envelope.get("sharing_marking"))
            count = 0
            for item in source.records():
                if isinstance(item, BadRecord):
                    raise ReadError(item.message, item.location)
                record = item.data
                if not isinstance(record, dict):
                    continue
                count += 1
                record_type = types[item.collection]
                found = list(identifiers_of(record_type, record, member))
                if found:
                    record_id = record.get("id") if isinstance(record.get("id"), str) else None
                    day = _day(record, record_type)
                    for kind, value in found:
                        ids.add((member, export_id, rank, record_type, record_id, kind, value, day))
                if record_type == "Transaction":
                    for row in _movements(record, export_id):
                        moves.add(row)
        finally:
            source.close()
    except ReadError as exc:  # given back, not raised: a worker process cannot send the location with it
        where = exc.location.describe()
        return {"path": str(path), "error": f"{path}{' (' + where + ')' if where else ''}: {exc}"}
    finally:
        ids.close()
        moves.close()
    return {"path": str(path), "member": member, "export_id": export_id,
            "marking": envelope.get("sharing_marking"), "records": count}


PARALLEL_BYTES = 16 * 1024**2  # below this much input, starting worker processes costs more than it saves


def default_jobs(exports: list[Path]) -> int:
    """One worker per core (and per export) once the inputs are large enough to be worth it."""
    size = sum(p.stat().st_size for p in exports if p.is_file())
    return max(1, min(os.cpu_count() or 1, len(exports))) if size >= PARALLEL_BYTES else 1


def extract(exports: list[Path], folder: Path, jobs: int | None = None) -> dict[str, Any]:
    """Extract every export into ``folder`` (``jobs`` exports at a time, in worker processes); returns per export
    what was read, and the Parquet files of each table. ReadError for the first export that cannot be read."""
    jobs = default_jobs(exports) if jobs is None else max(1, jobs)
    if jobs == 1:
        read = [extract_one(path, folder, i) for i, path in enumerate(exports)]
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            read = list(pool.map(extract_one, exports, [folder] * len(exports), range(len(exports))))
    for done in read:
        if "error" in done:
            raise ReadError(done["error"])
    return {"exports": read,
            "tables": {name: [folder / f"{name}-{i}.parquet" for i in range(len(exports))]
                       for name in ("identifiers", "movements")}}
