"""Open code lists: a code that is not (yet) in the list is a warning, not an error (GPOS-W001)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ...resources import codelists, schema_meta
from ..walk import RecordScope, SlotRef, field_rule, passes_when


@cache
def _codes(enum: str) -> frozenset[str]:
    name = schema_meta()["enums"][enum]["codelist"]
    return frozenset(c["code"] for c in codelists()[name]["codes"])


def _is_open(slot: SlotRef) -> bool:
    enum = schema_meta()["enums"].get(slot.meta["range"]) if slot.meta["kind"] == "enum" else None
    return enum is not None and not enum["closed"]


@field_rule(_is_open, "GPOS-W001")
@passes_when(lambda slot: ("{v} in {codes}", {"codes": _codes(slot.meta["range"])}))
def unknown_open_code(value: Any, slot: SlotRef, scope: RecordScope) -> str | None:
    if isinstance(value, str) and value not in _codes(slot.meta["range"]):
        name = schema_meta()["enums"][slot.meta["range"]]["codelist"]
        return f"{slot.label()}: {slot.show(value)} is not a code of the open {name} code list"
    return None
