"""Cross-member links: every identifier that appears in more than one member's exports.

A link says which members and record types the identifier was seen in, how often, its first and last dates, and the
money moved through the accounts it identifies (totals per currency or crypto asset). It is reported only to an
audience allowed to see every side: ``audiences.json`` gives the most restrictive TLP marking each audience may
receive, exports marked above it are left out before anything is linked, and each link carries the most restrictive
marking of its sides. Nothing marked TLP:RED is ever linked (RED allows no further disclosure).
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from .engines import engine, sql
from .extract import MARKINGS, extract, marking_rank


@cache
def audiences() -> dict[str, dict[str, str]]:
    """Audience name -> its most restrictive marking and description (``audiences.json``)."""
    return json.loads(files(__package__).joinpath("audiences.json").read_text(encoding="utf-8"))  # type: ignore


def max_rank(audience: str) -> int:
    if audience not in audiences():
        raise ValueError(f"unknown audience {audience!r}; expected one of {', '.join(audiences())}")
    return MARKINGS.index(audiences()[audience]["max_marking"])


def decimal_text(value: Decimal) -> str:
    """A decimal as the standard writes amounts: no exponent, no trailing zeros."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass
class Links:
    audience: str
    exports: list[dict[str, Any]]
    links: list[dict[str, Any]] = field(default_factory=list)

    @property
    def marking(self) -> str:
        """The marking of the whole result: the most restrictive of the exports it may draw on."""
        ranks = [marking_rank(e["marking"]) for e in self.exports if e["included"]]
        return MARKINGS[max(ranks, default=0)]


def _assemble(sides: list[tuple[Any, ...]], money: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    links: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, value, member, record_type, occurrences, first, last, rank in sides:
        link = links.setdefault((kind, value), {"kind": kind, "value": value, "members": set(), "record_types": set(),
                                                "occurrences": 0, "first_date": None, "last_date": None,
                                                "marking_rank": 0, "totals": []})
        link["members"].add(member)
        link["record_types"].add(record_type)
        link["occurrences"] += int(occurrences)
        link["marking_rank"] = max(link["marking_rank"], int(rank))
        _widen(link, first, last)
    for kind, value, currency, total, transactions, first, last in money:
        link = links[(kind, value)]
        link["totals"].append({"currency": currency, "amount": decimal_text(Decimal(total)),
                               "transactions": int(transactions)})
        _widen(link, first, last)
    out = []
    for link in links.values():
        link["members"] = sorted(link["members"])
        link["member_count"] = len(link["members"])
        link["record_types"] = sorted(link["record_types"])
        link["totals"].sort(key=lambda t: t["currency"])
        link["marking"] = MARKINGS[link.pop("marking_rank")]
        out.append(link)
    return sorted(out, key=lambda x: (-x["member_count"], x["kind"], x["value"]))


def _widen(link: dict[str, Any], first: str | None, last: str | None) -> None:
    if first is not None and (link["first_date"] is None or first < link["first_date"]):
        link["first_date"] = first
    if last is not None and (link["last_date"] is None or last > link["last_date"]):
        link["last_date"] = last


def find_links(exports: list[Path], *, engine_name: str = "duckdb", audience: str = "hub",
               session: Any = None) -> Links:
    """The links across ``exports`` for ``audience``, computed by ``engine_name`` (``session``: Spark's, reused)."""
    rank = max_rank(audience)
    with tempfile.TemporaryDirectory(prefix="gpos-link-") as tmp:
        folder = Path(tmp)
        read = extract(exports, folder)["exports"]
        tables = {"identifiers": folder / "identifiers.parquet", "movements": folder / "movements.parquet"}
        with engine(engine_name, tables, session) as running:
            sides = running.run(sql("link_sides", max_rank=rank))
            money = running.run(sql("link_money", max_rank=rank))
    for export in read:
        export["included"] = marking_rank(export["marking"]) <= rank
    return Links(audience, read, _assemble(sides, money))


def write_links(result: Links, path: Path) -> None:
    """``links.parquet``: one row per link, the audience and marking in the file metadata; written atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..io.output import atomic

    total = pa.struct([("currency", pa.string()), ("amount", pa.string()), ("transactions", pa.int64())])
    schema = pa.schema([
        ("kind", pa.string()), ("value", pa.string()), ("members", pa.list_(pa.string())),
        ("member_count", pa.int64()), ("record_types", pa.list_(pa.string())), ("occurrences", pa.int64()),
        ("first_date", pa.string()), ("last_date", pa.string()), ("totals", pa.list_(total)), ("marking", pa.string()),
    ], metadata={b"gpos.audience": result.audience.encode(), b"gpos.sharing_marking": result.marking.encode(),
                 b"gpos.exports": json.dumps([{k: e[k] for k in ("member", "export_id", "marking", "included")}
                                              for e in result.exports]).encode()})
    table = pa.Table.from_pylist(result.links, schema=schema)
    with atomic(path) as handle:
        pq.write_table(table, handle, compression="zstd")


def summary(result: Links) -> str:
    """What was linked, without any identifier's value (values are personal data: they stay in the file)."""
    lines = [f"Audience: {result.audience} (sees up to TLP:{audiences()[result.audience]['max_marking']}); "
             f"result marked TLP:{result.marking}", "", "Exports:"]
    for e in result.exports:
        state = "linked" if e["included"] else "left out (marked above what the audience may see)"
        lines.append(f"  {e['member']}  {e['export_id']}  TLP:{e['marking']}  {e['records']} records  {state}")
    lines += ["", f"Links: {len(result.links)} identifiers seen in more than one member's exports"]
    by_kind: dict[str, int] = {}
    by_pair: dict[str, int] = {}
    for link in result.links:
        by_kind[link["kind"]] = by_kind.get(link["kind"], 0) + 1
        members = link["members"]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                by_pair[f"{a}-{b}"] = by_pair.get(f"{a}-{b}", 0) + 1
    lines += [f"  {kind:<22} {count}" for kind, count in sorted(by_kind.items())]
    if by_pair:
        lines += ["", "Members sharing identifiers:"]
        lines += [f"  {pair:<22} {count}" for pair, count in sorted(by_pair.items(), key=lambda x: (-x[1], x[0]))]
    return "\n".join(lines) + "\n"
