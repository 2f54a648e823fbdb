"""References: every reference slot is collected here and resolved once all ids are known (GPOS-E021/E022)."""

from __future__ import annotations

from typing import Any

from ..walk import RecordScope, SlotRef, field_rule


@field_rule(lambda s: s.meta["kind"] == "ref", "GPOS-E021")
def collect_reference(value: Any, slot: SlotRef, scope: RecordScope, path: tuple[Any, ...]) -> None:
    if isinstance(value, str):
        expected = slot.meta["range"]
        if scope.context.ids.get(value) != expected:  # unknown yet, or the wrong type: decide at the end
            scope.context.pending_reference(value, expected, scope.where(path))
    return None
