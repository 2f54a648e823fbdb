"""Aggregate statistics safe to publish: counts and losses with small cells suppressed.

Tables (each unit counted once, so every total is the sum of its cells):

- ``reports``: scam reports by primary typology (the first) x first contact channel x month received.
- ``losses``: losses summed per currency (or crypto-asset) x primary typology, with exact decimal arithmetic.
  Currencies are never added together, so the currency dimension has no total. The number of reports
  contributing to a cell decides its suppression; a hidden cell hides its amount too.
- ``victims``: persons involved with a victim role, by first nationality x type of their first protection
  measure (``none`` when they have none).
- ``cases``: cases by status.

Values missing from a record are counted under ``unknown`` (``not_recorded`` for the contact channel); values that
are not codes of the dimension's code list (or well-formed countries, currencies and months) under
``unrecognised``, since category labels are published as they are.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from .suppression import AMOUNT_MARGIN, TOTAL, Cell, augment, protect

DEFAULT_THRESHOLD = 5
VICTIM_ROLES = frozenset({"defrauded_victim", "tip_victim_forced_criminality", "presumed_tip_victim"})
ENVELOPE = ("standard_version", "export_id", "publisher", "member_country", "period", "created_at")


@dataclass
class Table:
    """One hypercube: the units per cell, an optional summed amount, and which cells are hidden."""

    name: str
    dimensions: tuple[str, ...]
    totals: tuple[bool, ...]
    measure: str
    counts: Counter[Cell] = field(default_factory=Counter)
    amounts: dict[Cell, Decimal] | None = None
    hidden: set[Cell] = field(default_factory=set)
    audited: int = 0

    def add(self, key: Cell, amount: Decimal | None = None) -> None:
        for cell in augment(key, self.totals):
            self.counts[cell] += 1
            if amount is not None and self.amounts is not None:
                self.amounts[cell] = self.amounts.get(cell, Decimal(0)) + amount

    def categories(self) -> list[list[str]]:
        return [sorted({c[d] for c in self.counts} - {TOTAL}) for d in range(len(self.dimensions))]

    def apply(self, threshold: int) -> None:
        """Hide cells until the table passes the audit (:func:`~.suppression.protect`)."""
        amounts = None if self.amounts is None else {c: float(a) for c, a in self.amounts.items()}
        self.hidden, self.audited = protect(self.counts, self.categories(), self.totals, threshold, amounts)

    def cells(self) -> list[dict[str, Any]]:
        out = []
        for cell in sorted(self.counts, key=lambda c: [(v == TOTAL, v) for v in c]):
            hidden = cell in self.hidden
            row: dict[str, Any] = dict(zip(self.dimensions, cell, strict=True))
            row[self.measure] = None if hidden else self.counts[cell]
            if self.amounts is not None:
                row["amount"] = None if hidden else format(self.amounts[cell], "f")
            row["suppressed"] = hidden
            out.append(row)
        return out

    def to_dict(self) -> dict[str, Any]:
        measures = [self.measure, *(["amount"] if self.amounts is not None else [])]
        return {"dimensions": list(self.dimensions), "totals": [d for d, t in zip(self.dimensions, self.totals,
                                                                                  strict=True) if t],
                "measures": measures, "cells": self.cells()}


UNRECOGNISED = "unrecognised"
_MONTH = re.compile(r"^[1-9][0-9]{3}-(?:0[1-9]|1[0-2])$")
_CRYPTO = re.compile(r"^[A-Z0-9]{2,10}$")


@cache
def _codes(codelist: str) -> frozenset[str]:
    from ..resources import codelists

    return frozenset(c["code"] for c in codelists()[codelist]["codes"])


def _category(value: str, kind: str) -> str:
    """A category label fit to publish: a code of the dimension's code list (or a well-formed country, currency or
    month), else ``unrecognised``: a label is published even when its cell is hidden, so free text never is."""
    from ..identifiers import check

    if kind == "month":
        ok = bool(_MONTH.match(value))
    elif kind == "country":
        ok = check("country", value).valid and value.isupper()
    elif kind == "currency":
        ok = check("currency", value).valid or bool(_CRYPTO.match(value))
    else:
        ok = value in _codes(kind)
    return value if ok else UNRECOGNISED


def _first(value: Any, default: str, kind: str) -> str:
    if isinstance(value, list) and value and isinstance(value[0], str):
        return _category(value[0], kind)
    return default


Records = Callable[[str], Iterable[Any]]  # a collection's records, read as often as needed


def _of(document: dict[str, Any]) -> Records:
    return lambda collection: document.get(collection) or []


def _records(records: Records, collection: str) -> Iterator[dict[str, Any]]:
    return (r for r in records(collection) if isinstance(r, dict))


def tables(document: dict[str, Any]) -> list[Table]:
    """The four tables of an export, before suppression."""
    return tables_of_records(_of(document))


def tables_of_records(document: Records) -> list[Table]:
    """:func:`tables` of an export whose records are read a collection at a time (:mod:`..io.spool`): memory
    holds the tables, and the roles and first protection measure of each person."""
    reports = Table("reports", ("typology", "contact_channel", "month"), (True, True, True), "reports")
    losses = Table("losses", ("currency", "typology"), (False, True), "reports", amounts={})
    for report in _records(document, "scam_reports"):
        typology = _first(report.get("typologies"), "unknown", "scam_typology")
        received = report.get("received_at")
        month = _category(received[:7], "month") if isinstance(received, str) else "unknown"
        reports.add((typology, _first(report.get("contact_channels"), "not_recorded", "contact_channel"), month))
        per_currency: dict[str, Decimal] = defaultdict(Decimal)
        for loss in report.get("losses") or []:
            if not isinstance(loss, dict):
                continue
            unit = loss.get("currency") or loss.get("crypto_asset")
            try:
                amount = Decimal(str(loss.get("amount")))
            except InvalidOperation:
                continue
            if isinstance(unit, str) and amount.is_finite():
                per_currency[_category(unit, "currency")] += amount
        for unit, amount in per_currency.items():
            losses.add((unit, typology), amount)

    victims = Table("victims", ("nationality", "protection_measure_type"), (True, True), "persons")
    roles: dict[str, set[str]] = defaultdict(set)
    for involvement in _records(document, "person_involvements"):
        roles[str(involvement.get("person"))].add(str(involvement.get("role")))
    measures: dict[str, str] = {}
    for measure in _records(document, "protection_measures"):
        kind = measure.get("measure_type")
        measures.setdefault(str(measure.get("person")),
                            _category(kind, "protection_measure_type") if isinstance(kind, str) else "unknown")
    for person in _records(document, "persons"):
        pid = str(person.get("id"))
        if roles.get(pid, set()) & VICTIM_ROLES:
            victims.add((_first(person.get("nationalities"), "unknown", "country"), measures.get(pid, "none")))

    cases = Table("cases", ("status",), (True,), "cases")
    for case in _records(document, "cases"):
        status = case.get("status")
        cases.add((_category(status, "case_status") if isinstance(status, str) else "unknown",))
    return [reports, losses, victims, cases]


def compute(document: dict[str, Any], threshold: int = DEFAULT_THRESHOLD) -> dict[str, Any]:
    """The statistics of an export as the JSON object ``gpos stats`` writes."""
    return compute_records(document, _of(document), threshold)


def compute_records(envelope: dict[str, Any], records: Records, threshold: int = DEFAULT_THRESHOLD) -> dict[str, Any]:
    """:func:`compute` of an envelope and the records of each collection (read as often as needed)."""
    return publish(tables_of_records(records), {k: envelope[k] for k in ENVELOPE if k in envelope}, threshold)


def publish(built: list[Table], head: dict[str, Any], threshold: int = DEFAULT_THRESHOLD) -> dict[str, Any]:
    """Tables made safe to publish (suppressed until they pass the audit), after ``head``, with the method stated."""
    if threshold < 1:
        raise ValueError("the suppression threshold must be 1 or more")
    from .. import __version__
    from .audit import solver

    out: dict[str, Any] = dict(head)
    out["threshold"] = threshold
    out["generated_by"] = f"gpos-standard {__version__}"
    out["tables"] = {}
    for table in built:
        table.apply(threshold)
        out["tables"][table.name] = table.to_dict()
    out["disclosure_control"] = {
        "method": "cell suppression audited against the linear-programming attack",
        "threshold": threshold,
        "primary_suppression": f"every cell counting from 1 to {threshold - 1} units, totals included",
        "protection": f"for every such cell, the published table is consistent with it counting {threshold} or more "
                      f"units, and with its loss amount being {int(AMOUNT_MARGIN * 100)}% higher than it is",
        "zero_cells": "published: a cell not listed counts 0, and a hidden cell is never 0",
        "attack": "minimum and maximum of every hidden cell given every published cell, every line total, whole and "
                  "non-negative counts: integer linear programming",
        "solver": solver(),
        "cells_audited": sum(t.audited for t in built),
        "cells_hidden": sum(len(t.hidden) for t in built),
    }
    return out


def to_json(stats: dict[str, Any]) -> str:
    return json.dumps(stats, ensure_ascii=False, indent=2) + "\n"


def to_csv(stats: dict[str, Any]) -> str:
    """Long format: one row per cell and measure; dimensions a table lacks are left empty. The disclosure control
    used comes last, as rows of a table named ``disclosure_control`` (measure: the parameter; value: its value)."""
    dims: list[str] = []
    for table in stats["tables"].values():
        dims.extend(d for d in table["dimensions"] if d not in dims)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["table", *dims, "measure", "value", "suppressed"])
    for name, table in stats["tables"].items():
        for cell in table["cells"]:
            for measure in table["measures"]:
                value = cell[measure]
                writer.writerow([name, *(cell.get(d, "") for d in dims), measure,
                                 "" if value is None else value, "true" if cell["suppressed"] else "false"])
    for key, value in stats.get("disclosure_control", {}).items():
        writer.writerow(["disclosure_control", *("" for _ in dims), key, value, ""])
    return buffer.getvalue()
