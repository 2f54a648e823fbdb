"""``gpos upgrade``: move an export to another shipped version of the standard, saying exactly what changed.

Every field, record and code the target version has is carried unchanged; ``standard_version`` is set to the
target. A field or code that the target lacks but that has an exact counterpart is renamed (a deprecated field and
its replacement, such as ``Person.is_minor`` and ``minor_at_exploitation`` in 0.2.0, name the same fact, so the move
works both ways). With ``replace_deprecated``, deprecated fields and codes that have exactly one replacement are
replaced. Anything else the target cannot hold (a field, a collection, a code of a closed list; typically when
moving to an older version) is refused, or dropped and listed with ``drop_unsupported``. Messages name paths, fields
and codes, never the value of a personal field.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from ..io.records import json_pointer
from ..resources import codelists, schema_meta, supported_versions
from . import parse, resolve, supported_text
from .carry import drop_records

__all__ = ["CannotCarry", "Note", "Upgrade", "UpgradeError", "upgrade"]

PERSONAL = ("personal", "special_category")
Path = tuple[str | int, ...]


class UpgradeError(ValueError):
    """The export's version or the target version is not one this package ships."""


@dataclass(frozen=True)
class Note:
    path: str  # JSON Pointer
    what: str

    def line(self) -> str:
        return f"{self.path or '/'}: {self.what}"


@dataclass
class Upgrade:
    """The moved document and the account of the move."""

    document: dict[str, Any]
    source: str
    target: str
    changed: list[Note] = field(default_factory=list)  # renamed fields, replaced codes, the version
    kept: list[Note] = field(default_factory=list)  # carried as they are, but worth knowing (a deprecated value)
    unsupported: list[Note] = field(default_factory=list)  # what the target cannot hold: not in ``document``


class CannotCarry(UpgradeError):
    """The target cannot hold some of the data and dropping was not allowed; ``result`` lists what."""

    def __init__(self, result: Upgrade) -> None:
        super().__init__(f"{len(result.unsupported)} value(s) cannot be carried into {result.target}")
        self.result = result


def _single(replacement: str | None) -> str | None:
    return replacement if replacement and "|" not in replacement else None


class _Mover:
    def __init__(self, source: str, target: str, replace_deprecated: bool) -> None:
        self.src, self.tgt = schema_meta(source), schema_meta(target)
        self.src_lists, self.tgt_lists = codelists(source), codelists(target)
        self.result = Upgrade({}, source, target)
        self.replace_deprecated = replace_deprecated

    # -- fields --------------------------------------------------------------------------------------------------
    def _same_shape(self, a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
        keys = ("kind", "range", "multivalued")
        return a is not None and b is not None and all(a.get(k) == b.get(k) for k in keys)

    def _counterpart(self, key: str, src_slots: dict[str, Any], tgt_slots: dict[str, Any]) -> str | None:
        """The target's name for a field it does not have: the field's exact replacement, or the deprecated field
        that this one replaced (moving back)."""
        forward = _single(src_slots.get(key, {}).get("replaced_by"))
        if forward in tgt_slots and self._same_shape(src_slots[key], tgt_slots[forward]):
            return forward
        for name, slot in src_slots.items():
            if _single(slot.get("replaced_by")) == key and name in tgt_slots and \
                    self._same_shape(src_slots.get(key), tgt_slots[name]):
                return name
        return None

    def _target_key(self, key: str, obj: dict[str, Any], src_slots: dict[str, Any],
                    tgt_slots: dict[str, Any], path: Path) -> str | None:
        if key in tgt_slots:
            replacement = _single(tgt_slots[key].get("replaced_by"))
            if not (self.replace_deprecated and tgt_slots[key].get("deprecated") and replacement in tgt_slots
                    and self._same_shape(tgt_slots[key], tgt_slots[replacement])):
                return key
            if replacement in obj and obj[replacement] != obj[key]:
                self.note(self.result.kept, path, f"deprecated field '{key}' kept: '{replacement}' already holds "
                                                  "another value")
                return key
            return replacement
        return self._counterpart(key, src_slots, tgt_slots)

    def obj(self, data: dict[str, Any], src_cls: str, tgt_cls: str, path: Path) -> dict[str, Any]:
        src_slots = self.src["classes"].get(src_cls, {}).get("slots", {})
        tgt_slots = self.tgt["classes"][tgt_cls]["slots"]
        extension = self.tgt.get("conventions", {}).get("extension_fields")
        out: dict[str, Any] = {}
        for key, value in data.items():
            here = (*path, key)
            new_key = self._target_key(key, data, src_slots, tgt_slots, here)
            if new_key is None:
                if extension and re.search(extension, key):
                    out[key] = copy.deepcopy(value)  # a national extension field: carried, checked by its module
                    continue
                self.note(self.result.unsupported, here, f"field '{key}' of {tgt_cls} is not in "
                                                         f"{self.result.target}")
                continue
            if new_key != key:
                if new_key in data and data[new_key] == value:
                    self.note(self.result.changed, here, f"dropped '{key}': '{new_key}' holds the same value")
                    continue
                if new_key in data:
                    self.note(self.result.unsupported, here, f"field '{key}' cannot become '{new_key}' of "
                                                             f"{tgt_cls}: that field holds another value")
                    continue
                self.note(self.result.changed, here, f"'{key}' renamed to '{new_key}' (the same fact in "
                                                     f"{self.result.target})")
            moved = self.value(value, src_slots.get(key), tgt_slots[new_key], here)
            if moved is not _DROP:
                out[new_key] = moved
        return out

    def value(self, value: Any, src_slot: dict[str, Any] | None, tgt_slot: dict[str, Any], path: Path) -> Any:
        """The value moved, or _DROP when nothing of it can be carried (a list loses only the items it cannot
        carry; a list left empty is dropped, as the standard has no empty lists)."""
        if isinstance(value, list) and tgt_slot.get("multivalued"):
            items = [self.value_one(v, src_slot, tgt_slot, (*path, i)) for i, v in enumerate(value)]
            kept = [v for v in items if v is not _DROP]
            return kept if kept or not value else _DROP
        return self.value_one(value, src_slot, tgt_slot, path)

    def value_one(self, value: Any, src_slot: dict[str, Any] | None, tgt_slot: dict[str, Any], path: Path) -> Any:
        if tgt_slot["kind"] == "inlined" and isinstance(value, dict):
            src_cls = src_slot["range"] if src_slot and src_slot["kind"] == "inlined" else tgt_slot["range"]
            return self.obj(value, src_cls, tgt_slot["range"], path)
        if tgt_slot["kind"] == "enum" and isinstance(value, str):
            return self.code(value, src_slot, tgt_slot, path)
        return copy.deepcopy(value)

    # -- codes ---------------------------------------------------------------------------------------------------
    def _codes(self, meta: dict[str, Any], lists: dict[str, Any], slot: dict[str, Any] | None) -> dict[str, Any]:
        if not slot or slot.get("kind") != "enum":
            return {}
        name = meta["enums"].get(slot["range"], {}).get("codelist")
        return {c["code"]: c for c in lists.get(name, {}).get("codes", [])} if name else {}

    def code(self, value: str, src_slot: dict[str, Any] | None, tgt_slot: dict[str, Any], path: Path) -> Any:
        enum = self.tgt["enums"].get(tgt_slot["range"], {})
        if not enum.get("codelist"):
            return value  # an ISO code set: the same in every version
        target, source = self._codes(self.tgt, self.tgt_lists, tgt_slot), self._codes(self.src, self.src_lists,
                                                                                       src_slot)
        personal = tgt_slot.get("sensitivity") in PERSONAL  # then messages name neither the code nor its successor
        shown = "a code (not shown: personal data)" if personal else f"code {value!r}"
        deprecated = "a deprecated code (not shown: personal data)" if personal else f"deprecated code {value!r}"
        if value in target:
            replacement = target[value].get("replaced_by")
            if self.replace_deprecated and target[value].get("deprecated"):
                if _single(replacement) in target:
                    to = "its one replacement" if personal else repr(replacement)
                    self.note(self.result.changed, path, f"{deprecated} replaced by {to}")
                    return replacement
                choices = "" if personal else f" ({', '.join(map(repr, (replacement or '').split('|')))})"
                self.note(self.result.kept, path, f"{deprecated} kept: it has several replacements{choices}; "
                                                  f"choose one by hand (see the {enum['codelist']} code list)")
            return value
        forward = _single((source.get(value) or {}).get("replaced_by"))
        back = [c for c, row in source.items() if _single(row.get("replaced_by")) == value and c in target]
        mapped = forward if forward in target else back[0] if len(back) == 1 else None
        if mapped is not None:
            to = "the code of the same meaning" if personal else repr(mapped)
            self.note(self.result.changed, path, f"{shown} replaced by {to} in {self.result.target}")
            return mapped
        if tgt_slot.get("open"):
            self.note(self.result.kept, path, f"{shown} is not in the open {enum['codelist']} list of "
                                              f"{self.result.target}: carried (GPOS-W001)")
            return value
        self.note(self.result.unsupported, path, f"{shown} is not in the {enum['codelist']} code list of "
                                                 f"{self.result.target}")
        return _DROP

    def note(self, where: list[Note], path: Path, what: str) -> None:
        where.append(Note(json_pointer(path), what))

    # -- the export ----------------------------------------------------------------------------------------------
    def export(self, document: dict[str, Any]) -> dict[str, Any]:
        root = self.tgt["root"]
        src_collections, tgt_collections = self.src["collections"], self.tgt["collections"]
        envelope = {k: v for k, v in document.items() if k not in src_collections}
        out = self.obj(envelope, self.src["root"], root, ())
        if document.get("standard_version") != self.result.target:
            self.note(self.result.changed, ("standard_version",),
                      f"standard_version {document.get('standard_version')} -> {self.result.target}")
        out["standard_version"] = self.result.target
        for name, records in document.items():
            if name not in src_collections:
                continue
            if name not in tgt_collections:
                count = len(records) if isinstance(records, list) else 1
                self.note(self.result.unsupported, (name,), f"collection '{name}' ({count} record(s) of "
                                                            f"{src_collections[name]}) is not in "
                                                            f"{self.result.target}")
                continue
            if not isinstance(records, list):
                out[name] = copy.deepcopy(records)  # not a list: the validator reports it
                continue
            out[name] = [self.obj(r, src_collections[name], tgt_collections[name], (name, i))
                         if isinstance(r, dict) else copy.deepcopy(r) for i, r in enumerate(records)]
        for path, why in drop_records(out, self.tgt):
            self.note(self.result.unsupported, path, why)
        order = list(document)
        return dict(sorted(out.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))


_DROP = object()


def source_version(document: dict[str, Any]) -> str:
    """The shipped version whose rules the export's ``standard_version`` selects, or UpgradeError."""
    declared = document.get("standard_version")
    if parse(declared) is None:
        what = "no standard_version" if declared is None else "a standard_version that is not a version number"
        raise UpgradeError(f"the export declares {what}: say which version it is in first")
    resolution = resolve(declared)
    if resolution.code == "GPOS-E012":
        raise UpgradeError(f"the export declares standard_version {declared}, which this package does not know "
                           f"(supported: {supported_text()})")
    return resolution.version


def upgrade(document: dict[str, Any], target: str, *, replace_deprecated: bool = False,
            drop_unsupported: bool = False) -> Upgrade:
    """The export moved to ``target``; CannotCarry when the target lacks something and ``drop_unsupported`` is
    false (its ``result`` lists what), UpgradeError when a version is not shipped."""
    if target not in supported_versions():
        raise UpgradeError(f"standard version {target} is not shipped in this package "
                           f"(supported: {', '.join(supported_versions())})")
    mover = _Mover(source_version(document), target, replace_deprecated)
    mover.result.document = mover.export(document)
    if mover.result.unsupported and not drop_unsupported:
        raise CannotCarry(mover.result)
    return mover.result
