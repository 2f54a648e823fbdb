"""Hypothesis strategies that build GPOS records from the schema metadata, valid by construction, and mutate them.

Used by the differential test (Pydantic vs JSON Schema) and by later property tests.
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from gpos_standard._conditions import conditions_hold
from gpos_standard.resources import codelists, json_schema, schema_meta

META = schema_meta()
CLASSES = META["classes"]
# code lists from the shipped code lists; the ISO code sets from the JSON Schema's enums
CODES = {e: ([c["code"] for c in codelists()[m["codelist"]]["codes"]] if m["codelist"]
             else json_schema()["$defs"][e]["enum"]) for e, m in META["enums"].items()}
PORTABLE_END = "$(?![\\s\\S])"


def regex(pattern: str) -> st.SearchStrategy[str]:
    """Strings matching a pattern of the standard (whose look-ahead end hypothesis cannot generate from)."""
    if pattern.endswith(PORTABLE_END):
        pattern = pattern[: -len(PORTABLE_END)] + "$"
    return st.from_regex(pattern, fullmatch=True)
RECORD_TYPES = sorted(n for n, c in CLASSES.items() if c["record"])

_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
_offsets = st.sampled_from([timezone.utc, timezone(timedelta(hours=7)), timezone(timedelta(hours=-5)),
                            timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(hours=4))])


def _datetime_text(dt: datetime, zulu: bool) -> str:
    text = dt.isoformat(timespec="seconds" if not dt.microsecond else "microseconds")
    return text.replace("+00:00", "Z") if zulu else text


_datetimes = st.builds(
    _datetime_text,
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31), timezones=_offsets),
    st.booleans(),
)


# Python 3.10's csv module can neither write nor read a NUL character, so CSV round trips leave it out there.
_TEXT = (st.text(min_size=1, max_size=30) if sys.version_info >= (3, 11)
         else st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1,
                      max_size=30))


def scalar(slot: dict[str, Any]) -> st.SearchStrategy[Any]:
    kind, rng = slot["kind"], slot["range"]
    if kind == "ref":
        return regex(META["record_id_pattern"])
    if kind == "enum":
        if not slot.get("open"):
            return st.sampled_from(CODES[rng])
        return st.one_of(st.sampled_from(CODES[rng]), st.from_regex(r"^[a-z][a-z0-9_]{0,12}$", fullmatch=True))
    if kind == "inlined":
        return record(rng)
    if rng == "date":
        return _dates.map(date.isoformat)
    if rng == "datetime":
        return _datetimes
    if rng == "boolean":
        return st.booleans()
    if rng == "integer":
        return st.integers(min_value=slot.get("minimum", 0), max_value=slot.get("maximum", 10**6))
    if rng == "float":
        return st.floats(min_value=slot.get("minimum", 0), max_value=slot.get("maximum", 100), allow_nan=False,
                         allow_infinity=False)
    if "pattern" in slot:
        return regex(slot["pattern"])
    return _TEXT


def value(slot: dict[str, Any]) -> st.SearchStrategy[Any]:
    if slot["multivalued"]:
        return st.lists(scalar(slot), min_size=1, max_size=3)
    return scalar(slot)


def _holds(record: dict[str, Any], conditions: dict[str, dict[str, Any]]) -> bool:
    return conditions_hold(record.get, conditions)


def _start_of_period(value: str, pattern: str) -> str:
    """A date or date-time moved to the start of its day, month or year so that it matches ``pattern``: the only
    patterns of class rules are those of partial dates (GPOS-E032)."""
    offset = value[19:].lstrip(".0123456789") if len(value) > 10 else None
    for day in (value[:10], value[:8] + "01", value[:5] + "01-01"):
        for candidate in (day, f"{day}T00:00:00{offset}" if offset is not None else day):
            if re.search(pattern, candidate):
                return candidate
    raise AssertionError(f"no start of period of {value!r} matches {pattern!r}")


@st.composite
def _record(draw: st.DrawFn, cls: str) -> dict[str, Any]:
    slots = CLASSES[cls]["slots"]
    out: dict[str, Any] = {}
    for name, slot in slots.items():
        if slot["required"] or draw(st.booleans()):
            out[name] = draw(value(slot))
    for rule in CLASSES[cls].get("rules", ()):  # the class rules of the schema: make the postconditions hold
        if _holds(out, rule["preconditions"]) and not _holds(out, rule["postconditions"]):
            for name, condition in rule["postconditions"].items():
                if condition.get("value_presence") == "ABSENT":
                    out.pop(name, None)
                    continue
                current = out.get(name)
                if "equals_string" in condition:
                    current = condition["equals_string"]
                elif "equals_string_in" in condition and current not in condition["equals_string_in"]:
                    current = draw(st.sampled_from(condition["equals_string_in"]))
                if current is None:
                    current = draw(value(slots[name]))
                if "pattern" in condition:
                    current = _start_of_period(str(current), condition["pattern"])
                out[name] = current
    return out


def record(cls: str) -> st.SearchStrategy[dict[str, Any]]:
    return _record(cls)


NASTY = [None, "", [], {}, 0, -1, 5.0, 1.5, 150, 10**30, True, "x", "5", "1,000.00", "2025-02-30",
         "2025-01-01T00:00:00", "2025-01-01T10:00:00+07:00", "TH-1\n", "GB\n", "th", "ZZ", "AMBER", "other",
         "romance_investment", "१२३", "0x" + "a" * 64, "\u0000", [None], [""], ["other", 1]]


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out.extend(_paths(v, (*prefix, i)))
    return out


@st.composite
def mutated(draw: st.DrawFn, doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with one random change: a nasty value, a deleted key or an unknown key."""
    import copy

    doc = copy.deepcopy(doc)
    path = draw(st.sampled_from(_paths(doc)[1:] or [()]))
    if not path:
        return doc
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    action = draw(st.sampled_from(["replace", "replace", "delete", "unknown"]))
    if action == "delete" and isinstance(parent, dict):
        del parent[path[-1]]
    elif action == "unknown" and isinstance(parent, dict):
        parent[draw(st.sampled_from(["extra", "Id", "typology"]))] = "x"
    else:
        parent[path[-1]] = draw(st.sampled_from(NASTY))
    return doc
