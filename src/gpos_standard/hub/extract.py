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

import re
from collections.abc import Iterator
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


def _key(kind: str, value: str, region: str | None, network: str | None) -> str | None:
    if _PSEUDONYM.match(value):
        return value
    if kind in _ONLY_AS_PSEUDONYM or value.startswith(PSEUDONYM_PREFIX):
        return None
    return normalise(kind, value, region=region, network=network)


def identifiers_of(record_type: str, record: dict[str, Any], region: str | None) -> Iterator[tuple[str, str]]:
    """(kind, normalised value) of every identifier in a record and the objects inlined in it, each once."""
    seen: set[tuple[str, str]] = set()
    stack: list[tuple[str, dict[str, Any]]] = [(record_type, record)]
    while stack:
        cls, obj = stack.pop()
        for name, value in obj.items():
            if isinstance(value, dict):
                stack.append((_inlined(cls, name), value))
                continue
            if isinstance(value, list) and value and isinstance(value[0], dict):
                stack.extend((_inlined(cls, name), v) for v in value if isinstance(v, dict))
                continue
            kind_of = SLOT_KIND.get((cls, name))
            if kind_of is None:
                continue
            kind, network = kind_of(obj)
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


_INLINED: dict[tuple[str, str], str] = {}


def _inlined(cls: str, name: str) -> str:
    """The class of the objects inlined in ``cls.name`` (for the slot-kind table), "" if unknown."""
    found = _INLINED.get((cls, name))
    if found is None:
        from ..schema_info import classes

        slot = classes().get(cls, {}).get("slots", {}).get(name)
        found = _INLINED[(cls, name)] = slot["range"] if slot and slot["kind"] == "inlined" else ""
    return found


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


def extract(exports: list[Path], folder: Path) -> dict[str, Any]:
    """Write ``identifiers.parquet`` and ``movements.parquet`` of ``exports`` into ``folder``; returns what was
    read: per export its member, marking and number of records."""
    import pyarrow as pa

    from ..validation import open_source

    ids = _Sink(folder / "identifiers.parquet", IDENTIFIER_COLUMNS, {"marking_rank": pa.int32()})
    moves = _Sink(folder / "movements.parquet", MOVEMENT_COLUMNS, {})
    read: list[dict[str, Any]] = []
    try:
        for path in exports:
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
                    record_type = _record_type(item.collection)
                    record_id = record.get("id") if isinstance(record.get("id"), str) else None
                    day = _day(record, record_type)
                    for kind, value in identifiers_of(record_type, record, member):
                        ids.add((member, export_id, rank, record_type, record_id, kind, value, day))
                    if record_type == "Transaction":
                        for row in _movements(record, export_id):
                            moves.add(row)
                read.append({"path": str(path), "member": member, "export_id": export_id,
                             "marking": envelope.get("sharing_marking"), "records": count})
            finally:
                source.close()
    finally:
        ids.close()
        moves.close()
    return {"exports": read}


def _record_type(collection: str) -> str:
    from ..schema_info import collections

    return collections()[collection]
