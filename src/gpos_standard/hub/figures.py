"""Partnership-wide figures: the tables of ``gpos stats`` over every member's exports, plus the tables the hub's
report draws (losses by payment method and by crypto network, trafficking screenings and repatriations by member),
protected exactly as ``gpos stats`` protects one export (:func:`..sharing.stats.publish`: cell suppression audited
against the linear-programming attack).

Exports are read one at a time and only their counts are kept, so the partnership's data is never held at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from ..sharing.stats import DEFAULT_THRESHOLD, Table, _category, _first, _of, _records, publish, tables


def _merge(into: dict[str, Table], more: Iterable[Table]) -> None:
    for table in more:
        have = into.get(table.name)
        if have is None:
            into[table.name] = table
            continue
        have.counts.update(table.counts)
        if have.amounts is not None and table.amounts is not None:
            for cell, amount in table.amounts.items():
                have.amounts[cell] = have.amounts.get(cell, Decimal(0)) + amount


def _amount(loss: Any) -> tuple[Decimal, dict[str, Any]] | None:
    if not isinstance(loss, dict):
        return None
    try:
        amount = Decimal(str(loss.get("amount")))
    except InvalidOperation:
        return None
    return (amount, loss) if amount.is_finite() else None


def hub_tables(document: dict[str, Any]) -> list[Table]:
    """The hub's own tables of one export (each unit counted once, so totals add up)."""
    records = _of(document)
    member = _category(document.get("member_country") or "", "country") if isinstance(
        document.get("member_country"), str) else "unknown"
    by_member = Table("reports_by_member", ("member", "typology"), (True, True), "reports")
    methods = Table("losses_by_payment_method", ("currency", "payment_method"), (False, True), "reports", amounts={})
    networks = Table("losses_by_crypto_network", ("currency", "crypto_network"), (False, True), "reports",
                     amounts={})
    for report in _records(records, "scam_reports"):
        by_member.add((member, _first(report.get("typologies"), "unknown", "scam_typology")))
        method = _first(report.get("payment_methods"), "unknown", "payment_method")
        per_method: dict[str, Decimal] = {}
        per_network: dict[tuple[str, str], Decimal] = {}
        for found in map(_amount, report.get("losses") or []):
            if found is None:
                continue
            amount, loss = found
            unit = loss.get("currency") or loss.get("crypto_asset")
            if not isinstance(unit, str):
                continue
            unit = _category(unit, "currency")
            per_method[unit] = per_method.get(unit, Decimal(0)) + amount
            network = loss.get("crypto_network")
            if loss.get("crypto_asset"):
                key = (unit, _category(network, "crypto_network") if isinstance(network, str) else "unknown")
                per_network[key] = per_network.get(key, Decimal(0)) + amount
        for unit, amount in per_method.items():
            methods.add((unit, method), amount)
        for key, amount in per_network.items():
            networks.add(key, amount)
    screenings = Table("screenings", ("member", "outcome"), (True, True), "screenings")
    for screening in _records(records, "trafficking_screenings"):
        outcome = screening.get("outcome")
        screenings.add((member, _category(outcome, "trafficking_status") if isinstance(outcome, str) else "unknown"))
    repatriations = Table("repatriations", ("member", "status"), (True, True), "repatriations")
    for repatriation in _records(records, "repatriations"):
        status = repatriation.get("status")
        repatriations.add((member, _category(status, "repatriation_status") if isinstance(status, str)
                           else "unknown"))
    return [by_member, methods, networks, screenings, repatriations]


def partnership(documents: Iterable[dict[str, Any]], threshold: int = DEFAULT_THRESHOLD) -> dict[str, Any]:
    """The protected partnership-wide statistics of several exports, as ``gpos stats`` writes them."""
    merged: dict[str, Table] = {}
    members: set[str] = set()
    exports: list[str] = []
    for document in documents:
        _merge(merged, tables(document))
        _merge(merged, hub_tables(document))
        if isinstance(document.get("member_country"), str):
            members.add(document["member_country"])
        if isinstance(document.get("export_id"), str):
            exports.append(document["export_id"])
    head = {"scope": "partnership", "members": sorted(members), "exports": exports}
    return publish(list(merged.values()), head, threshold)
