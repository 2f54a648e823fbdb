"""Code lists: an unknown code of an open list (GPOS-W001), and deprecated codes and fields (GPOS-W004)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ...i18n import tr
from ...resources import codelists, schema_meta
from ..walk import RecordScope, SlotRef, field_rule, passes_when


@cache
def _codes(version: str | None, enum: str) -> frozenset[str]:
    name = schema_meta(version)["enums"][enum]["codelist"]
    return frozenset(c["code"] for c in codelists(version)[name]["codes"])


def _well_formed(pattern: str | None, value: str) -> bool:
    return pattern is None or _compiled(pattern).search(value) is not None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _codelist(slot: SlotRef) -> str:
    return str(schema_meta(slot.version)["enums"][slot.meta["range"]]["codelist"])


@field_rule(lambda slot: slot.meta["kind"] == "enum" and bool(slot.meta.get("open")), "GPOS-W001")
@passes_when(lambda slot: ("{v} in {codes}", {"codes": _codes(slot.version, slot.meta["range"])}))
def unknown_open_code(value: Any, slot: SlotRef, scope: RecordScope) -> str | None:
    enum = slot.meta["range"]
    if value in scope.context.extra_codes.get(enum, ()):  # a code a declared extension adds
        return None
    if not isinstance(value, str) or not _well_formed(slot.meta.get("pattern"), value):
        return None  # not even a well-formed new code: the schema reports it (GPOS-E006), not accepted
    if value not in _codes(slot.version, enum):
        return tr("{field}: {value} is not a code of the open {codelist} code list", field=slot.label(),
                  value=slot.show(value), codelist=_codelist(slot))
    return None


def _deprecated_codes(slot: SlotRef) -> dict[str, str]:
    if slot.meta["kind"] != "enum":
        return {}
    return dict(schema_meta(slot.version)["enums"].get(slot.meta["range"], {}).get("deprecated", {}))


@field_rule(lambda slot: bool(_deprecated_codes(slot)), "GPOS-W004")
@passes_when(lambda slot: ("{v} not in {deprecated}", {"deprecated": frozenset(_deprecated_codes(slot))}))
def deprecated_code(value: Any, slot: SlotRef, scope: RecordScope) -> str | None:
    deprecated = _deprecated_codes(slot)
    if not isinstance(value, str) or value not in deprecated:
        return None
    enum = schema_meta(slot.version)["enums"][slot.meta["range"]]
    since = enum.get("deprecated_in", {}).get(value, "")
    replacements = [f"'{code}'" for code in deprecated[value].split("|") if code]
    instead = ""
    if len(replacements) == 1:
        instead = f"; use {replacements[0]} instead"
    elif replacements:
        instead = f"; use one of {', '.join(replacements)} instead"
    if slot.is_personal:  # naming the code, or its replacement, would say what the person's record holds
        return (f"{slot.label()}: a code of the {enum['codelist']} code list that is deprecated"
                f"{' since ' + since if since else ''}: see `gpos codes {enum['codelist']}` for its replacement")
    return (f"{slot.label()}: the code {value!r} of the {enum['codelist']} code list is deprecated"
            f"{' since ' + since if since else ''}{instead}")


@field_rule(lambda slot: bool(slot.meta.get("deprecated")), "GPOS-W004")
def deprecated_field(value: Any, slot: SlotRef, scope: RecordScope) -> str | None:
    since = slot.meta.get("deprecated_in")
    instead = f"; use '{slot.meta['replaced_by']}' instead" if slot.meta.get("replaced_by") else ""
    return f"the field {slot.label()} is deprecated{' since ' + since if since else ''}{instead}"
