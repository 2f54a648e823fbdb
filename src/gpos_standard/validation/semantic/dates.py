"""Dates and times: in order (GPOS-E030) and not in the future (GPOS-E031).

Which dates must be in order is the schema's ``date_order`` annotation of each class; which may lie in the future,
its ``may_be_future`` annotation of a slot. The date patterns are the schema's IsoDate and IsoDateTime types. From
0.2.0 a date may be known only to the month or the year: its precision is the slot ``<date>_precision`` (range
DatePrecision) of the same object, and two dates are compared at the coarser of their precisions, so a year-only
date is never out of order with a date in that year. That a partial date is written as the first day of its month
or year (GPOS-E032) is a LinkML rule of the schema.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import Any

from ...i18n import tr
from ...resources import schema_meta
from ..walk import RecordScope, SlotRef, field_rule, object_passes_when, object_rule_factory, passes_when

TOLERANCE = timedelta(days=1)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    types = schema_meta()["types"]
    return re.compile(types["IsoDateTime"]["pattern"]), re.compile(types["IsoDate"]["pattern"])


def instant(value: Any) -> datetime | None:
    """A comparable instant for a well-formed date (its start, UTC) or date-time; None otherwise."""
    if not isinstance(value, str):
        return None
    datetime_pattern, date_pattern = _patterns()
    try:
        if datetime_pattern.match(value):
            return datetime.fromisoformat(_six_digit_fraction(value))
        if date_pattern.match(value):
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
    """A date whose type carries the not-in-future rule, unless the slot may lie in the future."""
    if slot.meta["kind"] != "scalar" or slot.meta.get("may_be_future"):
        return False
    types = schema_meta(slot.version)["types"]
    return any("GPOS-E031" in types.get(t, {}).get("checks", "").split()
               for t in str(slot.meta.get("type", "")).split("|"))


@field_rule(_is_temporal, "GPOS-E031")
@passes_when(lambda slot: ("{v}[:10] < context.limit_day", {}))
def not_in_future(value: Any, slot: SlotRef, scope: RecordScope) -> str | None:
    # ISO dates compare as strings: only values on or after the limit's day need parsing.
    context = scope.context
    if not isinstance(value, str) or value[:10] < context.limit_day:
        return None
    moment = instant(value)
    if moment is not None and moment > context.now + TOLERANCE:
        return tr("{field} is in the future", field=slot.label())
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


def _get(obj: dict[str, Any], name: str) -> Any:
    """The value at a slot name, or a dotted path into nested objects (period.end_date)."""
    if "." not in name:
        return obj.get(name)
    value: Any = obj
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


# How many leading characters of a date or date-time a precision keeps: the year, the year and month, the day.
PRECISION_PREFIX = {"year": 4, "month": 7, "day": 10}
PRECISION_SUFFIX = "_precision"


def _precision(obj: dict[str, Any], name: str) -> int | None:
    """Characters of the date at ``name`` that are known, from its precision slot (None: all of it)."""
    value = _get(obj, name + PRECISION_SUFFIX)
    return PRECISION_PREFIX.get(value) if isinstance(value, str) else None


def _out_of_order(a: str, b: str, known: int | None) -> bool:
    """Is ``a`` after ``b``, compared on their first ``known`` characters (both partial) or in full?"""
    if known is not None:
        return a[:known] > b[:known]
    # Same format and offset (the usual case): the strings compare as the instants do.
    return not (a <= b and a[19:] == b[19:]) and _later(a, b)


def _ordered(obj: dict[str, Any], chains: list[tuple[str, ...]], clean: bool) -> list[Finding] | None:
    found: list[Finding] | None = None
    for chain in chains:
        before: tuple[str, str, int | None] | None = None
        for name in chain:
            value = _get(obj, name)
            if value is None or not (clean or (isinstance(value, str) and instant(value))):
                continue
            known = _precision(obj, name)
            if before is not None:
                first, a, known_a = before
                coarser = min((k for k in (known, known_a) if k is not None), default=None)
                if _out_of_order(a, value, coarser):
                    found = found or []
                    found.append(("GPOS-E030", tr("'{first}' is later than '{second}'", first=first, second=name),
                                  tuple(name.split("."))))
            before = name, value, known
    return found


def _in_order(chains: list[tuple[str, ...]], o: str) -> tuple[list[str], dict[str, Any]]:
    """Statements that set ``ok`` when every two successive dates present are in order: as strings when they
    share format and offset, by calendar day when one is a date (what ``_later`` does)."""
    lines = ["ok = True"]
    if any("." in name for chain in chains for name in chain):
        return ["ok = False"], {}  # nested dates: let the check itself read them
    for chain in chains:
        lines.append(f"p = {o}.get({chain[0]!r})")
        for name in chain[1:]:
            lines += [f"v = {o}.get({name!r})", "if v is not None:",
                      "    if p is not None and not (p <= v and p[19:] == v[19:] or"
                      " (len(p) == 10 or len(v) == 10) and p[:10] <= v[:10]):", "        ok = False",
                      "    p = v"]
    return lines, {}


@object_rule_factory
def date_order(cls: str, meta: dict[str, Any], version: str) -> Any:
    """The date-order check of a class, from its ``date_order`` annotation (GPOS-E030)."""
    chains = [tuple(chain) for chain in meta.get("date_order", ())]
    if not chains:
        return None

    @object_passes_when(lambda o: _in_order(chains, o))
    def order(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
        return _ordered(obj, chains, scope.clean)

    return order
