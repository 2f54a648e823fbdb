"""Dates and times: in order (GPOS-E030) and not in the future (GPOS-E031)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

from ..._patterns import DATE_PATTERN, DATETIME_PATTERN
from ..walk import RecordScope, SlotRef, field_rule, object_passes_when, object_rule, passes_when

_DATE = re.compile(DATE_PATTERN)
_DATETIME = re.compile(DATETIME_PATTERN)
TOLERANCE = timedelta(days=1)
# Designations that legitimately run into the future.
FUTURE_ALLOWED = {("FocalPoint", "valid_until"), ("Taskforce", "dissolved_date")}

# For each class, the slots that must be in non-decreasing order when present.
ORDER: dict[str, list[tuple[str, ...]]] = {
    "Export": [],
    "Period": [("start_date", "end_date")],
    "ScamReport": [("first_contact_date", "incident_start_date", "incident_end_date", "received_at")],
    "Case": [("opened_date", "closed_date")],
    "CooperationRequest": [("sent_date", "response_date")],
    "PersonInvolvement": [("start_date", "end_date")],
    "TraffickingScreening": [("screening_date", "decision_date")],
    "ProtectionMeasure": [("start_date", "end_date")],
    "Repatriation": [("departure_date", "arrival_date")],
    "BeneficialOwnership": [("start_date", "end_date")],
    "FocalPoint": [("valid_from", "valid_until")],
    "Taskforce": [("established_date", "dissolved_date")],
    "Indicator": [("first_seen", "last_seen")],
}


def instant(value: Any) -> datetime | None:
    """A comparable instant for a well-formed date (its start, UTC) or date-time; None otherwise."""
    if not isinstance(value, str):
        return None
    try:
        if _DATETIME.match(value):
            return datetime.fromisoformat(_six_digit_fraction(value))
        if _DATE.match(value):
            return datetime.combine(date.fromisoformat(value), datetime.min.time(), timezone.utc)
    except ValueError:
        return None
    return None


def _six_digit_fraction(value: str) -> str:
    """Python 3.10's fromisoformat wants 0, 3 or 6 fractional digits and no Z; the standard allows 1 to 9 and Z."""
    head, rest = value[:19], value[19:]
    offset = "+00:00" if rest.endswith("Z") else rest[-6:]
    fraction = rest[: len(rest) - (1 if rest.endswith("Z") else 6)]
    if fraction:
        fraction = "." + fraction[1:7].ljust(6, "0")
    return head + fraction + offset


def _is_temporal(slot: SlotRef) -> bool:
    return slot.meta["range"] in ("date", "datetime") and (slot.owner, slot.name) not in FUTURE_ALLOWED


@field_rule(_is_temporal, "GPOS-E031")
@passes_when(lambda slot: ("{v}[:10] < context.limit_day", {}))
def not_in_future(value: Any, slot: SlotRef, scope: RecordScope) -> str | None:
    # ISO dates compare as strings: only values on or after the limit's day need parsing.
    context = scope.context
    if not isinstance(value, str) or value[:10] < context.limit_day:
        return None
    moment = instant(value)
    if moment is not None and moment > context.now + TOLERANCE:
        return f"{slot.label()} is in the future"
    return None


def _day(value: str) -> str:
    return value[:10]


Finding = tuple[str, str, tuple[Any, ...]]


def _later(a: str, b: str) -> bool:
    """Is ``a`` after ``b``? A date against a date-time compares calendar days as written; two date-times
    compare instants (as strings when they share fraction and offset, which is the common case)."""
    if len(a) > 10 and len(b) > 10:
        if a[19:] == b[19:]:
            return a[:19] > b[:19]
        return instant(a) > instant(b)  # type: ignore[operator]
    return a[:10] > b[:10]


def _ordered(obj: dict[str, Any], chains: list[tuple[str, ...]], clean: bool) -> list[Finding] | None:
    found: list[Finding] | None = None
    for chain in chains:
        before: tuple[str, str] | None = None
        for name in chain:
            value = obj.get(name)
            if value is None or not (clean or (isinstance(value, str) and instant(value))):
                continue
            if before is not None:
                first, a = before
                # Same format and offset (the usual case): the strings compare as the instants do.
                if not (a <= value and a[19:] == value[19:]) and _later(a, value):
                    found = found or []
                    found.append(("GPOS-E030", f"'{first}' is later than '{name}'", (name,)))
            before = name, value
    return found


def _in_order(chains: list[tuple[str, ...]], o: str) -> tuple[list[str], dict[str, Any]]:
    """Statements that set ``ok`` when every two successive dates present are in order: as strings when they
    share format and offset, by calendar day when one is a date (what ``_later`` does)."""
    lines = ["ok = True"]
    for chain in chains:
        lines.append(f"p = {o}.get({chain[0]!r})")
        for name in chain[1:]:
            lines += [f"v = {o}.get({name!r})", "if v is not None:",
                      "    if p is not None and not (p <= v and p[19:] == v[19:] or"
                      " (len(p) == 10 or len(v) == 10) and p[:10] <= v[:10]):", "        ok = False",
                      "    p = v"]
    return lines, {}


def _register(cls: str, chains: list[tuple[str, ...]]) -> None:
    @object_rule(cls)
    @object_passes_when(lambda o: _in_order(chains, o))
    def order(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
        return _ordered(obj, chains, scope.clean)


for _cls, _chains in ORDER.items():
    if _chains:
        _register(_cls, _chains)


@object_rule("Export")
def period_before_creation(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    period = obj.get("period")
    created = obj.get("created_at")
    if isinstance(period, dict) and isinstance(created, str) and instant(created):
        end = period.get("end_date") or period.get("start_date")
        if isinstance(end, str) and instant(end) and _day(end) > _day(created):
            return [("GPOS-E030", "the export's period ends after the export was created", ("period",))]
    return None
