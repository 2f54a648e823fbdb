"""Answers about the schema at run time, without LinkML: which slot a JSON path lands on, and its sensitivity.

Every function takes an optional ``version`` of the standard (None: the current one). Readers and writers use the
current version, whose collections include those of every older supported version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .i18n import tr
from .resources import schema_meta

SENSITIVITY_ORDER = ("public", "restricted", "personal", "special_category")


@dataclass(frozen=True)
class SlotAt:
    """The slot a JSON path points into, with the class that owns it and the version of the standard."""

    owner: str
    name: str
    meta: dict[str, Any]
    version: str | None = None

    @property
    def is_personal(self) -> bool:
        return SENSITIVITY_ORDER.index(self.meta["sensitivity"]) >= SENSITIVITY_ORDER.index("personal")

    def label(self) -> str:
        return label(self.name, self.owner)

    def show(self, value: object) -> str:
        """The value for a message: see :func:`show`."""
        return show(self, value)


def label(name: str, owner: str) -> str:
    """How a message names a field: ``'status' of Case``."""
    return tr("'{field}' of {record}", field=name, record=owner)


def is_free_text(meta: dict[str, Any]) -> bool:
    """Whether a slot holds free text: its type is Text (no pattern, code list or reference) and it is not a
    typed identifier (slots annotated ``pseudonymise``, whose treatment the sharing policy decides). Anyone can
    write anything there, a victim's name included, so free text is treated as personal until shown otherwise.
    The generator classifies every slot from the schema (``free_text`` in the metadata)."""
    return bool(meta.get("free_text"))


def show(slot: SlotAt | None, value: object) -> str:
    """The one rule for quoting a value in a message: only from a known slot that is at most ``restricted`` and
    not free text, and shortened; otherwise "the value". (Readers never quote cell or line contents at all.)"""
    if slot is None or slot.is_personal or is_free_text(slot.meta):
        return tr("the value")
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def classes(version: str | None = None) -> dict[str, Any]:
    return schema_meta(version)["classes"]  # type: ignore[no-any-return]


def root_class(version: str | None = None) -> str:
    return str(schema_meta(version)["root"])


def collections(version: str | None = None) -> dict[str, str]:
    """Export slot name -> record type it holds."""
    return dict(schema_meta(version)["collections"])


def slot_at(path: tuple[str | int, ...], root: str | None = None, version: str | None = None) -> SlotAt | None:
    """The innermost slot on ``path`` (array indexes skipped), or None for the root or an unknown name."""
    known = classes(version)
    cls = root or root_class(version)
    found: SlotAt | None = None
    for step in path:
        if isinstance(step, int):
            continue
        slots = known.get(cls, {}).get("slots", {})
        if step not in slots:
            return None
        found = SlotAt(cls, step, slots[step], version)
        if found.meta["kind"] == "inlined":
            cls = found.meta["range"]
    return found


def class_at(path: tuple[str | int, ...], root: str | None = None, version: str | None = None) -> str:
    """The class of the object at ``path`` (the root class for the empty path)."""
    known = classes(version)
    cls = root or root_class(version)
    for step in path:
        if isinstance(step, int):
            continue
        slot = known.get(cls, {}).get("slots", {}).get(step)
        if slot is None or slot["kind"] != "inlined":
            return cls
        cls = slot["range"]
    return cls
